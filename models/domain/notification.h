#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace kj {

//! What someone did that concerns me, as GET /api/v1/me/notifications lists it.
enum class NotificationType { Like, Comment, Reply, Repost, Guestbook, GuestbookReply, FriendRequest, FriendAccepted };

//! "like", "comment", "reply", "repost", "guestbook", "guestbook_reply", "friend_request", "friend_accepted".
[[nodiscard]] QString notificationTypeName(NotificationType type);
[[nodiscard]] std::optional<NotificationType> notificationTypeFromName(const QString &name);

//! One notification. On the wire: {"id": integer, "type", "actor": {user}, "itemKind"?, "itemId"? (like,
//! comment, reply, repost: the item liked or commented on, or the new repost), "commentId"? (comment,
//! reply), "guestbookId"? (guestbook, guestbook_reply), "requestId"? (friend_request), "text"? (a short
//! excerpt of what was written), "createdAt", "read"}.
struct Notification {
    //! How much of a comment or message an excerpt keeps, in characters (code points).
    static constexpr int kExcerptLength = 100;

    qint64 id = 0;
    NotificationType type = NotificationType::Like;
    User actor;
    std::optional<ItemKind> itemKind;
    QString itemId;      // with itemKind
    QString commentId;   // empty unless comment or reply
    QString guestbookId; // empty unless guestbook or guestbook_reply
    QString requestId;   // empty unless friend_request
    QString text;        // empty when nothing was written
    QDateTime createdAt;
    bool read = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Notification> fromJson(const QJsonObject &json);
    friend bool operator==(const Notification &, const Notification &) = default;
};

//! A page of notifications, newest first; an empty nextCursor means the last page. unreadCount counts all
//! my unread notifications, not only this page's.
struct NotificationPage {
    QList<Notification> items;
    QString nextCursor;
    int unreadCount = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<NotificationPage> fromJson(const QJsonObject &json);
};

//! Body of POST /api/v1/me/notifications/read: {"upTo": id} marks that notification and every older one
//! read, {"all": true} all of them.
struct NotificationsRead {
    std::optional<qint64> upTo; // nullopt: all

    [[nodiscard]] QJsonObject toJson() const;
    //! Strict: exactly one of a positive integer "upTo" or "all": true.
    [[nodiscard]] static Result<NotificationsRead> fromRequest(const QJsonObject &json);
};

//! The start of a text for a notification: its first kExcerptLength characters, whitespace folded, with
//! "…" when cut (never inside a surrogate pair).
[[nodiscard]] QString notificationExcerpt(const QString &text);

} // namespace kj
