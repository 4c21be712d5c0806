#include "tests/ui/social/socialfixture.h"

#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"
#include "ui/mainwindow.h"
#include "ui/social/socialarea.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

SocialFixture::SocialFixture() = default;

SocialFixture::~SocialFixture()
{
    m_window.reset();
    m_session.reset();
    m_network.reset();
    m_settings.reset();
}

bool SocialFixture::start()
{
    m_server = std::make_unique<RestartableServer>();
    if (!m_server->start().ok())
        return false;
    m_client = std::make_unique<JsonClient>(m_server->url());
    m_myToken = m_client->signUp(kMe);
    m_friendToken = m_client->signUp(kFriend);
    if (m_myToken.isEmpty() || m_friendToken.isEmpty() || !m_client->befriend(m_myToken, kFriend, m_friendToken))
        return false;

    m_profileDir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<kj::app::Profile>(m_profileDir->path());
    m_network = std::make_unique<QNetworkAccessManager>();
    kj::app::Account account;
    account.server = QUrl(m_server->url());
    account.user = kj::User{kMe, kMe, {}};
    account.token = m_myToken;
    auto session = kj::app::ClientSession::open(*m_profile, account, *m_network);
    if (!session.ok())
        return false;
    m_session = std::move(*session);
    m_settings = std::make_unique<QSettings>(m_profileDir->filePath(QStringLiteral("gui.ini")), QSettings::IniFormat);
    return true;
}

bool SocialFixture::openWindow()
{
    m_window = std::make_unique<kj::ui::MainWindow>(*m_session, *m_settings);
    m_window->show();
    return QTest::qWaitForWindowActive(m_window.get());
}

kj::ui::SocialArea *SocialFixture::social() const
{
    return m_window ? m_window->findChild<kj::ui::SocialArea *>(QStringLiteral("socialArea")) : nullptr;
}

void SocialFixture::offline()
{
    m_server->stop();
}

bool SocialFixture::online()
{
    return m_server->start().ok();
}

bool SocialFixture::syncOnce()
{
    QSignalSpy finished(&m_session->sync(), &kj::app::SyncEngine::finished);
    m_session->sync().syncNow();
    if (!finished.wait(20000))
        return false;
    return finished.constLast().constFirst().value<kj::Status>().ok();
}
