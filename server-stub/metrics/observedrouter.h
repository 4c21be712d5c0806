#pragma once

#include "server-stub/api/router.h"

#include <QList>

namespace kj::server::metrics {

class ServerMetrics;

//! The router as the transport calls it: each request is handled inside a logging::RequestScope (so a warning logged
//! meanwhile names its request id), counted in ServerMetrics by route and status, and logged as one access line.
//! Thread-safe; the router and the metrics must outlive it, and all routes be added before it is made.
class ObservedRouter
{
public:
    ObservedRouter(const api::Router &router, ServerMetrics &metrics);

    //! The transport's Handler.
    [[nodiscard]] http::Response handle(const http::Request &request) const;
    //! The transport's BodyPlanner: Router::planBody(), a refusal counted and logged like an answer.
    [[nodiscard]] http::BodyPlan planBody(const http::Request &head) const;

private:
    [[nodiscard]] QString patternOf(int route) const;

    const api::Router &m_router;
    ServerMetrics &m_metrics;
    const QList<api::RouteInfo> m_routes;
};

} // namespace kj::server::metrics
