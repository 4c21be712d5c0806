#include "server-stub/store/notificationrepository.h"

#include "server-stub/store/query.h"

namespace kj::server::store {

Status NotificationRepository::add(qint64 recipient, const QString &kind, std::optional<qint64> actor,
                                   const QString &itemKind, const QString &itemId, const QDateTime &now)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO notifications (recipient_id, kind, actor_id, item_kind, item_id, created_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {recipient, kind, actor ? QVariant(*actor) : QVariant(), itemKind, itemId, now.toMSecsSinceEpoch()});
}

Status NotificationRepository::removeAbout(const QString &itemKind, const QString &itemId)
{
    return execute(m_db, QStringLiteral("DELETE FROM notifications WHERE item_kind = ? AND item_id = ?"), {itemKind, itemId});
}

} // namespace kj::server::store
