#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/itemdirectory.h"
#include "server-stub/store/postrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

// 说说 follow the rules of diaries (diariesapi.cpp): PUT creates or updates at a revision, a retry of
// the same write is answered as if it were the first, a stale revision is 409 with the current post,
// DELETE leaves a tombstone whose revision a later PUT restores from. Someone else's post is 403 when
// the caller may see it, else 404.

namespace kj::server::api {

namespace {
Error notFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such post"));
}

Result<QString> postId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a post id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

QJsonObject tombstoneJson(const store::PostRecord &record)
{
    return {{QStringLiteral("kind"), QStringLiteral("post")},
            {QStringLiteral("id"), record.post.id},
            {QStringLiteral("deleted"), true},
            {QStringLiteral("revision"), record.post.revision}};
}

Error conflict(const QString &message, const QJsonObject &current)
{
    return fail(ErrorCode::Conflict, message, {{QStringLiteral("current"), current}});
}

ApiResult notYours(const QSqlDatabase &db, const Call &call, const store::PostRecord &record)
{
    if (!record.deleted()) {
        Result<bool> visible = mayView(db, call.viewer(), ItemKind::Post, record.post.id, record.ownerId,
                                       record.post.visibility);
        if (!visible)
            return visible.error();
        if (*visible)
            return fail(ErrorCode::Forbidden, QStringLiteral("this post is not yours"));
    }
    return notFound();
}

// Every photo a write adds to a post must be a live photo of its author: a 说说 shows nobody else's
// pictures. Photos the post already holds stay acceptable (one deleted since must not block an edit of
// the text). The same answer for someone else's photo and a missing one, so it reveals nothing.
Status checkPhotos(const QSqlDatabase &db, qint64 author, const QStringList &photoIds, const QStringList &held = {})
{
    store::ItemDirectory directory(db);
    for (const QString &id : photoIds) {
        if (held.contains(id))
            continue;
        Result<std::optional<store::ItemEntry>> photo = directory.find(ItemKind::Photo, id);
        if (!photo)
            return photo.error();
        if (!photo->has_value() || (*photo)->deleted || (*photo)->ownerId != author)
            return fail(ErrorCode::InvalidField, QStringLiteral("\"photoIds\" names %1, which is not one of your photos").arg(id));
    }
    return {};
}

ApiResult putPost(const ApiContext &context, const Call &call)
{
    Result<QString> id = postId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<PostWrite> write = PostWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::PostRepository posts(db);
    store::ChangeLog log(db);
    Result<std::optional<store::PostRecord>> found = posts.find(*id);
    if (!found)
        return found.error();
    if (Status status = checkOwnGroups(db, call.caller->userId, write->audience()); !status)
        return status.error();

    const auto commitWith = [&](int status, const store::PostRecord &record) -> ApiResult {
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return http::Response::json(status, {{QStringLiteral("post"), record.post.toJson()}});
    };

    if (!found->has_value()) {
        if (Status photos = checkPhotos(db, call.caller->userId, write->photoIds); !photos)
            return photos.error();
        Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
        if (!me)
            return me.error();
        if (!me->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
        store::PostRecord record;
        record.ownerId = call.caller->userId;
        record.post = Post{*id, User{(*me)->user.username, (*me)->user.displayName, {}}, write->text, write->photoIds,
                           write->visibility, 1, now, now, write->groups};
        if (Status status = posts.insert(record); !status)
            return status.error();
        if (Status status = recordItemGroups(db, ItemKind::Post, *id, record.ownerId, std::nullopt, write->groups, now); !status)
            return status.error();
        if (Status status = log.appendItem(QStringLiteral("post"), record.post.id, record.ownerId, std::nullopt, now); !status)
            return status.error();
        return commitWith(201, record);
    }

    store::PostRecord record = **found;
    if (record.ownerId != call.caller->userId)
        return notYours(db, call, record);
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Post, *id);
    if (!groups)
        return groups.error();
    record.post.groups = *groups;

    const bool atCurrentRevision = write->baseRevision == record.post.revision;
    if (record.deleted() && !atCurrentRevision)
        return conflict(QStringLiteral("this post was deleted"), tombstoneJson(record));
    if (!record.deleted() && !atCurrentRevision) {
        // A retry of a write whose answer was lost finds its own content already there.
        if (write->sameContentAs(record.post))
            return commitWith(200, record);
        return conflict(QStringLiteral("the post changed since revision %1").arg(write->baseRevision.value_or(0)),
                        record.post.toJson());
    }
    if (Status photos = checkPhotos(db, call.caller->userId, write->photoIds, record.post.photoIds); !photos)
        return photos.error();
    // A tombstone is seen by nobody, so its restoration withdraws nothing from anyone.
    const std::optional<Visibility> previous = record.deleted() ? std::nullopt : std::optional(record.post.visibility);
    record.post.text = write->text;
    record.post.photoIds = write->photoIds;
    record.post.visibility = write->visibility;
    record.post.groups = write->groups;
    record.post.revision += 1;
    record.post.updatedAt = now;
    record.deletedAt = QDateTime();
    if (Status status = posts.update(record); !status)
        return status.error();
    if (Status status = recordItemGroups(db, ItemKind::Post, *id, record.ownerId, previous, write->groups, now); !status)
        return status.error();
    if (Status status = log.appendItem(QStringLiteral("post"), record.post.id, record.ownerId, previous, now); !status)
        return status.error();
    return commitWith(200, record);
}

ApiResult getPost(const ApiContext &context, const Call &call)
{
    Result<QString> id = postId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    Result<std::optional<store::PostRecord>> found = store::PostRepository(db).find(*id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted())
        return notFound();
    Result<bool> visible = mayView(db, call.viewer(), ItemKind::Post, (*found)->post.id, (*found)->ownerId,
                                   (*found)->post.visibility);
    if (!visible)
        return visible.error();
    if (!*visible)
        return notFound();
    Result<QJsonObject> item = withReactions(db, call.viewer(), (*found)->post.toJson());
    if (!item)
        return item.error();
    return http::Response::json(200, {{QStringLiteral("post"), *item}});
}

ApiResult deletePost(const ApiContext &context, const Call &call)
{
    Result<QString> id = postId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::PostRepository posts(db);
    Result<std::optional<store::PostRecord>> found = posts.find(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound();
    store::PostRecord record = **found;
    if (record.ownerId != call.caller->userId)
        return notYours(db, call, record);
    if (record.deleted())
        return http::Response::noContent(); // deleting twice is the same as once
    // The tombstone keeps id, owner, visibility and a new revision; text and photos go, and so do the
    // post's comments and likes (a trigger of 0002_posts.sql).
    const Visibility previous = record.post.visibility;
    record.post.text.clear();
    record.post.photoIds.clear();
    record.post.revision += 1;
    record.post.updatedAt = now;
    record.deletedAt = now;
    if (Status status = posts.update(record); !status)
        return status.error();
    if (Status status = store::ChangeLog(db).appendItem(QStringLiteral("post"), record.post.id, record.ownerId, previous, now);
        !status) {
        return status.error();
    }
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Post, *id);
    if (!groups)
        return groups.error();
    // The groups stay with the tombstone (a restoring PUT names its own); their members learn of the delete.
    if (Status status = recordItemGroups(db, ItemKind::Post, *id, record.ownerId, previous, *groups, now); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}

ApiResult listUserPosts(const ApiContext &context, const Call &call)
{
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    const QSqlDatabase db = context.db();
    Result<std::optional<store::UserRecord>> owner = store::UserRepository(db).findByUsername(call.param(QStringLiteral("username")));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    const std::optional<store::PostPageStart> after =
        request->after ? std::optional(store::PostPageStart{*request->after, false}) : std::nullopt;
    Result<store::PostPage> page = store::PostRepository(db).listByOwner((*owner)->id, call.viewer(), after, request->limit);
    if (!page)
        return page.error();
    QList<QJsonObject> items;
    items.reserve(page->items.size());
    for (const Post &post : std::as_const(page->items))
        items.append(post.toJson());
    return itemPageResponse(db, call.viewer(), items,
                            page->next ? std::optional(encodeDiaryCursor(*page->next)) : std::nullopt);
}
} // namespace

void addPostRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/posts/{id}"), Access::SignedIn,
               [context](const Call &call) { return putPost(context, call); });
    router.add("GET", QStringLiteral("/api/v1/posts/{id}"), Access::OptionalSignIn,
               [context](const Call &call) { return getPost(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/posts/{id}"), Access::SignedIn,
               [context](const Call &call) { return deletePost(context, call); });
    router.add("GET", QStringLiteral("/api/v1/users/{username}/posts"), Access::OptionalSignIn,
               [context](const Call &call) { return listUserPosts(context, call); });
}

} // namespace kj::server::api
