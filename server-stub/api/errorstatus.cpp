#include "server-stub/api/errorstatus.h"

namespace kj::server {

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson:
    case ErrorCode::InvalidUtf8:
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField:
    case ErrorCode::UnknownField:
    case ErrorCode::InvalidId:
    case ErrorCode::BadRequest:
        return 400;
    case ErrorCode::Unauthorized:
    case ErrorCode::BadCredentials:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::MethodNotAllowed:
        return 405;
    case ErrorCode::Conflict:
    case ErrorCode::UsernameTaken:
    case ErrorCode::AlreadyExists:
        return 409;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::UnsupportedMediaType:
        return 415;
    case ErrorCode::TooManyRequests:
        return 429;
    case ErrorCode::HeaderTooLarge:
        return 431;
    case ErrorCode::Unavailable:
        return 503;
    case ErrorCode::Timeout:
        return 408;
    case ErrorCode::Internal:
    case ErrorCode::NetworkError:
    case ErrorCode::BadResponse:
    case ErrorCode::Storage:
    case ErrorCode::Cancelled:
        return 500;
    }
    return 500;
}

http::Response errorResponse(const Error &error)
{
    return http::Response::json(httpStatusFor(error.code), error.toJson());
}

} // namespace kj::server
