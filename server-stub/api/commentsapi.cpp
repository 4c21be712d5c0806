#include "server-stub/api/routes.h"

#include "models/domain/apiversion.h"
#include "models/domain/comment.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/commentrepository.h"
#include "server-stub/store/notificationrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QJsonArray>

// Comments on items of every kind. Each read and write first asks visibleItem (the one audience rule),
// so a comment on, or a list of comments of, something the caller cannot see is 404 like a missing item.
// Each comment added or deleted (a reply deleted with the comment it answers too) appends one row to the
// change log: whoever sees the item gets the comment, or its removal, and the item with its new count on
// their next /changes.

namespace kj::server::api {

namespace {
ApiResult listComments(const ApiContext &context, const Call &call)
{
    Result<ItemPath> path = itemPath(call);
    if (!path)
        return path.error();
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db, store::Transaction::Mode::Read);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::ItemEntry>> item = visibleItem(db, call.viewer(), path->kind, path->id);
    if (!item)
        return item.error();
    if (!item->has_value())
        return itemNotFound();
    Result<store::CommentPage> page = store::CommentRepository(db).listForItem(path->kind, path->id, request->after, request->limit);
    if (!page)
        return page.error();
    transaction->rollback(); // read only
    QJsonArray items;
    for (const Comment &comment : std::as_const(page->items))
        items.append(comment.toJson());
    return http::Response::json(200, {{QStringLiteral("items"), items},
                                      {QStringLiteral("nextCursor"),
                                       page->next ? QJsonValue(encodeDiaryCursor(*page->next)) : QJsonValue()}});
}

ApiResult postComment(const ApiContext &context, const Call &call)
{
    Result<ItemPath> path = itemPath(call);
    if (!path)
        return path.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<CommentWrite> write = CommentWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::ItemEntry>> item = visibleItem(db, call.viewer(), path->kind, path->id);
    if (!item)
        return item.error();
    if (!item->has_value())
        return itemNotFound();

    store::CommentRepository comments(db);
    Result<std::optional<store::CommentRecord>> existing = comments.find(write->id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const store::CommentRecord &stored = **existing;
        // A retry of a write whose answer was lost finds its own comment already there.
        if (stored.authorId == call.caller->userId && stored.comment.itemKind == path->kind
            && stored.comment.itemId == path->id && write->sameContentAs(stored.comment)) {
            return http::Response::json(200, {{QStringLiteral("comment"), stored.comment.toJson()}});
        }
        return fail(ErrorCode::AlreadyExists, QStringLiteral("comment %1 already exists with other content").arg(write->id));
    }
    std::optional<qint64> repliedTo; // the author of the comment this one answers
    if (write->replyTo) {
        Result<std::optional<store::CommentRecord>> parent = comments.find(*write->replyTo);
        if (!parent)
            return parent.error();
        if (!parent->has_value() || (*parent)->comment.itemKind != path->kind || (*parent)->comment.itemId != path->id)
            return fail(ErrorCode::InvalidField, QStringLiteral("\"replyTo\" names no comment of this item"));
        if ((*parent)->comment.replyTo)
            return fail(ErrorCode::InvalidField, QStringLiteral("\"replyTo\" names a reply; reply to the comment it answers"));
        repliedTo = (*parent)->authorId;
    }
    Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
    if (!me)
        return me.error();
    if (!me->has_value())
        return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));

    store::CommentRecord record;
    record.authorId = call.caller->userId;
    record.comment = Comment{write->id, path->kind, path->id, User{(*me)->user.username, (*me)->user.displayName, {}},
                             write->text, write->replyTo, nowUtc()};
    if (Status status = comments.insert(record); !status)
        return status.error();
    if (Status status = store::ChangeLog(db).appendComment(record.comment.id, path->kind, path->id, (*item)->ownerId,
                                                           record.comment.createdAt);
        !status) {
        return status.error();
    }
    // The author of the comment answered hears of a reply, the item's owner of a comment; each once, nobody of
    // their own words. Deleting the comment removes these (a trigger of 0006_reposts.sql).
    store::NotificationRepository notifications(db);
    const qint64 owner = (*item)->ownerId;
    const QString kindName = itemKindName(path->kind);
    if (repliedTo) {
        if (Status status = notifications.add({*repliedTo, QStringLiteral("reply"), record.authorId, kindName, path->id,
                                               record.comment.id, record.comment.text, record.comment.createdAt});
            !status) {
            return status.error();
        }
    }
    if (owner != repliedTo) {
        if (Status status = notifications.add({owner, QStringLiteral("comment"), record.authorId, kindName, path->id,
                                               record.comment.id, record.comment.text, record.comment.createdAt});
            !status) {
            return status.error();
        }
    }
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(201, {{QStringLiteral("comment"), record.comment.toJson()}});
}

ApiResult deleteComment(const ApiContext &context, const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a comment id is a lower-case UUID (8-4-4-4-12 hex)"));
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::CommentRepository comments(db);
    Result<std::optional<store::CommentRecord>> found = comments.find(id);
    if (!found)
        return found.error();
    const Error notFound = fail(ErrorCode::NotFound, QStringLiteral("no such comment"));
    if (!found->has_value())
        return notFound;
    const store::CommentRecord &record = **found;
    Result<std::optional<store::ItemEntry>> item = visibleItem(db, call.viewer(), record.comment.itemKind, record.comment.itemId);
    if (!item)
        return item.error();
    if (!item->has_value())
        return notFound;
    if (record.authorId != call.caller->userId && (*item)->ownerId != call.caller->userId)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the comment's author or the item's owner may delete it"));
    Result<QStringList> replies = comments.replyIds(id);
    if (!replies)
        return replies.error();
    if (Status status = comments.remove(id); !status)
        return status.error();
    store::ChangeLog log(db);
    const QDateTime now = nowUtc();
    for (const QString &removed : QStringList{id} + *replies) {
        if (Status status = log.appendComment(removed, record.comment.itemKind, record.comment.itemId, (*item)->ownerId, now);
            !status) {
            return status.error();
        }
    }
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}
} // namespace

void addCommentRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/items/{kind}/{id}/comments"), Access::OptionalSignIn,
               [context](const Call &call) { return listComments(context, call); });
    router.add("POST", QStringLiteral("/api/v1/items/{kind}/{id}/comments"), Access::SignedIn,
               [context](const Call &call) { return postComment(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/comments/{id}"), Access::SignedIn,
               [context](const Call &call) { return deleteComment(context, call); });
}

} // namespace kj::server::api
