#include "server-stub/api/routes.h"

#include "server-stub/listenaddress.h"
#include "server-stub/metrics/servermetrics.h"

#include <openssl/crypto.h>

namespace kj::server::api {

namespace {
// The counters tell no user's data, but how busy a server is and which routes fail is for its operators: a direct
// loopback peer (a scraper or an admin on the machine) may read them, and anyone with the metrics token. A request
// a proxy forwarded comes from loopback too, so one carrying a forwarding header is not taken as local.
bool mayRead(const ApiContext &context, const http::Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!context.metricsToken.isEmpty() && authorization.startsWith("Bearer ")) {
        const QByteArray offered = authorization.mid(7).trimmed();
        if (offered.size() == context.metricsToken.size()
            && CRYPTO_memcmp(offered.constData(), context.metricsToken.constData(), std::size_t(offered.size())) == 0)
            return true;
    }
    const bool forwarded = request.headers.contains("forwarded") || request.headers.contains("x-forwarded-for")
                           || request.headers.contains("x-real-ip");
    return !forwarded && isLoopback(request.remoteAddress);
}
} // namespace

void addMetricsRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/metrics"), Access::Public, [context](const Call &call) -> ApiResult {
        if (!context.metrics)
            return fail(ErrorCode::NotFound, QStringLiteral("this server keeps no metrics"));
        if (!mayRead(context, call.request)) {
            return fail(ErrorCode::Forbidden, QStringLiteral("/metrics is for the server's loopback address, or for "
                                                             "whoever sends the metrics token as a Bearer token"));
        }
        http::Response response{200, context.metrics->exposition(), metrics::ServerMetrics::kContentType, {}};
        response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
        return response;
    });
}

} // namespace kj::server::api
