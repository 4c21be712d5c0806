#pragma once

#include "server-stub/http/connectionregistry.h"
#include "server-stub/http/httpserver.h"
#include "server-stub/http/requestid.h"
#include "server-stub/http/warninglimiter.h"
#include "server-stub/http/workerpools.h"

namespace kj::server::http::detail {

//! What every connection of one server shares: the application's handler, body planner and lane test, the
//! limits, the registry of open connections, the threads handlers run on, the request ids and the log budget.
//! Sessions hold it by shared_ptr, so it lives as long as the last of them.
struct SessionContext {
    SessionContext(Handler handler, BodyPlanner planBody, const Limits &limits, LaneTest laneOf = {})
        : handler(std::move(handler)),
          planBody(std::move(planBody)),
          laneOf(std::move(laneOf)),
          limits(limits),
          registry(limits.maxConnections)
    {
    }

    const Handler handler;
    const BodyPlanner planBody;
    const LaneTest laneOf;
    const Limits limits;
    ConnectionRegistry registry;
    WorkerPools workers; // started and stopped by the server while no I/O thread runs
    WarningLimiter warnings;
    RequestIds requestIds;
};

} // namespace kj::server::http::detail
