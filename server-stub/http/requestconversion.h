#pragma once

#include "models/domain/result.h"
#include "server-stub/http/asiotypes.h"
#include "server-stub/http/request.h"

namespace kj::server::http::detail {

//! Turns a parsed wire request into the application's Request: the target split into a
//! percent-decoded path and a query, header names in lower case (repeated fields joined with ", "),
//! the body moved out of `wire`. A target that is not an absolute path (or absolute URL), a broken
//! percent escape, invalid UTF-8 or a NUL in the path or query gives BadRequest.
[[nodiscard]] Result<Request> toRequest(WireRequest &wire, const QString &remoteAddress);
//! The same for a head alone (the body not read yet, or streamed elsewhere): Request::body stays empty.
[[nodiscard]] Result<Request> toRequestHead(const bhttp::request_header<> &head, const QString &remoteAddress);

//! Decodes %XX escapes strictly: a '%' not followed by two hex digits is an error (nullopt).
[[nodiscard]] std::optional<QByteArray> percentDecoded(std::string_view encoded);

} // namespace kj::server::http::detail
