#include "app/sync/friendactionpusher.h"

#include "app/network/apiclient.h"
#include "models/domain/friendship.h"
#include "models/store/clientstore.h"
#include "models/store/friendactionqueue.h"
#include "models/store/friendrepository.h"
#include "models/store/outbox.h"
#include "models/store/syncstaterepository.h"

namespace kj::app {

namespace {
using kj::store::FriendActionQueue;
using kj::store::OutboxEntry;

const QString kLocalId = QStringLiteral("localId");
const QString kRequestId = QStringLiteral("requestId");
} // namespace

FriendActionPusher::FriendActionPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList FriendActionPusher::kinds() const
{
    return {FriendActionQueue::kRequestKind, FriendActionQueue::kAnswerKind, FriendActionQueue::kRemoveKind};
}

void FriendActionPusher::push(const OutboxEntry &entry, PushRun &, Done done)
{
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    if (entry.kind == FriendActionQueue::kRequestKind)
        pushRequest(entry, std::move(done));
    else if (entry.kind == FriendActionQueue::kAnswerKind)
        pushAnswer(entry, std::move(done));
    else
        pushRemove(entry, std::move(done));
}

// --- a request ---

void FriendActionPusher::pushRequest(const OutboxEntry &entry, Done done)
{
    m_api.sendFriendRequest(entry.itemId, &m_context, [this, entry, done](kj::Result<kj::FriendRequest> request) {
        const QString localId = entry.payload.value(kLocalId).toString();
        if (request) {
            done(m_store.transaction([&]() -> kj::Status {
                if (kj::Status s = m_store.friends().removeRequest(localId); !s)
                    return s;
                if (kj::Status s = m_store.friends().upsertRequest(*request); !s)
                    return s;
                return m_store.outbox().remove(entry.seq);
            }));
            return;
        }
        const kj::Error error = request.error();
        if (error.code == kj::ErrorCode::AlreadyExists) {
            // Asked already (a replay whose answer was lost), they asked me, or we are friends: nothing to send.
            settleRequest(entry, done);
            return;
        }
        if (isRefusal(error)) {
            (void)m_store.friends().removeRequest(localId);
            if (error.code == kj::ErrorCode::NotFound) {
                done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no user %1").arg(entry.itemId)));
                return;
            }
        }
        done(error);
    });
}

void FriendActionPusher::settleRequest(const OutboxEntry &entry, Done done)
{
    m_api.friendRequests(&m_context, [this, entry, done](kj::Result<FriendRequests> requests) {
        if (!requests) {
            done(requests.error());
            return;
        }
        const QString other = entry.itemId;
        done(m_store.transaction([&]() -> kj::Status {
            if (kj::Status s = m_store.friends().removeRequest(entry.payload.value(kLocalId).toString()); !s)
                return s;
            for (const kj::FriendRequest &request : requests->incoming + requests->outgoing) {
                if (request.from.username == other || request.to.username == other) {
                    if (kj::Status s = m_store.friends().upsertRequest(request); !s)
                        return s;
                }
            }
            return m_store.outbox().remove(entry.seq);
        }));
    });
}

// --- an answer ---

void FriendActionPusher::pushAnswer(const OutboxEntry &entry, Done done)
{
    const QString requestId = entry.payload.value(kRequestId).toString();
    if (!requestId.isEmpty()) {
        answer(entry, requestId, false, std::move(done));
        return;
    }
    // Answered offline by name: the request's id is looked up now.
    settleAccept(entry, QString(), false, std::move(done));
}

void FriendActionPusher::answer(const OutboxEntry &entry, const QString &requestId, bool retried, Done done)
{
    if (entry.op == OutboxEntry::Op::Delete) {
        m_api.declineFriendRequest(requestId, &m_context, [this, entry, requestId, done](kj::Status declined) {
            // Not found: taken back, or answered already; either way nothing is pending any more.
            if (declined || declined.error().code == kj::ErrorCode::NotFound) {
                done(m_store.transaction([&]() -> kj::Status {
                    if (kj::Status s = m_store.friends().removeRequest(requestId); !s)
                        return s;
                    return m_store.outbox().remove(entry.seq);
                }));
                return;
            }
            done(declined.error());
        });
        return;
    }
    m_api.acceptFriendRequest(requestId, &m_context, [this, entry, requestId, retried, done](kj::Result<kj::Friend> person) {
        if (person) {
            done(recordFriend(entry.seq, requestId, *person));
            return;
        }
        if (person.error().code == kj::ErrorCode::NotFound) {
            // Gone: an earlier accept may have gone through with its answer lost. Check and settle.
            settleAccept(entry, requestId, retried, done);
            return;
        }
        done(person.error());
    });
}

void FriendActionPusher::settleAccept(const OutboxEntry &entry, const QString &requestId, bool retried, Done done)
{
    const QString other = entry.itemId;
    const bool accept = entry.op != OutboxEntry::Op::Delete;
    m_api.friends(&m_context, [this, entry, requestId, retried, other, accept, done](kj::Result<QList<kj::Friend>> friends) {
        if (!friends) {
            done(friends.error());
            return;
        }
        for (const kj::Friend &person : *friends) {
            if (person.user.username == other) {
                if (accept) {
                    done(recordFriend(entry.seq, requestId, person));
                } else {
                    done(kj::fail(kj::ErrorCode::AlreadyExists,
                                  QStringLiteral("you and %1 are friends already; nothing to decline").arg(other)));
                }
                return;
            }
        }
        if (retried) {
            (void)m_store.friends().removeFriend(other);
            done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 has no friend request to you any more").arg(other)));
            return;
        }
        // Not friends: maybe a newer request of theirs (its id unknown here).
        m_api.friendRequests(&m_context, [this, entry, requestId, other, accept, done](kj::Result<FriendRequests> requests) {
            if (!requests) {
                done(requests.error());
                return;
            }
            for (const kj::FriendRequest &request : requests->incoming) {
                if (request.from.username == other) {
                    if (request.id != requestId)
                        (void)m_store.friends().removeRequest(requestId);
                    answer(entry, request.id, true, done);
                    return;
                }
            }
            if (!accept) {
                done(m_store.outbox().remove(entry.seq)); // nothing left to decline
                return;
            }
            // The friend shown here at once never came to be.
            (void)m_store.friends().removeFriend(other);
            done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 has no friend request to you any more").arg(other)));
        });
    });
}

kj::Status FriendActionPusher::recordFriend(qint64 seq, const QString &requestId, const kj::Friend &person)
{
    return m_store.transaction([&]() -> kj::Status {
        if (!requestId.isEmpty()) {
            if (kj::Status s = m_store.friends().removeRequest(requestId); !s)
                return s;
        }
        if (kj::Status s = m_store.friends().upsertFriend(person); !s)
            return s;
        // Their diaries that I may now see: this run's backfill fetches them.
        QStringList backfills = m_store.syncState().pendingBackfills();
        if (!backfills.contains(person.user.username))
            backfills.append(person.user.username);
        if (kj::Status s = m_store.syncState().setPendingBackfills(backfills); !s)
            return s;
        return m_store.outbox().remove(seq);
    });
}

// --- ending a friendship ---

void FriendActionPusher::pushRemove(const OutboxEntry &entry, Done done)
{
    m_api.removeFriend(entry.itemId, &m_context, [this, entry, done](kj::Status removed) {
        // Not found: not friends (any more), which is what the removal wanted.
        if (removed || removed.error().code == kj::ErrorCode::NotFound) {
            done(m_store.outbox().remove(entry.seq));
            return;
        }
        done(removed.error());
    });
}

} // namespace kj::app
