#include "tests/support/sessionfixture.h"

#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

//! One client of the test: its folder, profile, session and window settings.
struct SessionFixture::Client {
    QString username;
    QString displayName;
    QTemporaryDir dir;
    std::unique_ptr<kj::app::Profile> profile;
    std::unique_ptr<kj::app::ClientSession> session;
    std::unique_ptr<QSettings> settings;
};

SessionFixture::SessionFixture(bool seedDemo)
    : m_server(std::make_unique<RestartableServer>(seedDemo))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

SessionFixture::~SessionFixture()
{
    // Sessions first: they use the network manager and talk to the server.
    for (auto &[username, client] : m_clients)
        client->session.reset();
    m_clients.clear();
    m_network.reset();
    m_client.reset();
    m_server.reset();
}

bool SessionFixture::start(const QString &myDisplayName)
{
    if (!startServer())
        return false;
    if (signUp(kMe).isEmpty() || signUp(kFriend).isEmpty() || !befriend(kMe, kFriend))
        return false;
    return openSession(kMe, myDisplayName) != nullptr;
}

bool SessionFixture::startServer()
{
    const kj::Status started = m_server->start();
    if (!started) {
        qWarning() << "the server did not start:" << started.error().message;
        return false;
    }
    if (!m_client)
        m_client = std::make_unique<JsonClient>(m_server->url());
    return true;
}

void SessionFixture::offline()
{
    m_server->stop();
}

QString SessionFixture::url() const
{
    return m_server->url();
}

QString SessionFixture::signUp(const QString &username)
{
    const QString token = m_client ? m_client->signUp(username) : QString();
    if (token.isEmpty())
        qWarning() << "could not sign up" << username;
    m_tokens[username] = token;
    return token;
}

QString SessionFixture::signIn(const QString &username, const QString &password)
{
    const QString token = m_client ? m_client->signIn(username, password) : QString();
    if (token.isEmpty())
        qWarning() << "could not sign in" << username;
    m_tokens[username] = token;
    return token;
}

bool SessionFixture::befriend(const QString &username, const QString &other)
{
    const bool done = m_client && m_client->befriend(token(username), other, token(other));
    if (!done)
        qWarning() << "could not make" << username << "and" << other << "friends";
    return done;
}

QString SessionFixture::token(const QString &username) const
{
    const auto found = m_tokens.find(username);
    return found == m_tokens.end() ? QString() : found->second;
}

kj::app::ClientSession *SessionFixture::openSession(const QString &username, const QString &displayName)
{
    auto client = std::make_unique<Client>();
    if (!client->dir.isValid()) {
        qWarning() << "cannot create a temporary directory";
        return nullptr;
    }
    client->username = username;
    client->displayName = displayName.isEmpty() ? username : displayName;
    client->profile = std::make_unique<kj::app::Profile>(client->dir.filePath(QStringLiteral("profile")));
    client->settings = std::make_unique<QSettings>(client->dir.filePath(QStringLiteral("gui.ini")), QSettings::IniFormat);
    m_clients[username] = std::move(client);
    return reopenSession(username);
}

void SessionFixture::closeSession(const QString &username)
{
    if (Client *c = find(username))
        c->session.reset();
}

kj::app::ClientSession *SessionFixture::reopenSession(const QString &username)
{
    Client *c = find(username);
    if (!c) {
        qWarning() << "no client of" << username << "to open";
        return nullptr;
    }
    c->session.reset();
    kj::app::Account account;
    account.server = QUrl(url());
    account.user = kj::User{username, c->displayName, {}};
    account.token = token(username);
    auto opened = kj::app::ClientSession::open(*c->profile, account, *m_network);
    if (!opened) {
        qWarning() << "could not open the session of" << username << ':' << opened.error().message;
        return nullptr;
    }
    c->session = std::move(*opened);
    return c->session.get();
}

void SessionFixture::useQuickRetries(const QString &username)
{
    kj::app::SyncEngine::Timing timing;
    timing.debounce = std::chrono::milliseconds(10);
    timing.initialRetry = std::chrono::milliseconds(50);
    timing.maxRetry = std::chrono::milliseconds(200);
    session(username).sync().setTiming(timing);
}

SessionFixture::Client *SessionFixture::find(const QString &username) const
{
    const auto found = m_clients.find(username);
    return found == m_clients.end() ? nullptr : found->second.get();
}

bool SessionFixture::hasSession(const QString &username) const
{
    const Client *c = find(username);
    return c && c->session;
}

kj::app::ClientSession &SessionFixture::session(const QString &username) const
{
    Q_ASSERT_X(hasSession(username), "SessionFixture::session", "no open session of that user");
    return *find(username)->session;
}

kj::app::Profile &SessionFixture::profile(const QString &username) const
{
    Q_ASSERT_X(find(username), "SessionFixture::profile", "no client of that user");
    return *find(username)->profile;
}

QSettings &SessionFixture::settings(const QString &username) const
{
    Q_ASSERT_X(find(username), "SessionFixture::settings", "no client of that user");
    return *find(username)->settings;
}

QString SessionFixture::dir(const QString &username) const
{
    const Client *c = find(username);
    return c ? c->dir.path() : QString();
}

kj::Status SessionFixture::syncOnce(const QString &username, int timeoutMs)
{
    kj::app::SyncEngine &sync = session(username).sync();
    QSignalSpy finished(&sync, &kj::app::SyncEngine::finished);
    // A run going on now may have begun before the latest change: let it (and a rerun it queued) end first.
    for (QCoreApplication::processEvents(); sync.isSyncing(); QCoreApplication::processEvents()) {
        if (!finished.wait(timeoutMs))
            return kj::fail(kj::ErrorCode::Timeout, QStringLiteral("the sync going on did not finish"));
    }
    finished.clear();
    sync.syncNow();
    if (!finished.wait(timeoutMs))
        return kj::fail(kj::ErrorCode::Timeout, QStringLiteral("the sync did not finish"));
    const kj::Status status = finished.constLast().constFirst().value<kj::Status>();
    if (!status)
        qWarning() << "the sync of" << username << "failed:" << status.error().message;
    return status;
}
