#pragma once

#include "app/account/profile.h"
#include "models/domain/error.h"
#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace kj::app {

class ApiClient;

//! Registering, signing in and signing out of one profile. Signing in stores the account (token in a
//! file only the user may read); signing out forgets the token and keeps every local store.
class AccountService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(kj::Status)>;

    AccountService(Profile &profile, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~AccountService() override;

    //! The profile's account when it is signed in.
    [[nodiscard]] std::optional<Account> currentAccount() const;

    //! Creates an account on `server` (display name: the username when empty) and signs in to it.
    void registerAccount(const QUrl &server, const QString &username, const QString &password,
                         const QString &displayName, Done done = {});
    void signIn(const QUrl &server, const QString &username, const QString &password, Done done = {});
    //! Revokes the token on the server when it can be reached, and forgets it locally in any case. `done`
    //! gets an error only when the local sign-out failed, or (signed out locally all the same) when the
    //! server could not be told.
    void signOut(Done done = {});
    //! The token was refused (401): forget it locally, keep the account and its data.
    void markSignedOut();

    //! How many changes of `account` wait in its local store for the server (0 when it has no store here).
    //! Signing out, signing in as someone else or on another server keeps them; they are sent when that
    //! account is signed in again on that server.
    [[nodiscard]] kj::Result<int> unsentChanges(const Account &account) const;

    //! The device name sent with a sign-in ("kongjian on <host>").
    [[nodiscard]] static QString deviceName();

Q_SIGNALS:
    void signedIn(const kj::app::Account &account);
    void signedOut();
    void failed(const kj::Error &error);

private:
    void finishSignIn(const QUrl &server, kj::Result<kj::SessionGrant> grant, const Done &done);
    void report(const kj::Error &error, const Done &done);

    Profile &m_profile;
    QNetworkAccessManager &m_network;
};

} // namespace kj::app
