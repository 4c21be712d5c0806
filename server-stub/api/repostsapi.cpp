#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/repost.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/itemsnapshot.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/notificationrepository.h"
#include "server-stub/store/repostrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

// Reposts (转发) follow the rules of 说说 (postsapi.cpp) for revisions, retries, conflicts and tombstones. What
// is theirs alone: a repost is made only of an item the reposter may see (else 404, the same answer for absent,
// deleted and hidden), its audience is never wider than the original's (403 with the reason), and the original
// it carries is judged for each reader by the one audience rule, so a reader who sees the repost but not the
// original gets "original": null and nothing of it.

namespace kj::server::api {

namespace {
const QString kKind = QStringLiteral("repost");

Error notFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such repost"));
}

Result<QString> repostId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a repost id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

QJsonObject tombstoneJson(const store::RepostRecord &record)
{
    return {{QStringLiteral("kind"), kKind},
            {QStringLiteral("id"), record.repost.id},
            {QStringLiteral("deleted"), true},
            {QStringLiteral("revision"), record.repost.revision}};
}

Result<bool> visibleRepost(const QSqlDatabase &db, std::optional<qint64> viewer, const QString &id)
{
    Result<std::optional<store::ItemEntry>> entry = visibleItem(db, viewer, ItemKind::Repost, id);
    if (!entry)
        return entry.error();
    return entry->has_value();
}

ApiResult notYours(const QSqlDatabase &db, const Call &call, const store::RepostRecord &record)
{
    Result<bool> visible = visibleRepost(db, call.viewer(), record.repost.id);
    if (!visible)
        return visible.error();
    if (*visible)
        return fail(ErrorCode::Forbidden, QStringLiteral("this repost is not yours"));
    return notFound();
}

// The item a write reposts, as the reposter may see it now (nullopt: absent, deleted or hidden), and the depth
// a repost of it stands at.
struct Target {
    store::ItemEntry entry;
    int depth = 1;
};
Result<std::optional<Target>> visibleTarget(const QSqlDatabase &db, qint64 reposter, ItemKind kind, const QString &id)
{
    Result<std::optional<store::ItemEntry>> entry = visibleItem(db, reposter, kind, id);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return std::optional<Target>();
    Target target{**entry, 1};
    if (kind == ItemKind::Repost) {
        Result<std::optional<store::RepostRecord>> inner = store::RepostRepository(db).find(id);
        if (!inner)
            return inner.error();
        if (!inner->has_value())
            return std::optional<Target>();
        target.depth = (*inner)->depth + 1;
    }
    return std::optional<Target>(target);
}

Status checkWidth(Visibility wanted, Visibility original)
{
    if (!fitsWithin(wanted, original))
        return fail(ErrorCode::Forbidden, tooWideMessage(original));
    return {};
}

Error conflict(const QString &message, const QJsonObject &current)
{
    return fail(ErrorCode::Conflict, message, {{QStringLiteral("current"), current}});
}

ApiResult putRepost(const ApiContext &context, const Call &call)
{
    Result<QString> id = repostId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<RepostWrite> write = RepostWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    const qint64 caller = call.caller->userId;
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::RepostRepository reposts(db);
    store::ChangeLog log(db);
    Result<std::optional<store::RepostRecord>> found = reposts.find(*id);
    if (!found)
        return found.error();
    if (Status status = checkOwnGroups(db, caller, write->audience()); !status)
        return status.error();

    const auto commitWith = [&](int status, const store::RepostRecord &record) -> ApiResult {
        Result<QJsonObject> json = repostJson(db, caller, record.repost);
        if (!json)
            return json.error();
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return http::Response::json(status, {{QStringLiteral("repost"), *json}});
    };

    if (!found->has_value()) {
        Result<std::optional<Target>> target = visibleTarget(db, caller, write->kind, write->itemId);
        if (!target)
            return target.error();
        if (!target->has_value())
            return itemNotFound();
        if (Status width = checkWidth(write->visibility, (*target)->entry.visibility); !width)
            return width.error();
        if ((*target)->depth > Repost::kMaxChainDepth) {
            return fail(ErrorCode::InvalidField, QStringLiteral("a repost may stand at most %1 reposts from the first item; "
                                                                "repost an earlier one")
                                                     .arg(Repost::kMaxChainDepth));
        }
        Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(caller);
        if (!me)
            return me.error();
        if (!me->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
        store::RepostRecord record;
        record.ownerId = caller;
        record.depth = (*target)->depth;
        record.repost = Repost{*id, User{(*me)->user.username, (*me)->user.displayName, {}}, write->kind, write->itemId,
                               write->comment, write->visibility, write->groups, 1, now, now, std::nullopt};
        if (Status status = reposts.insert(record); !status)
            return status.error();
        if (Status status = recordItemGroups(db, ItemKind::Repost, *id, caller, std::nullopt, write->groups, now); !status)
            return status.error();
        if (Status status = log.appendItem(kKind, record.repost.id, record.ownerId, std::nullopt, now); !status)
            return status.error();
        // Whether the original's owner may read this repost is decided when they read their notifications.
        if (Status status = store::NotificationRepository(db).add({(*target)->entry.ownerId, QStringLiteral("repost"), caller,
                                                                   kKind, record.repost.id, {}, record.repost.comment, now});
            !status) {
            return status.error();
        }
        return commitWith(201, record);
    }

    store::RepostRecord record = **found;
    if (record.ownerId != caller)
        return notYours(db, call, record);
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Repost, *id);
    if (!groups)
        return groups.error();
    record.repost.groups = *groups;
    if (record.repost.itemKind != write->kind || record.repost.itemId != write->itemId) {
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("repost %1 passes on another item; a repost's kind and itemId never change").arg(*id));
    }

