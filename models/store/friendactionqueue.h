#pragma once

#include "models/domain/result.h"

#include <QString>

namespace kj::store {

class ClientStore;

//! My friend actions made here, reflected at once in FriendRepository and queued with it in one
//! transaction. Outbox kinds, keyed by the other person's username:
//! - "friend_request": ask them (a pending outgoing request shows at once, with a local id until the
//!   server's request replaces it);
//! - "friend_answer": accept (upsert) or decline (delete) their request; the latest answer wins;
//!   payload {"requestId" (may be empty: looked up when sent), "displayName"};
//! - "friend_remove": end the friendship (their diaries leave this device at once).
class FriendActionQueue
{
public:
    static inline const QString kRequestKind = QStringLiteral("friend_request");
    static inline const QString kAnswerKind = QStringLiteral("friend_answer");
    static inline const QString kRemoveKind = QStringLiteral("friend_remove");

    explicit FriendActionQueue(ClientStore &store);

    [[nodiscard]] Status request(const QString &username);
    //! Accepts (or declines) the request from `username`; `requestId` empty when this device does not know it.
    [[nodiscard]] Status answer(const QString &username, const QString &requestId, bool accept);
    [[nodiscard]] Status removeFriend(const QString &username);

    //! Whether an action about `username` waits to be sent.
    [[nodiscard]] bool isPending(const QString &username) const;
    //! Whether any friend action waits to be sent.
    [[nodiscard]] bool anyPending() const;

private:
    ClientStore &m_store;
};

} // namespace kj::store
