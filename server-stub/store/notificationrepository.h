#pragma once

#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A notification to write: who is told, what happened ("like", "comment", "reply", "repost", "guestbook",
//! "guestbook_reply", "friend_request", "friend_accepted"), who did it, what it is about (an item kind and id,
//! or "guestbook" / "friend_request" and that id), the comment for "comment" and "reply", and what was
//! written (shortened to an excerpt when stored).
struct NotificationWrite {
    qint64 recipient = 0;
    QString kind;
    qint64 actor = 0;
    QString itemKind;
    QString itemId;
    QString commentId;
    QString text;
    QDateTime at;
};

//! A stored notification with its actor.
struct NotificationRow {
    qint64 id = 0;
    QString kind;
    User actor;
    QString itemKind;  // may be empty (friend_accepted)
    QString itemId;
    QString commentId; // empty unless comment or reply
    QString excerpt;
    QDateTime createdAt;
    bool read = false;
};

//! What happened that concerns a user (a like of their item, a comment, a repost, a message in their
//! guestbook, a friend request, ...), kept for GET /me/notifications. Writers add a row in the same
//! transaction as what it tells of; the triggers of 0006_reposts.sql remove it with its cause.
class NotificationRepository
{
public:
    explicit NotificationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Tells write.recipient what write.actor did; nothing when they are the same person (nobody is told
    //! of what they did to their own things).
    [[nodiscard]] Status add(const NotificationWrite &write);
    //! Forgets every notification about an item (it was deleted).
    [[nodiscard]] Status removeAbout(const QString &itemKind, const QString &itemId);

    //! Up to `limit` of recipient's notifications, newest first, older than `before` (nullopt: from the newest).
    [[nodiscard]] Result<QList<NotificationRow>> page(qint64 recipient, std::optional<qint64> before, int limit);
    //! Up to `limit` of recipient's unread notifications, newest first.
    [[nodiscard]] Result<QList<NotificationRow>> unread(qint64 recipient, int limit);
    //! Marks recipient's notifications up to and including id `upTo` (nullopt: all) read.
    [[nodiscard]] Status markRead(qint64 recipient, std::optional<qint64> upTo, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
