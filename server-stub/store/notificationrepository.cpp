#include "server-stub/store/notificationrepository.h"

#include "models/domain/notification.h"
#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT n.id, n.kind, u.username, u.display_name, n.item_kind, n.item_id, n.comment_id, n.excerpt, n.created_ms, "
    "n.read_ms IS NOT NULL FROM notifications n JOIN users u ON u.id = n.actor_id WHERE n.recipient_id = ? ");

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Result<QList<NotificationRow>> readRows(Query &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    QList<NotificationRow> rows;
    while (query.next()) {
        NotificationRow row;
        row.id = query.int64(0);
        row.kind = query.text(1);
        row.actor = User{query.text(2), query.text(3), {}};
        row.itemKind = query.text(4);
        row.itemId = query.text(5);
        row.commentId = query.text(6);
        row.excerpt = query.text(7);
        row.createdAt = QDateTime::fromMSecsSinceEpoch(query.int64(8), QTimeZone::utc());
        row.read = query.value(9).toBool();
        rows.append(row);
    }
    return rows;
}
} // namespace

Status NotificationRepository::add(const NotificationWrite &write)
{
    if (write.actor == write.recipient)
        return {};
    return execute(m_db,
                   QStringLiteral("INSERT INTO notifications (recipient_id, kind, actor_id, item_kind, item_id, comment_id, "
                                  "excerpt, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {write.recipient, write.kind, write.actor, orNull(write.itemKind), orNull(write.itemId),
                    orNull(write.commentId), orNull(notificationExcerpt(write.text)), write.at.toMSecsSinceEpoch()});
}

Status NotificationRepository::removeAbout(const QString &itemKind, const QString &itemId)
{
    return execute(m_db, QStringLiteral("DELETE FROM notifications WHERE item_kind = ? AND item_id = ?"), {itemKind, itemId});
}

Result<QList<NotificationRow>> NotificationRepository::page(qint64 recipient, std::optional<qint64> before, int limit)
{
    Query query(m_db, kSelect + (before ? QStringLiteral("AND n.id < ? ") : QString())
                          + QStringLiteral("ORDER BY n.id DESC LIMIT ?"));
    query.bind(recipient);
    if (before)
        query.bind(*before);
    query.bind(limit);
    return readRows(query);
}

Result<QList<NotificationRow>> NotificationRepository::unread(qint64 recipient, int limit)
{
    Query query(m_db, kSelect + QStringLiteral("AND n.read_ms IS NULL ORDER BY n.id DESC LIMIT ?"));
    query.bind(recipient).bind(limit);
    return readRows(query);
}

Status NotificationRepository::markRead(qint64 recipient, std::optional<qint64> upTo, const QDateTime &now)
{
    if (upTo) {
        return execute(m_db, QStringLiteral("UPDATE notifications SET read_ms = ? WHERE recipient_id = ? AND id <= ? "
                                            "AND read_ms IS NULL"),
                       {now.toMSecsSinceEpoch(), recipient, *upTo});
    }
    return execute(m_db, QStringLiteral("UPDATE notifications SET read_ms = ? WHERE recipient_id = ? AND read_ms IS NULL"),
                   {now.toMSecsSinceEpoch(), recipient});
}

} // namespace kj::server::store
