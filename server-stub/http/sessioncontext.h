#pragma once

#include "server-stub/http/connectionregistry.h"
#include "server-stub/http/httpserver.h"
#include "server-stub/http/warninglimiter.h"

namespace kj::server::http::detail {

//! What every connection of one server shares: the application's handler and body planner, the limits, the
//! registry of open connections and the log budget. Sessions hold it by shared_ptr, so it lives
//! as long as the last of them.
struct SessionContext {
    SessionContext(Handler handler, BodyPlanner planBody, const Limits &limits)
        : handler(std::move(handler)), planBody(std::move(planBody)), limits(limits), registry(limits.maxConnections)
    {
    }

    const Handler handler;
    const BodyPlanner planBody;
    const Limits limits;
    ConnectionRegistry registry;
    WarningLimiter warnings;
};

} // namespace kj::server::http::detail
