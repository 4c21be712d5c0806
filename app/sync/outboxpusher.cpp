#include "app/sync/outboxpusher.h"

namespace kj::app {

bool isRefusal(const kj::Error &error)
{
    switch (error.code) {
    case kj::ErrorCode::MalformedJson:
    case kj::ErrorCode::InvalidUtf8:
    case kj::ErrorCode::InvalidField:
    case kj::ErrorCode::MissingField:
    case kj::ErrorCode::UnknownField:
    case kj::ErrorCode::InvalidId:
    case kj::ErrorCode::BadRequest:
    case kj::ErrorCode::Forbidden:
    case kj::ErrorCode::NotFound:
    case kj::ErrorCode::MethodNotAllowed:
    case kj::ErrorCode::UsernameTaken:
    case kj::ErrorCode::AlreadyExists:
    case kj::ErrorCode::PayloadTooLarge:
    case kj::ErrorCode::UnsupportedMediaType:
    case kj::ErrorCode::HeaderTooLarge:
        return true;
    default:
        // Offline, timeouts, 5xx, 429, 401, conflicts still being resolved, garbage answers, local failures:
        // all may pass, so the change waits.
        return false;
    }
}

} // namespace kj::app
