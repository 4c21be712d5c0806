#include "server-stub/api/routes.h"

#include "models/domain/notification.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/notificationrepository.h"
#include "server-stub/store/transaction.h"

// GET /me/notifications: what others did that concerns me, newest first. Rows are written with their cause
// and removed with it (see 0006_reposts.sql); what is judged here, at read time, is whether I may still see
// the item a row is about, so a row never shows an item that was narrowed or whose owner I stopped being
// friends with. Hidden rows are skipped, not counted.

namespace kj::server::api {

namespace {
constexpr int kDefaultPageSize = 20;
constexpr int kMaxPageSize = 100;
// unreadCount looks at no more than this many unread rows (each is judged on its own).
constexpr int kMaxUnreadCounted = 1000;

Result<std::optional<qint64>> cursorParameter(const QUrlQuery &query)
{
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    if (cursor.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = cursor.toLongLong(&ok);
    if (!ok || id < 1 || !cursor.front().isDigit())
        return fail(ErrorCode::BadRequest, QStringLiteral("\"cursor\" is not a cursor this server made"));
    return std::optional(id);
}

// The notification as the recipient may see it now, or nullopt when what it is about is hidden from them.
Result<std::optional<Notification>> shown(const QSqlDatabase &db, qint64 recipient, const store::NotificationRow &row)
{
    using Shown = std::optional<Notification>;
    const std::optional<NotificationType> type = notificationTypeFromName(row.kind);
    if (!type)
        return Shown();
    Notification notification;
    notification.id = row.id;
    notification.type = *type;
    notification.actor = row.actor;
    notification.text = row.excerpt;
    notification.createdAt = row.createdAt;
    notification.read = row.read;
    switch (*type) {
    case NotificationType::Like:
    case NotificationType::Comment:
    case NotificationType::Reply:
    case NotificationType::Repost: {
        const std::optional<ItemKind> kind = itemKindFromName(row.itemKind);
        if (!kind)
            return Shown();
        Result<std::optional<store::ItemEntry>> item = visibleItem(db, recipient, *kind, row.itemId);
        if (!item)
            return item.error();
        if (!item->has_value())
            return Shown();
        notification.itemKind = kind;
        notification.itemId = row.itemId;
        notification.commentId = row.commentId;
        if ((*type == NotificationType::Comment || *type == NotificationType::Reply) && row.commentId.isEmpty())
            return Shown();
        break;
    }
    case NotificationType::Guestbook:
    case NotificationType::GuestbookReply:
        notification.guestbookId = row.itemId;
        break;
    case NotificationType::FriendRequest:
        notification.requestId = row.itemId;
        break;
    case NotificationType::FriendAccepted:
        break;
    }
    return Shown(notification);
}

Result<int> unreadCount(const QSqlDatabase &db, qint64 recipient)
{
    Result<QList<store::NotificationRow>> rows = store::NotificationRepository(db).unread(recipient, kMaxUnreadCounted);
    if (!rows)
        return rows.error();
    int count = 0;
    for (const store::NotificationRow &row : std::as_const(*rows)) {
        Result<std::optional<Notification>> notification = shown(db, recipient, row);
        if (!notification)
            return notification.error();
        if (notification->has_value())
            ++count;
    }
    return count;
}

ApiResult listNotifications(const ApiContext &context, const Call &call)
{
    Result<int> limit = pageLimit(call.request.query, kDefaultPageSize, kMaxPageSize);
    if (!limit)
        return limit.error();
    Result<std::optional<qint64>> cursor = cursorParameter(call.request.query);
    if (!cursor)
        return cursor.error();
    const QSqlDatabase db = context.db();
    const qint64 recipient = call.caller->userId;
    Result<store::Transaction> transaction = store::Transaction::begin(db, store::Transaction::Mode::Read);
    if (!transaction)
        return transaction.error();
    store::NotificationRepository notifications(db);

    // Read in batches until one more than a page is visible (that one says there is a next page) or the rows end.
    NotificationPage page;
    bool more = false;
    std::optional<qint64> before = *cursor;
    const int batch = *limit + 1;
    while (!more) {
        Result<QList<store::NotificationRow>> rows = notifications.page(recipient, before, batch);
        if (!rows)
            return rows.error();
        for (const store::NotificationRow &row : std::as_const(*rows)) {
            Result<std::optional<Notification>> notification = shown(db, recipient, row);
            if (!notification)
                return notification.error();
            if (!notification->has_value())
                continue;
            if (page.items.size() == *limit) {
                more = true;
                break;
            }
            page.items.append(**notification);
        }
        if (rows->size() < batch)
            break;
        before = rows->constLast().id;
    }
    if (more)
        page.nextCursor = QString::number(page.items.constLast().id);
    Result<int> unread = unreadCount(db, recipient);
    if (!unread)
        return unread.error();
    page.unreadCount = *unread;
    transaction->rollback(); // read only
    return http::Response::json(200, page.toJson());
}

ApiResult markRead(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<NotificationsRead> read = NotificationsRead::fromRequest(*body);
    if (!read)
        return read.error();
    const QSqlDatabase db = context.db();
    const qint64 recipient = call.caller->userId;
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status status = store::NotificationRepository(db).markRead(recipient, read->upTo, nowUtc()); !status)
        return status.error();
    Result<int> unread = unreadCount(db, recipient);
    if (!unread)
        return unread.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(200, {{QStringLiteral("unreadCount"), *unread}});
}
} // namespace

void addNotificationRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/me/notifications"), Access::SignedIn,
               [context](const Call &call) { return listNotifications(context, call); });
    router.add("POST", QStringLiteral("/api/v1/me/notifications/read"), Access::SignedIn,
               [context](const Call &call) { return markRead(context, call); });
}

} // namespace kj::server::api