    const bool atCurrentRevision = write->baseRevision == record.repost.revision;
    if (record.deleted() && !atCurrentRevision)
        return conflict(QStringLiteral("this repost was deleted"), tombstoneJson(record));
    if (!record.deleted() && !atCurrentRevision) {
        // A retry of a write whose answer was lost finds its own content already there.
        if (write->sameContentAs(record.repost))
            return commitWith(200, record);
        Result<QJsonObject> current = repostJson(db, caller, record.repost);
        if (!current)
            return current.error();
        return conflict(QStringLiteral("the repost changed since revision %1").arg(write->baseRevision.value_or(0)), *current);
    }
    // The audience is bounded by the original's as it is now. When the reposter no longer sees the original,
    // a live repost may keep or narrow its audience; a tombstone cannot come back.
    Result<std::optional<Target>> target = visibleTarget(db, caller, record.repost.itemKind, record.repost.itemId);
    if (!target)
        return target.error();
    if (target->has_value()) {
        if (Status width = checkWidth(write->visibility, (*target)->entry.visibility); !width)
            return width.error();
    } else if (record.deleted()) {
        return itemNotFound();
    } else if (!fitsWithin(write->visibility, record.repost.visibility)) {
        return fail(ErrorCode::Forbidden, QStringLiteral("the original is gone; this repost's audience can only narrow"));
    }
    // A tombstone is seen by nobody, so its restoration withdraws nothing from anyone.
    const std::optional<Visibility> previous = record.deleted() ? std::nullopt : std::optional(record.repost.visibility);
    record.repost.comment = write->comment;
    record.repost.visibility = write->visibility;
    record.repost.groups = write->groups;
    record.repost.revision += 1;
    record.repost.updatedAt = now;
    record.deletedAt = QDateTime();
    if (Status status = reposts.update(record); !status)
        return status.error();
    if (Status status = recordItemGroups(db, ItemKind::Repost, *id, record.ownerId, previous, write->groups, now); !status)
        return status.error();
    if (Status status = log.appendItem(kKind, record.repost.id, record.ownerId, previous, now); !status)
        return status.error();
    return commitWith(200, record);
}

ApiResult getRepost(const ApiContext &context, const Call &call)
{
    Result<QString> id = repostId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db, store::Transaction::Mode::Read);
    if (!transaction)
        return transaction.error();
    Result<std::optional<QJsonObject>> item = visibleItemJson(db, call.viewer(), ItemKind::Repost, *id);
    if (!item)
        return item.error();
    transaction->rollback(); // read only
    if (!item->has_value())
        return notFound();
    return http::Response::json(200, {{QStringLiteral("repost"), **item}});
}

ApiResult deleteRepost(const ApiContext &context, const Call &call)
{
    Result<QString> id = repostId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::RepostRepository reposts(db);
    Result<std::optional<store::RepostRecord>> found = reposts.find(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound();
    store::RepostRecord record = **found;
    if (record.ownerId != call.caller->userId)
        return notYours(db, call, record);
    if (record.deleted())
        return http::Response::noContent(); // deleting twice is the same as once
    // The tombstone keeps id, owner, target, visibility and a new revision; the comment goes, and so do the
    // repost's comments, likes and the notifications about it (triggers of 0006_reposts.sql).
    const Visibility previous = record.repost.visibility;
    record.repost.comment.clear();
    record.repost.revision += 1;
    record.repost.updatedAt = now;
    record.deletedAt = now;
    if (Status status = reposts.update(record); !status)
        return status.error();
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Repost, *id);
    if (!groups)
        return groups.error();
    // The groups stay with the tombstone (a restoring PUT names its own); their members learn of the delete.
    if (Status status = recordItemGroups(db, ItemKind::Repost, *id, record.ownerId, previous, *groups, now); !status)
        return status.error();
    if (Status status = store::ChangeLog(db).appendItem(kKind, record.repost.id, record.ownerId, previous, now); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}

ApiResult listUserReposts(const ApiContext &context, const Call &call)
{
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db, store::Transaction::Mode::Read);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::UserRecord>> owner = store::UserRepository(db).findByUsername(call.param(QStringLiteral("username")));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    const std::optional<store::PageStart> start =
        request->after ? std::optional(store::PageStart{*request->after, false}) : std::nullopt;
    Result<store::RepostPage> page = store::RepostRepository(db).listByOwner((*owner)->id, call.viewer(), start, request->limit);
    if (!page)
        return page.error();
    QList<QJsonObject> items;
    items.reserve(page->items.size());
    for (const store::RepostRecord &record : std::as_const(page->items)) {
        Result<QJsonObject> json = repostJson(db, call.viewer(), record.repost);
        if (!json)
            return json.error();
        items.append(*json);
    }
    ApiResult response = itemPageResponse(db, call.viewer(), items,
                                          page->next ? std::optional(encodeDiaryCursor(*page->next)) : std::nullopt);
    transaction->rollback(); // read only
    return response;
}
} // namespace

void addRepostRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/reposts/{id}"), Access::SignedIn,
               [context](const Call &call) { return putRepost(context, call); });
    router.add("GET", QStringLiteral("/api/v1/reposts/{id}"), Access::OptionalSignIn,
               [context](const Call &call) { return getRepost(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/reposts/{id}"), Access::SignedIn,
               [context](const Call &call) { return deleteRepost(context, call); });
    router.add("GET", QStringLiteral("/api/v1/users/{username}/reposts"), Access::OptionalSignIn,
               [context](const Call &call) { return listUserReposts(context, call); });
}

} // namespace kj::server::api
