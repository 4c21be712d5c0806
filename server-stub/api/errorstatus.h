#pragma once

#include "models/domain/error.h"
#include "server-stub/http/response.h"

namespace kj::server {

//! The one place where an error code becomes an HTTP status.
[[nodiscard]] int httpStatusFor(ErrorCode code);
//! A response carrying the wire's error body {"error": {"code", "message"}, ...details}.
[[nodiscard]] http::Response errorResponse(const Error &error);

} // namespace kj::server
