#include "server-stub/api/routes.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/likerepository.h"
#include "server-stub/store/notificationrepository.h"
#include "server-stub/store/transaction.h"

// Likes: PUT likes, DELETE takes the like back; both are idempotent and answer the item's like count
// and whether the caller likes it now. Only items the caller may see can be liked (visibleItem). A like or
// unlike that changes something appends one row to the change log, so whoever sees the item gets it with the
// new count on their next /changes; one that changes nothing appends nothing.

namespace kj::server::api {

namespace {
// The body is optional; when there is one it must be an empty JSON object.
Status emptyBody(const http::Request &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    Result<QJsonObject> body = jsonBody(request);
    if (!body)
        return body.error();
    JsonReader reader(*body);
    return reader.finish();
}

ApiResult setLike(const ApiContext &context, const Call &call, bool liked)
{
    Result<ItemPath> path = itemPath(call);
    if (!path)
        return path.error();
    if (Status status = emptyBody(call.request); !status)
        return status.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::ItemEntry>> item = visibleItem(db, call.viewer(), path->kind, path->id);
    if (!item)
        return item.error();
    if (!item->has_value())
        return itemNotFound();
    store::LikeRepository likes(db);
    const store::ItemKey key{path->kind, path->id};
    Result<Reactions> before = likes.reactionsOf(key, call.viewer());
    if (!before)
        return before.error();
    if (Status status = liked ? likes.like(key, call.caller->userId, nowUtc()) : likes.unlike(key, call.caller->userId);
        !status) {
        return status.error();
    }
    Result<Reactions> reactions = likes.reactionsOf(key, call.viewer());
    if (!reactions)
        return reactions.error();
    if (before->likedByMe != reactions->likedByMe) {
        if (Status status = store::ChangeLog(db).appendReaction(path->kind, path->id, (*item)->ownerId, nowUtc()); !status)
            return status.error();
    }
    // A new like tells the item's owner; taking it back removes that (a trigger of 0006_reposts.sql).
    if (liked && !before->likedByMe) {
        if (Status status = store::NotificationRepository(db).add({(*item)->ownerId, QStringLiteral("like"), call.caller->userId,
                                                                   itemKindName(path->kind), path->id, {}, {}, nowUtc()});
            !status) {
            return status.error();
        }
    }
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(200, {{QStringLiteral("likeCount"), reactions->likeCount},
                                      {QStringLiteral("likedByMe"), reactions->likedByMe}});
}
} // namespace

void addLikeRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/items/{kind}/{id}/like"), Access::SignedIn,
               [context](const Call &call) { return setLike(context, call, true); });
    router.add("DELETE", QStringLiteral("/api/v1/items/{kind}/{id}/like"), Access::SignedIn,
               [context](const Call &call) { return setLike(context, call, false); });
}

} // namespace kj::server::api
