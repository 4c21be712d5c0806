#include "app/services/accountservice.h"

#include "app/network/apiclient.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <QFileInfo>

#include <QSysInfo>

namespace kj::app {

AccountService::AccountService(Profile &profile, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network)
{
}

AccountService::~AccountService() = default;

std::optional<Account> AccountService::currentAccount() const
{
    std::optional<Account> account = m_profile.account();
    if (!account || !account->signedIn())
        return std::nullopt;
    return account;
}

QString AccountService::deviceName()
{
    return QStringLiteral("kongjian on %1").arg(QSysInfo::machineHostName()).left(128);
}

void AccountService::report(const kj::Error &error, const Done &done)
{
    Q_EMIT failed(error);
    if (done)
        done(error);
}

void AccountService::registerAccount(const QUrl &server, const QString &username, const QString &password,
                                     const QString &displayName, Done done)
{
    auto *api = new ApiClient(m_network, this);
    api->setServer(server);
    const kj::AccountRegistration registration{username, password, displayName.isEmpty() ? username : displayName};
    api->registerAccount(registration, this, [this, api, server, username, password, done](kj::Result<kj::User> user) {
        api->deleteLater();
        if (!user) {
            report(user.error(), done);
            return;
        }
        signIn(server, username, password, done);
    });
}

void AccountService::signIn(const QUrl &server, const QString &username, const QString &password, Done done)
{
    auto *api = new ApiClient(m_network, this);
    api->setServer(server);
    api->createSession(kj::SessionRequest{username, password, deviceName()}, this,
                       [this, api, server, done](kj::Result<kj::SessionGrant> grant) {
                           api->deleteLater();
                           finishSignIn(server, std::move(grant), done);
                       });
}

void AccountService::finishSignIn(const QUrl &server, kj::Result<kj::SessionGrant> grant, const Done &done)
{
    if (!grant) {
        report(grant.error(), done);
        return;
    }
    const Account account{server, grant->user, grant->token, grant->expiresAt};
    if (kj::Status saved = m_profile.saveAccount(account); !saved) {
        report(saved.error(), done);
        return;
    }
    Q_EMIT signedIn(account);
    if (done)
        done({});
}

void AccountService::signOut(Done done)
{
    const std::optional<Account> account = m_profile.account();
    if (!account || !account->signedIn()) {
        if (done)
            done({});
        return;
    }
    auto *api = new ApiClient(m_network, this);
    api->setServer(account->server);
    api->setToken(account->token);
    api->deleteCurrentSession(this, [this, api, done](kj::Status revoked) {
        api->deleteLater();
        // Signed out here whatever the server said; its copy of the token expires on its own.
        const kj::Status forgotten = m_profile.forgetToken();
        if (!forgotten) {
            report(forgotten.error(), done);
            return;
        }
        Q_EMIT signedOut();
        if (!done)
            return;
        if (!revoked && revoked.error().code != kj::ErrorCode::Unauthorized)
            done(revoked.error());
        else
            done({});
    });
}

void AccountService::markSignedOut()
{
    if (kj::Status forgotten = m_profile.forgetToken(); !forgotten) {
        Q_EMIT failed(forgotten.error());
        return;
    }
    Q_EMIT signedOut();
}

kj::Result<int> AccountService::unsentChanges(const Account &account) const
{
    kj::Result<QString> path = m_profile.storePath(account.server, account.user.username);
    if (!path)
        return path.error();
    if (!QFileInfo::exists(*path))
        return 0; // never used here; no store is made just to count
    kj::Result<std::unique_ptr<kj::store::ClientStore>> store = kj::store::ClientStore::open(*path, account.user);
    if (!store)
        return store.error();
    return (*store)->outbox().pendingCount();
}

} // namespace kj::app
