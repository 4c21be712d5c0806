#include "server-stub/api/routes.h"

#include "models/domain/guestbook.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/guestbookrepository.h"
#include "server-stub/store/notificationrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QJsonArray>

namespace kj::server::api {

namespace {
const QString kItemKind = QStringLiteral("guestbook");
const QString kNewMessage = QStringLiteral("guestbook");
const QString kReply = QStringLiteral("guestbook_reply");

Error notFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such guestbook message"));
}

Result<QString> entryId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a guestbook message id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

Result<store::UserRecord> spaceOwner(const QSqlDatabase &db, const Call &call)
{
    Result<std::optional<store::UserRecord>> owner =
        store::UserRepository(db).findByUsername(call.param(QStringLiteral("username")));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    return **owner;
}

http::Response entryResponse(int status, const GuestbookEntry &entry)
{
    return http::Response::json(status, {{QStringLiteral("entry"), entry.toJson()}});
}

// Someone who is neither the owner nor (where allowed) the author: 403 if they may read the message (so
// they learn why), else 404 (never reveal that a private message exists).
Error notAllowed(const store::GuestbookRecord &record, const Call &call, const QString &what)
{
    if (record.visibleTo(call.viewer()))
        return fail(ErrorCode::Forbidden, what);
    return notFound();
}

ApiResult signGuestbook(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<GuestbookWrite> write = GuestbookWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<store::UserRecord> owner = spaceOwner(db, call);
    if (!owner)
        return owner.error();
    store::GuestbookRepository guestbook(db);
    Result<std::optional<store::GuestbookRecord>> existing = guestbook.find(write->id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const store::GuestbookRecord &record = **existing;
        // A retry of a message whose answer was lost finds it already there.
        if (!record.deleted() && record.ownerId == owner->id && record.authorId == call.caller->userId
            && write->sameContentAs(record.entry)) {
            return entryResponse(200, record.entry);
        }
        return fail(ErrorCode::AlreadyExists, record.deleted()
                                                  ? QStringLiteral("the guestbook message with this id was deleted")
                                                  : QStringLiteral("another guestbook message has this id"));
    }
    Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
    if (!me)
        return me.error();
    if (!me->has_value())
        return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));

    store::GuestbookRecord record;
    record.ownerId = owner->id;
    record.authorId = call.caller->userId;
    record.entry = GuestbookEntry{write->id,
                                  User{owner->user.username, owner->user.displayName, {}},
                                  User{(*me)->user.username, (*me)->user.displayName, {}},
                                  write->text,
                                  write->isPrivate,
                                  std::nullopt,
                                  nowUtc()};
    if (Status status = guestbook.insert(record); !status)
        return status.error();
    if (record.ownerId != record.authorId) {
        if (Status status = store::NotificationRepository(db).add({record.ownerId, kNewMessage, record.authorId, kItemKind,
                                                                   record.entry.id, {}, record.entry.text,
                                                                   record.entry.createdAt});
            !status) {
            return status.error();
        }
    }
    if (Status status = transaction->commit(); !status)
        return status.error();
    return entryResponse(201, record.entry);
}

ApiResult listGuestbook(const ApiContext &context, const Call &call)
{
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    const QSqlDatabase db = context.db();
    Result<store::UserRecord> owner = spaceOwner(db, call);
    if (!owner)
        return owner.error();
    Result<store::GuestbookPage> page =
        store::GuestbookRepository(db).listByOwner(owner->id, call.viewer(), request->after, request->limit);
    if (!page)
        return page.error();
    QJsonArray items;
    for (const GuestbookEntry &entry : std::as_const(page->items))
        items.append(entry.toJson());
    return http::Response::json(200, {{QStringLiteral("items"), items},
                                      {QStringLiteral("nextCursor"),
                                       page->next ? QJsonValue(encodeDiaryCursor(*page->next)) : QJsonValue()}});
}

ApiResult deleteEntry(const ApiContext &context, const Call &call)
{
    Result<QString> id = entryId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::GuestbookRecord>> found = store::GuestbookRepository(db).find(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound();
    const store::GuestbookRecord &record = **found;
    const qint64 caller = call.caller->userId;
    if (caller != record.ownerId && caller != record.authorId)
        return notAllowed(record, call, QStringLiteral("only the space's owner and the author delete a message"));
    if (record.deleted())
        return http::Response::noContent(); // deleting twice is the same as once
    if (Status status = store::GuestbookRepository(db).markDeleted(*id, nowUtc()); !status)
        return status.error();
    if (Status status = store::NotificationRepository(db).removeAbout(kItemKind, *id); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}

ApiResult replyToEntry(const ApiContext &context, const Call &call)
{
    Result<QString> id = entryId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<GuestbookReplyWrite> write = GuestbookReplyWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::GuestbookRepository guestbook(db);
    Result<std::optional<store::GuestbookRecord>> found = guestbook.find(*id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted())
        return notFound();
    store::GuestbookRecord record = **found;
    if (call.caller->userId != record.ownerId)
        return notAllowed(record, call, QStringLiteral("only the space's owner replies to its guestbook"));
    if (record.entry.reply && record.entry.reply->text == write->text)
        return entryResponse(200, record.entry); // a retry: the same reply, its time kept
    const bool firstReply = !record.entry.reply.has_value();
    record.entry.reply = GuestbookReply{write->text, nowUtc()};
    if (Status status = guestbook.setReply(*id, *record.entry.reply); !status)
        return status.error();
    if (firstReply && record.authorId != record.ownerId) {
        if (Status status = store::NotificationRepository(db).add({record.authorId, kReply, record.ownerId, kItemKind, *id,
                                                                   {}, record.entry.reply->text, record.entry.reply->at});
            !status) {
            return status.error();
        }
    }
    if (Status status = transaction->commit(); !status)
        return status.error();
    return entryResponse(200, record.entry);
}
} // namespace

void addGuestbookRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/users/{username}/guestbook"), Access::OptionalSignIn,
               [context](const Call &call) { return listGuestbook(context, call); });
    router.add("POST", QStringLiteral("/api/v1/users/{username}/guestbook"), Access::SignedIn,
               [context](const Call &call) { return signGuestbook(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/guestbook/{id}"), Access::SignedIn,
               [context](const Call &call) { return deleteEntry(context, call); });
    router.add("POST", QStringLiteral("/api/v1/guestbook/{id}/reply"), Access::SignedIn,
               [context](const Call &call) { return replyToEntry(context, call); });
}

} // namespace kj::server::api
