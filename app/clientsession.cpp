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
    m_sync = std::make_unique<SyncEngine>(*m_store, *m_api);
    m_diaries = std::make_unique<DiaryService>(*m_store, m_sync.get());
    m_friends = std::make_unique<FriendsService>(*m_store, *m_api, m_sync.get());
}
ClientSession::~ClientSession() = default;

kj::Result<std::unique_ptr<ClientSession>> ClientSession::open(const Profile &, const Account &,
                                                               QNetworkAccessManager &, QObject *)
{
    return kj::fail(kj::ErrorCode::Internal, QStringLiteral("not yet"));
}

} // namespace kj::app
