#pragma once

#include "app/account/profile.h"
#include "models/domain/result.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class ApiClient;
class DiaryService;
class FriendsService;
class SyncEngine;

//! The composition root of one signed-in account: its local store, API client, sync engine and
//! services. Both the GUI and kongjian-cli build one after sign-in and drop it on sign-out.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    //! Opens the account's store in `profile`. The sync engine is not started (call sync().start()).
    [[nodiscard]] static kj::Result<std::unique_ptr<ClientSession>> open(const Profile &profile, const Account &account,
                                                                         QNetworkAccessManager &network,
                                                                         QObject *parent = nullptr);
    ~ClientSession() override;

    [[nodiscard]] const Account &account() const { return m_account; }
    [[nodiscard]] kj::store::ClientStore &store() { return *m_store; }
    [[nodiscard]] ApiClient &api() { return *m_api; }
    [[nodiscard]] SyncEngine &sync() { return *m_sync; }
    [[nodiscard]] DiaryService &diaries() { return *m_diaries; }
    [[nodiscard]] FriendsService &friends() { return *m_friends; }

Q_SIGNALS:
    //! The server refused the token: the session can no longer sync (local data stays readable).
    void signedOut();

private:
    ClientSession(Account account, std::unique_ptr<kj::store::ClientStore> store, QNetworkAccessManager &network,
                  QObject *parent);

    Account m_account;
    std::unique_ptr<kj::store::ClientStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<DiaryService> m_diaries;
    std::unique_ptr<FriendsService> m_friends;
};

} // namespace kj::app
