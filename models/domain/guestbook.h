#pragma once

#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! The space owner's answer to a guestbook message. On the wire: {"text", "at"}.
struct GuestbookReply {
    QString text;
    QDateTime at;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const GuestbookReply &, const GuestbookReply &) = default;
};

//! A message left in someone's guestbook (留言板). The author makes its id (a UUID), so a retry is
//! idempotent. A private message is seen by the space's owner and its author only; the owner may
//! reply (once; a new reply replaces the old) and delete, the author may delete.
//! On the wire: {"id", "spaceOwner": {user}, "author": {user}, "text", "private", "reply": {reply}|null,
//! "createdAt"}.
struct GuestbookEntry {
    static constexpr int kMaxTextLength = 2000;

    QString id;
    User spaceOwner;
    User author;
    QString text;
    bool isPrivate = false;
    std::optional<GuestbookReply> reply;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<GuestbookEntry> fromJson(const QJsonObject &json);
    friend bool operator==(const GuestbookEntry &, const GuestbookEntry &) = default;
};

//! Body of POST /api/v1/users/{username}/guestbook: {"id", "text", "private"} ("private" defaults to
//! false). The text is 1 to 2,000 characters and not only white space.
struct GuestbookWrite {
    QString id;
    QString text;
    bool isPrivate = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<GuestbookWrite> fromRequest(const QJsonObject &json);
    //! Whether a stored entry already holds exactly this message (an idempotent retry).
    [[nodiscard]] bool sameContentAs(const GuestbookEntry &entry) const;
};

//! Body of POST /api/v1/guestbook/{id}/reply: {"text"}, 1 to 2,000 characters, not only white space.
struct GuestbookReplyWrite {
    QString text;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<GuestbookReplyWrite> fromRequest(const QJsonObject &json);
};

} // namespace kj
