#pragma once

#include "models/domain/result.h"
#include "server-stub/http/request.h"

#include <QJsonObject>

namespace kj::server::api {

//! The JSON object of a request body: Content-Type application/json (any charset parameter must be
//! UTF-8) or none at all, else UnsupportedMediaType; then valid UTF-8, well-formed JSON, an object.
[[nodiscard]] Result<QJsonObject> jsonBody(const http::Request &request);

} // namespace kj::server::api
