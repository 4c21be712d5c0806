#pragma once

#include "models/domain/result.h"

#include <QString>
#include <map>
#include <memory>

class JsonClient;
class QNetworkAccessManager;
class QSettings;
class QTemporaryDir;
class RestartableServer;

namespace kj::app {
class ClientSession;
class Profile;
} // namespace kj::app

//! The world of a client test: the real server in this process (on a loopback port the system handed out, its
//! data in a temporary directory; it can go away and come back at the same address), accounts made through the
//! wire, and ClientSessions signed in to them, each over a real store in a temporary folder of its own with the
//! window's QSettings file beside it. What every test of the window would otherwise set up by itself.
//!
//!     SessionFixture world;
//!     QVERIFY(world.start(u"小明"_s));      // xiaoming signed in here, friends with xiaohong
//!     FeedPage page(model, world.session());
//!     QVERIFY(world.syncOnce());
class SessionFixture
{
public:
    static inline const QString kMe = QStringLiteral("xiaoming");
    static inline const QString kFriend = QStringLiteral("xiaohong");

    //! `seedDemo`: the server starts with the demo data (see kongjian-server --seed-demo).
    explicit SessionFixture(bool seedDemo = false);
    ~SessionFixture();
    SessionFixture(const SessionFixture &) = delete;
    SessionFixture &operator=(const SessionFixture &) = delete;

    //! The usual world: the server up, kMe and kFriend signed up and friends, and kMe's session open (shown
    //! as `myDisplayName`, else the username). False (with a warning saying what failed) on the first failure.
    [[nodiscard]] bool start(const QString &myDisplayName = {});

    //! Starts the server; after offline(), the same data at the same address.
    [[nodiscard]] bool startServer();
    //! The server goes away at once (the sessions stay, and find it gone).
    void offline();
    [[nodiscard]] bool online() { return startServer(); }
    [[nodiscard]] RestartableServer &server() const { return *m_server; }
    //! "http://127.0.0.1:<port>", the same while the server is away.
    [[nodiscard]] QString url() const;
    //! HTTP straight to the server, for what other people (or other devices) do.
    [[nodiscard]] JsonClient &client() const { return *m_client; }

    //! A new account (password JsonClient::passwordFor(username)); its token, empty on failure.
    QString signUp(const QString &username);
    //! An account the server already has (the demo data); its token, empty on failure.
    QString signIn(const QString &username, const QString &password);
    //! Makes two accounts of signUp()/signIn() friends; false on failure.
    [[nodiscard]] bool befriend(const QString &username, const QString &other);
    //! The token of an account of signUp()/signIn().
    [[nodiscard]] QString token(const QString &username = kMe) const;

    //! Signs `username` (of signUp()/signIn()) in here: a session over a new profile in a temporary folder,
    //! shown as `displayName` (else the username). Null (with a warning) on failure.
    kj::app::ClientSession *openSession(const QString &username = kMe, const QString &displayName = {});
    //! The client quits: the session closes, its profile and settings stay for reopenSession().
    void closeSession(const QString &username = kMe);
    //! The client starts again over the profile closeSession() kept. Null (with a warning) on failure.
    kj::app::ClientSession *reopenSession(const QString &username = kMe);
    //! Shorter sync timings, for tests that go offline and back: 10 ms debounce, retries from 50 ms to 200 ms.
    void useQuickRetries(const QString &username = kMe);

    [[nodiscard]] bool hasSession(const QString &username = kMe) const;
    [[nodiscard]] kj::app::ClientSession &session(const QString &username = kMe) const;
    [[nodiscard]] kj::app::Profile &profile(const QString &username = kMe) const;
    //! The window's settings ("gui.ini" beside the profile).
    [[nodiscard]] QSettings &settings(const QString &username = kMe) const;
    //! The temporary folder of `username`'s client (its profile is "profile" in it): a place for test files.
    [[nodiscard]] QString dir(const QString &username = kMe) const;

    //! One sync run of `username`'s session that starts after every change made so far (a run going on is let
    //! end first), to its end; its outcome (a failure also as a warning), a timeout when it did not end.
    [[nodiscard]] kj::Status syncOnce(const QString &username = kMe, int timeoutMs = 30000);

private:
    struct Client;
    [[nodiscard]] Client *find(const QString &username) const;

    std::unique_ptr<RestartableServer> m_server;
    std::unique_ptr<JsonClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::map<QString, QString> m_tokens;
    std::map<QString, std::unique_ptr<Client>> m_clients;
};
