#include "models/store/friendactionqueue.h"

#include "models/domain/friendship.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/outbox.h"

namespace kj::store {

FriendActionQueue::FriendActionQueue(ClientStore &store) : m_store(store) {}

Status FriendActionQueue::request(const QString &username)
{
    return m_store.transaction([&]() -> Status {
        // Shown among the requests I sent at once, under a local id the server's request replaces.
        const QString localId = kj::newItemId();
        const kj::FriendRequest pending{localId, m_store.owner(), kj::User{username, username, {}}, kj::nowUtc()};
        if (Status status = m_store.friends().upsertRequest(pending); !status)
            return status;
        return m_store.outbox().enqueue(kRequestKind, username, OutboxEntry::Op::Upsert,
                                        {{QStringLiteral("localId"), localId}});
    });
}

Status FriendActionQueue::answer(const QString &username, const QString &requestId, bool accept)
{
    return m_store.transaction([&]() -> Status {
        FriendRepository &friends = m_store.friends();
        QString displayName = username;
        if (!requestId.isEmpty()) {
            if (const std::optional<kj::FriendRequest> known = friends.findRequest(requestId))
                displayName = known->from.displayName;
            if (Status status = friends.removeRequest(requestId); !status)
                return status;
        }
        if (accept) {
            if (Status status = friends.upsertFriend(kj::Friend{kj::User{username, displayName, {}}, kj::nowUtc()}); !status)
                return status;
        }
        return m_store.outbox().enqueue(kAnswerKind, username, accept ? OutboxEntry::Op::Upsert : OutboxEntry::Op::Delete,
                                        {{QStringLiteral("requestId"), requestId}, {QStringLiteral("displayName"), displayName}});
    });
}

Status FriendActionQueue::removeFriend(const QString &username)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = m_store.friends().removeFriend(username); !status)
            return status;
        if (Status status = m_store.diaries().removeByAuthor(username); !status)
            return status;
        return m_store.outbox().enqueue(kRemoveKind, username, OutboxEntry::Op::Delete);
    });
}

bool FriendActionQueue::isPending(const QString &username) const
{
    const Outbox &outbox = m_store.outbox();
    return outbox.hasPending(kRequestKind, username) || outbox.hasPending(kAnswerKind, username)
           || outbox.hasPending(kRemoveKind, username);
}

bool FriendActionQueue::anyPending() const
{
    for (const OutboxEntry &entry : m_store.outbox().entries()) {
        if (entry.kind == kRequestKind || entry.kind == kAnswerKind || entry.kind == kRemoveKind)
            return true;
    }
    return false;
}

} // namespace kj::store
