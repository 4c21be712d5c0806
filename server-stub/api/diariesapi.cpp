#include "server-stub/api/routes.h"

#include "models/domain/diary.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

namespace kj::server::api {

namespace {
Error notFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such diary"));
}

Result<QString> diaryId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a diary id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

QJsonObject tombstoneJson(const store::DiaryRecord &record)
{
    return {{QStringLiteral("id"), record.diary.id},
            {QStringLiteral("deleted"), true},
            {QStringLiteral("revision"), record.diary.revision}};
}

Error conflict(const QString &message, const QJsonObject &current)
{
    return fail(ErrorCode::Conflict, message, {{QStringLiteral("current"), current}});
}

// Someone else's diary: 403 if the caller may see it (so they learn why the write failed), else 404
// (never reveal that a hidden item exists).
ApiResult notYours(const QSqlDatabase &db, const Call &call, const store::DiaryRecord &record)
{
    if (record.deleted())
        return notFound();
    Result<bool> visible = mayView(db, call.viewer(), ItemKind::Diary, record.diary.id, record.ownerId, record.diary.visibility);
    if (!visible)
        return visible.error();
    if (*visible)
        return fail(ErrorCode::Forbidden, QStringLiteral("this diary is not yours"));
    return notFound();
}

ApiResult putDiary(const ApiContext &context, const Call &call)
{
    Result<QString> id = diaryId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<DiaryWrite> write = DiaryWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::DiaryRepository diaries(db);
    store::ChangeLog log(db);
    Result<std::optional<store::DiaryRecord>> found = diaries.find(*id);
    if (!found)
        return found.error();
    if (Status status = checkOwnGroups(db, call.caller->userId, write->audience()); !status)
        return status.error();

    const auto commitWith = [&](int status, const store::DiaryRecord &record) -> ApiResult {
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return http::Response::json(status, {{QStringLiteral("diary"), record.diary.toJson()}});
    };

    if (!found->has_value()) {
        Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
        if (!me)
            return me.error();
        if (!me->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
        store::DiaryRecord record;
        record.ownerId = call.caller->userId;
        record.diary = Diary{*id, User{(*me)->user.username, (*me)->user.displayName, {}}, write->title, write->body,
                             write->visibility, 1, now, now, write->groups};
        if (Status status = diaries.insert(record); !status)
            return status.error();
        if (Status status = recordItemGroups(db, ItemKind::Diary, *id, record.ownerId, std::nullopt, write->groups, now); !status)
            return status.error();
        if (Status status = log.appendDiary(record.diary.id, record.ownerId, std::nullopt, now); !status)
            return status.error();
        return commitWith(201, record);
    }

    store::DiaryRecord record = **found;
    if (record.ownerId != call.caller->userId)
        return notYours(db, call, record);
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Diary, *id);
    if (!groups)
        return groups.error();
    record.diary.groups = *groups;

    const bool atCurrentRevision = write->baseRevision == record.diary.revision;
    if (record.deleted() && !atCurrentRevision)
        return conflict(QStringLiteral("this diary was deleted"), tombstoneJson(record));
    if (!record.deleted() && !atCurrentRevision) {
        // A retry of a write whose answer was lost finds its own content already there.
        if (write->sameContentAs(record.diary))
            return commitWith(200, record);
        return conflict(QStringLiteral("the diary changed since revision %1").arg(write->baseRevision.value_or(0)),
                        record.diary.toJson());
    }
    // A tombstone is seen by nobody, so its restoration withdraws nothing from anyone.
    const std::optional<Visibility> previous = record.deleted() ? std::nullopt : std::optional(record.diary.visibility);
    record.diary.title = write->title;
    record.diary.body = write->body;
    record.diary.visibility = write->visibility;
    record.diary.groups = write->groups;
    record.diary.revision += 1;
    record.diary.updatedAt = now;
    record.deletedAt = QDateTime();
    if (Status status = diaries.update(record); !status)
        return status.error();
    if (Status status = recordItemGroups(db, ItemKind::Diary, *id, record.ownerId, previous, write->groups, now); !status)
        return status.error();
    if (Status status = log.appendDiary(record.diary.id, record.ownerId, previous, now); !status)
        return status.error();
    return commitWith(200, record);
}

ApiResult getDiary(const ApiContext &context, const Call &call)
{
    Result<QString> id = diaryId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    Result<std::optional<store::DiaryRecord>> found = store::DiaryRepository(db).find(*id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted())
        return notFound();
    Result<bool> visible = mayView(db, call.viewer(), ItemKind::Diary, *id, (*found)->ownerId, (*found)->diary.visibility);
    if (!visible)
        return visible.error();
    if (!*visible)
        return notFound();
    Result<QJsonObject> item = withReactions(db, call.viewer(), (*found)->diary.toJson());
    if (!item)
        return item.error();
    return http::Response::json(200, {{QStringLiteral("diary"), *item}});
}

ApiResult deleteDiary(const ApiContext &context, const Call &call)
{
    Result<QString> id = diaryId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::DiaryRepository diaries(db);
    Result<std::optional<store::DiaryRecord>> found = diaries.find(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound();
    store::DiaryRecord record = **found;
    if (record.ownerId != call.caller->userId)
        return notYours(db, call, record);
    if (record.deleted())
        return http::Response::noContent(); // deleting twice is the same as once
    // A client may name the revision it deletes: a newer one (an edit made on another device that this one
    // has not seen) is a conflict carrying the current diary, so the edit is not erased unseen.
    if (const QString base = call.request.queryValue(QStringLiteral("baseRevision")); !base.isEmpty()) {
        bool ok = false;
        const qint64 revision = base.toLongLong(&ok);
        if (!ok || revision < 1)
            return fail(ErrorCode::InvalidField, QStringLiteral("\"baseRevision\" must be a revision (a positive number)"));
        if (revision != record.diary.revision) {
            Result<QStringList> current = store::GroupRepository(db).itemGroups(ItemKind::Diary, *id);
            if (!current)
                return current.error();
            record.diary.groups = *current;
            return conflict(QStringLiteral("the diary changed since revision %1").arg(revision), record.diary.toJson());
        }
    }
    // The tombstone keeps id, owner, visibility and a new revision; the text goes.
    const Visibility previous = record.diary.visibility;
    record.diary.title.clear();
    record.diary.body.clear();
    record.diary.revision += 1;
    record.diary.updatedAt = now;
    record.deletedAt = now;
    if (Status status = diaries.update(record); !status)
        return status.error();
    if (Status status = store::ChangeLog(db).appendDiary(record.diary.id, record.ownerId, previous, now); !status)
        return status.error();
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Diary, *id);
    if (!groups)
        return groups.error();
    // The groups stay with the tombstone (a restoring PUT names its own); their members learn of the delete.
    if (Status status = recordItemGroups(db, ItemKind::Diary, *id, record.ownerId, previous, *groups, now); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}

ApiResult listUserDiaries(const ApiContext &context, const Call &call)
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
    Result<store::DiaryPage> page = store::DiaryRepository(db).listByOwner((*owner)->id, call.viewer(), request->after, request->limit);
    if (!page)
        return page.error();
    return diaryPageResponse(db, call.viewer(), *page);
}
} // namespace

void addDiaryRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/diaries/{id}"), Access::SignedIn,
               [context](const Call &call) { return putDiary(context, call); });
    router.add("GET", QStringLiteral("/api/v1/diaries/{id}"), Access::OptionalSignIn,
               [context](const Call &call) { return getDiary(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/diaries/{id}"), Access::SignedIn,
               [context](const Call &call) { return deleteDiary(context, call); });
    router.add("GET", QStringLiteral("/api/v1/users/{username}/diaries"), Access::OptionalSignIn,
               [context](const Call &call) { return listUserDiaries(context, call); });
}

} // namespace kj::server::api
