#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! What happened that concerns a user (a message in their guestbook, a reply to theirs, ...), kept for
//! GET /me/notifications. Writers add a row in the same transaction as what it tells of.
class NotificationRepository
{
public:
    explicit NotificationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Tells `recipient` that `actor` did `kind` ("guestbook", "guestbook_reply", ...) about an item.
    [[nodiscard]] Status add(qint64 recipient, const QString &kind, std::optional<qint64> actor,
                             const QString &itemKind, const QString &itemId, const QDateTime &now);
    //! Forgets every notification about an item (it was deleted).
    [[nodiscard]] Status removeAbout(const QString &itemKind, const QString &itemId);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
