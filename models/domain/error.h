#pragma once

#include <QString>
#include <QJsonObject>

namespace kj {

//! What went wrong, as a value. The same codes travel on the wire as snake_case strings
//! (`{"error": {"code": ..., "message": ...}}`); the server maps them to HTTP statuses in one place
//! (server-stub/api/errorstatus.cpp) and the UI to words for a person in one place (ui/errortext.cpp).
enum class ErrorCode {
    // Bad input (400)
    MalformedJson,
    InvalidUtf8,
    InvalidField,
    MissingField,
    UnknownField,
    InvalidId,
    BadRequest,
    // Who you are and what you may do
    Unauthorized,        // 401: no token, unknown or expired token
    BadCredentials,      // 401: wrong username or password
    Forbidden,           // 403: known but not allowed
    NotFound,            // 404: absent or not visible to the caller
    MethodNotAllowed,    // 405
    Conflict,            // 409: stale baseRevision (the body also carries "current")
    UsernameTaken,       // 409
    AlreadyExists,       // 409: friend request already pending, already friends
    PayloadTooLarge,     // 413
    UnsupportedMediaType,// 415
    HeaderTooLarge,      // 431
    TooManyRequests,     // 429 (with Retry-After)
    Internal,            // 500: a bug or a broken store, never bad input
    Unavailable,         // 503
    // Only on the client side
    NetworkError,        // the server could not be reached
    Timeout,
    BadResponse,         // the server answered something that is not the contract
    Storage,             // the local store failed
    Cancelled,
};

//! The snake_case name of a code on the wire, e.g. "malformed_json".
[[nodiscard]] QString errorCodeName(ErrorCode code);
//! The code for a wire name; unknown names (from a newer server) become BadResponse.
[[nodiscard]] ErrorCode errorCodeFromName(const QString &name);

//! An error value: a code, a message for logs and developers, and optional details
//! (for a conflict, the server's current item).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Error fromJson(const QJsonObject &body);
};

} // namespace kj
