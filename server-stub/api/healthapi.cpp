#include "server-stub/api/errorstatus.h"
#include "server-stub/api/routes.h"

#include "server-stub/store/query.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHealth, "kj.server.health")

namespace kj::server::api {

void addHealthRoutes(Router &router, const ApiContext &context)
{
    // Answers 200 only when the store does, so a load balancer takes a server with a broken disk or an unreachable
    // database out; the body names what was checked.
    router.add("GET", QStringLiteral("/healthz"), Access::Public, [context](const Call &) -> ApiResult {
        store::Query query(context.db(), QStringLiteral("SELECT 1"));
        if (Status status = query.exec(); !status || !query.next()) {
            qCWarning(lcHealth).noquote() << "the store does not answer:"
                                          << (status ? QStringLiteral("SELECT 1 gave no row") : status.error().message);
            // Built here rather than returned as an Error: the router would hide a 5xx's message, and this one
            // tells an operator which check failed without telling anyone anything private.
            return errorResponse(fail(ErrorCode::Unavailable, QStringLiteral("the store does not answer"),
                                      QJsonObject{{QStringLiteral("store"), QStringLiteral("unreachable")}}));
        }
        return http::Response::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("store"), QStringLiteral("ok")}});
    }, Cost::Trivial); // `SELECT 1` takes no lock on the file: answered on the I/O thread
}

} // namespace kj::server::api
