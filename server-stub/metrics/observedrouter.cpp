#include "server-stub/metrics/observedrouter.h"

#include "server-stub/http/filecontent.h"
#include "server-stub/logging/accesslog.h"
#include "server-stub/logging/requestscope.h"
#include "server-stub/metrics/servermetrics.h"

#include <QScopeGuard>

namespace kj::server::metrics {

namespace {
std::chrono::nanoseconds since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::steady_clock::now() - start;
}

quint64 bodyBytes(const http::Response &response)
{
    return response.file ? response.file->length() : quint64(response.body.size());
}
} // namespace

ObservedRouter::ObservedRouter(const api::Router &router, ServerMetrics &metrics)
    : m_router(router), m_metrics(metrics), m_routes(router.routes())
{
}

QString ObservedRouter::patternOf(int route) const
{
    return route >= 0 && route < m_routes.size() ? m_routes.at(route).pattern : QString();
}

http::Response ObservedRouter::handle(const http::Request &request) const
{
    const auto handlerStart = std::chrono::steady_clock::now();
    // From the head's arrival when the transport says it (queue and body included), else from the handler's start.
    const auto start = request.receivedAt == std::chrono::steady_clock::time_point{} ? handlerStart : request.receivedAt;
    const logging::RequestScope scope(request.id);
    m_metrics.requestStarted();
    const auto ended = qScopeGuard([this] { m_metrics.requestEnded(); });
    api::Router::Routed routed = m_router.dispatch(request);
    const std::chrono::nanoseconds duration = since(start);
    m_metrics.requestAnswered(routed.route, routed.response.status, duration);
    if (request.streamedBytes > 0)
        m_metrics.uploadBytesReceived(request.streamedBytes);
    logging::logAccess({request.id, request.method, patternOf(routed.route), request.path, routed.response.status,
                        bodyBytes(routed.response), duration, request.remoteAddress});
    return std::move(routed.response);
}

http::BodyPlan ObservedRouter::planBody(const http::Request &head) const
{
    const logging::RequestScope scope(head.id);
    http::BodyPlan plan = m_router.planBody(head);
    if (plan.refusal) {
        const int route = m_router.routeOf(head);
        m_metrics.requestRefused(route, plan.refusal->status);
        const auto start = head.receivedAt == std::chrono::steady_clock::time_point{} ? std::chrono::steady_clock::now()
                                                                                        : head.receivedAt;
        logging::logAccess({head.id, head.method, patternOf(route), head.path, plan.refusal->status,
                            bodyBytes(*plan.refusal), since(start), head.remoteAddress, true});
    }
    return plan;
}

} // namespace kj::server::metrics
