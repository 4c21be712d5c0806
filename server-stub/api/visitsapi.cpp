#include "server-stub/api/routes.h"

#include "models/domain/apiversion.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"
#include "models/domain/visit.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/spacerepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"
#include "server-stub/store/visitrepository.h"

namespace kj::server::api {

namespace {
// The visit carries nothing; a body, if sent, must be an empty object.
Status noFields(const http::Request &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    Result<QJsonObject> body = jsonBody(request);
    if (!body)
        return body.error();
    return JsonReader(*body).finish();
}

ApiResult recordVisit(const ApiContext &context, const Call &call)
{
    if (Status status = noFields(call.request); !status)
        return status.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::UserRecord>> owner =
        store::UserRepository(db).findByUsername(call.param(QStringLiteral("username")));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    const qint64 visitor = call.caller->userId;
    // Opening one's own space is no visit; hideMyVisits keeps the visitor's visits unrecorded. Both
    // answer like a recorded visit, so the client need not know.
    if ((*owner)->id == visitor)
        return http::Response::noContent();
    Result<bool> hidden = store::SpaceRepository(db).hidesVisits(visitor);
    if (!hidden)
        return hidden.error();
    if (*hidden)
        return http::Response::noContent();
    if (Status status = store::VisitRepository(db).record((*owner)->id, visitor, nowUtc()); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}

ApiResult myVisitors(const ApiContext &context, const Call &call)
{
    Result<int> limit = pageLimit(call.request.query, kDefaultPageSize, kMaxPageSize);
    if (!limit)
        return limit.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db, store::Transaction::Mode::Read);
    if (!transaction)
        return transaction.error();
    store::VisitRepository visits(db);
    Result<QList<Visit>> recent = visits.recentVisitors(call.caller->userId, *limit);
    if (!recent)
        return recent.error();
    Result<qint64> total = visits.total(call.caller->userId);
    if (!total)
        return total.error();
    return http::Response::json(200, VisitorList{*recent, *total}.toJson());
}
} // namespace

void addVisitRoutes(Router &router, const ApiContext &context)
{
    router.add("POST", QStringLiteral("/api/v1/users/{username}/visits"), Access::SignedIn,
               [context](const Call &call) { return recordVisit(context, call); });
    router.add("GET", QStringLiteral("/api/v1/me/visitors"), Access::SignedIn,
               [context](const Call &call) { return myVisitors(context, call); });
}

} // namespace kj::server::api
