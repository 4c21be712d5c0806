#include "app/services/friendsservice.h"

#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/syncstaterepository.h"

namespace kj::app {

FriendsService::FriendsService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_sync(sync)
{
}

template<typename T>
void FriendsService::report(const kj::Result<T> &result, const Callback<T> &done)
{
    if (!result)
        Q_EMIT failed(result.error());
    if (done)
        done(result);
}

void FriendsService::sendRequest(const QString &username, Callback<kj::FriendRequest> done)
{
    m_api.sendFriendRequest(username, this, [this, done](kj::Result<kj::FriendRequest> request) {
        if (request) {
            if (kj::Status cached = m_store.friends().upsertRequest(*request); !cached) {
                report<kj::FriendRequest>(cached.error(), done);
                return;
            }
        }
        report(request, done);
    });
}

void FriendsService::accept(const QString &requestId, Callback<kj::Friend> done)
{
    m_api.acceptFriendRequest(requestId, this, [this, requestId, done](kj::Result<kj::Friend> person) {
        if (person) {
            kj::Status cached = m_store.transaction([&]() -> kj::Status {
                if (kj::Status s = m_store.friends().removeRequest(requestId); !s)
                    return s;
                if (kj::Status s = m_store.friends().upsertFriend(*person); !s)
                    return s;
                // Their diaries that I may now see: the next sync fetches them.
                QStringList backfills = m_store.syncState().pendingBackfills();
                if (!backfills.contains(person->user.username))
                    backfills.append(person->user.username);
                return m_store.syncState().setPendingBackfills(backfills);
            });
            if (!cached) {
                report<kj::Friend>(cached.error(), done);
                return;
            }
            if (m_sync)
                m_sync->scheduleSoon();
        }
        report(person, done);
    });
}

void FriendsService::acceptFrom(const QString &username, Callback<kj::Friend> done)
{
    m_api.friendRequests(this, [this, username, done](kj::Result<FriendRequests> requests) {
        if (!requests) {
            report<kj::Friend>(requests.error(), done);
            return;
        }
        for (const kj::FriendRequest &request : requests->incoming) {
            if (request.from.username == username) {
                accept(request.id, done);
                return;
            }
        }
        report<kj::Friend>(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 has not asked to be your friend").arg(username)),
                           done);
    });
}

void FriendsService::decline(const QString &requestId, Callback<void> done)
{
    m_api.declineFriendRequest(requestId, this, [this, requestId, done](kj::Status declined) {
        if (declined) {
            if (kj::Status cached = m_store.friends().removeRequest(requestId); !cached) {
                report<void>(cached, done);
                return;
            }
        }
        report<void>(declined, done);
    });
}

void FriendsService::removeFriend(const QString &username, Callback<void> done)
{
    m_api.removeFriend(username, this, [this, username, done](kj::Status removed) {
        if (removed) {
            kj::Status cached = m_store.transaction([&]() -> kj::Status {
                if (kj::Status s = m_store.friends().removeFriend(username); !s)
                    return s;
                return m_store.diaries().removeByAuthor(username);
            });
            if (!cached) {
                report<void>(cached, done);
                return;
            }
        }
        report<void>(removed, done);
    });
}

void FriendsService::refresh(Callback<void> done)
{
    m_api.friends(this, [this, done](kj::Result<QList<kj::Friend>> friends) {
        if (!friends) {
            report<void>(friends.error(), done);
            return;
        }
        m_api.friendRequests(this, [this, done, list = *friends](kj::Result<FriendRequests> requests) {
            if (!requests) {
                report<void>(requests.error(), done);
                return;
            }
            kj::Status cached = m_store.transaction([&]() -> kj::Status {
                if (kj::Status s = m_store.friends().replaceFriends(list); !s)
                    return s;
                return m_store.friends().replaceRequests(requests->incoming, requests->outgoing);
            });
            report<void>(cached, done);
        });
    });
}

} // namespace kj::app
