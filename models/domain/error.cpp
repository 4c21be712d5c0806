#include "models/domain/error.h"

#include <array>
#include <utility>

namespace kj {

namespace {
constexpr std::array kNames = {
    std::pair{ErrorCode::MalformedJson, "malformed_json"},
    std::pair{ErrorCode::InvalidUtf8, "invalid_utf8"},
    std::pair{ErrorCode::InvalidField, "invalid_field"},
    std::pair{ErrorCode::MissingField, "missing_field"},
    std::pair{ErrorCode::UnknownField, "unknown_field"},
    std::pair{ErrorCode::InvalidId, "invalid_id"},
    std::pair{ErrorCode::BadRequest, "bad_request"},
    std::pair{ErrorCode::Unauthorized, "unauthorized"},
    std::pair{ErrorCode::BadCredentials, "bad_credentials"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::MethodNotAllowed, "method_not_allowed"},
    std::pair{ErrorCode::Conflict, "revision_conflict"},
    std::pair{ErrorCode::UsernameTaken, "username_taken"},
    std::pair{ErrorCode::AlreadyExists, "already_exists"},
    std::pair{ErrorCode::PayloadTooLarge, "payload_too_large"},
    std::pair{ErrorCode::UnsupportedMediaType, "unsupported_media_type"},
    std::pair{ErrorCode::HeaderTooLarge, "header_too_large"},
    std::pair{ErrorCode::TooManyRequests, "too_many_requests"},
    std::pair{ErrorCode::Internal, "internal"},
    std::pair{ErrorCode::Unavailable, "unavailable"},
    std::pair{ErrorCode::NetworkError, "network_error"},
    std::pair{ErrorCode::Timeout, "timeout"},
    std::pair{ErrorCode::BadResponse, "bad_response"},
    std::pair{ErrorCode::Storage, "storage"},
    std::pair{ErrorCode::Cancelled, "cancelled"},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n))
            return c;
    }
    return ErrorCode::BadResponse;
}

QJsonObject Error::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), errorCodeName(code)}, {QStringLiteral("message"), message}};
    QJsonObject body{{QStringLiteral("error"), error}};
    for (auto it = details.begin(); it != details.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

Error Error::fromJson(const QJsonObject &body)
{
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    Error result;
    result.code = errorCodeFromName(error.value(QStringLiteral("code")).toString());
    result.message = error.value(QStringLiteral("message")).toString();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QStringLiteral("error"))
            result.details.insert(it.key(), it.value());
    }
    return result;
}

} // namespace kj
