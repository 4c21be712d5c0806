#include "server-stub/api/routes.h"

#include "server-stub/store/query.h"

namespace kj::server::api {

void addHealthRoutes(Router &router, const ApiContext &context)
{
    // Answers only when the store does, so a load balancer takes a server with a broken disk out.
    router.add("GET", QStringLiteral("/healthz"), Access::Public, [context](const Call &) -> ApiResult {
        store::Query query(context.db(), QStringLiteral("SELECT 1"));
        if (Status status = query.exec(); !status || !query.next())
            return fail(ErrorCode::Unavailable, QStringLiteral("the store does not answer"));
        return http::Response::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    }, Cost::Trivial); // `SELECT 1` takes no lock on the file: answered on the I/O thread
}

} // namespace kj::server::api
