#include "app/clientsession.h"

#include "app/network/apiclient.h"
#include "app/services/diaryservice.h"
#include "app/services/friendsservice.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"

namespace kj::app {

ClientSession::ClientSession(Account account, std::unique_ptr<kj::store::ClientStore> store,
                             QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_account(std::move(account)), m_store(std::move(store))
{
    m_api = std::make_unique<ApiClient>(network);
    m_api->setServer(m_account.server);
    m_api->setToken(m_account.token);
    m_sync = std::make_unique<SyncEngine>(*m_store, *m_api);
    m_diaries = std::make_unique<DiaryService>(*m_store, m_sync.get());
    m_friends = std::make_unique<FriendsService>(*m_store, *m_api, m_sync.get());
    connect(m_api.get(), &ApiClient::unauthorized, this, &ClientSession::signedOut);
}

ClientSession::~ClientSession()
{
    // The services and the engine hold references into the store and the client: drop them first.
    m_friends.reset();
    m_diaries.reset();
    m_sync.reset();
    m_api.reset();
    m_store.reset();
}

kj::Result<std::unique_ptr<ClientSession>> ClientSession::open(const Profile &profile, const Account &account,
                                                               QNetworkAccessManager &network, QObject *parent)
{
    kj::Result<QString> path = profile.storePath(account.server, account.user.username);
    if (!path)
        return path.error();
    kj::Result<std::unique_ptr<kj::store::ClientStore>> store = kj::store::ClientStore::open(*path, account.user);
    if (!store)
        return store.error();
    return std::unique_ptr<ClientSession>(new ClientSession(account, std::move(*store), network, parent));
}

} // namespace kj::app
