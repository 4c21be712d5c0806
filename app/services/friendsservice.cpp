#include "app/services/friendsservice.h"

namespace kj::app {

FriendsService::FriendsService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_sync(sync)
{
}
void FriendsService::sendRequest(const QString &, Callback<kj::FriendRequest>) {}
void FriendsService::accept(const QString &, Callback<kj::Friend>) {}
void FriendsService::acceptFrom(const QString &, Callback<kj::Friend>) {}
void FriendsService::decline(const QString &, Callback<void>) {}
void FriendsService::removeFriend(const QString &, Callback<void>) {}
void FriendsService::refresh(Callback<void>) {}

} // namespace kj::app
