#pragma once

#include "server-stub/http/asiotypes.h"
#include "server-stub/http/response.h"

#include <QString>

namespace kj::server::http::detail {

//! What the application's Response breaks of HTTP (a status outside 200..599, a header the
//! transport owns, a header name that is not a token, CR/LF/NUL in a value, a body on 204/304),
//! or an empty string when it can go on the wire.
[[nodiscard]] QString responseProblem(const Response &response);

//! How the transport frames one answer.
struct Framing {
    unsigned version = 11;   // the request's HTTP version (10 or 11)
    bool keepAlive = true;   // keep the connection open after this answer
    bool headRequest = false; // send the headers (with the GET Content-Length) but no body
};

//! Builds the wire response: status, Content-Type (when there is a body), Content-Length (not on 204
//! and 304), the application's extra headers, Date, `Server: kongjian/<version>` and Connection. A
//! Response::file becomes a body read from the file while it is written (none for HEAD).
//! `response` must have passed responseProblem().
[[nodiscard]] WireResponse toWireResponse(Response response, const Framing &framing);

//! The current time as an HTTP date (RFC 7231 IMF-fixdate), independent of the locale.
[[nodiscard]] std::string httpDate();

} // namespace kj::server::http::detail
