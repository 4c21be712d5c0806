#pragma once

#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QBuffer>
#include <memory>

// A signed-in account over a real local store and the real server in this process, and pictures on disk, for
// the tests of the albums page and the photo viewer.
class PhotosTestBase : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<RestartableServer> m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_token;
    QString m_friendToken;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<kj::app::Profile> m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<kj::app::ClientSession> m_session;

    static inline const QString kMe = QStringLiteral("xiaoming");
    static inline const QString kFriend = QStringLiteral("xiaohong");

    bool startServerAndSession()
    {
        m_server = std::make_unique<RestartableServer>();
        if (!m_server->start().ok())
            return false;
        m_client = std::make_unique<JsonClient>(m_server->url());
        m_token = m_client->signUp(kMe);
        m_friendToken = m_client->signUp(kFriend);
        if (m_token.isEmpty() || m_friendToken.isEmpty() || !m_client->befriend(m_token, kFriend, m_friendToken))
            return false;
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<kj::app::Profile>(m_dir->filePath(QStringLiteral("profile")));
        m_network = std::make_unique<QNetworkAccessManager>();
        return openSession();
    }

    bool openSession()
    {
        kj::app::Account account;
        account.server = QUrl(m_server->url());
        account.user = kj::User{kMe, kMe, {}};
        account.token = m_token;
        auto session = kj::app::ClientSession::open(*m_profile, account, *m_network);
        if (!session.ok())
            return false;
        m_session = std::move(*session);
        kj::app::SyncEngine::Timing timing;
        timing.debounce = std::chrono::milliseconds(10);
        timing.initialRetry = std::chrono::milliseconds(50);
        timing.maxRetry = std::chrono::milliseconds(200);
        m_session->sync().setTiming(timing);
        return true;
    }

    void closeSession()
    {
        m_session.reset();
    }

    void stopAll()
    {
        m_session.reset();
        m_network.reset();
        m_profile.reset();
        m_dir.reset();
        m_client.reset();
        m_server.reset();
    }

    //! Runs one sync that starts after every change made so far, to its end; whether it succeeded.
    bool syncOnce()
    {
        QSignalSpy finished(&m_session->sync(), &kj::app::SyncEngine::finished);
        // A run going on now may have begun before the latest change: let it (and a rerun it queued) end first.
        for (QCoreApplication::processEvents(); m_session->sync().isSyncing(); QCoreApplication::processEvents()) {
            if (!finished.wait(30000))
                return false;
        }
        finished.clear();
        m_session->sync().syncNow();
        if (!finished.wait(30000))
            return false;
        return finished.last().at(0).value<kj::Status>().ok();
    }

    //! A picture of `size` with noise (so it does not compress away) saved as `path` in `format`.
    static bool writePicture(const QString &path, const QSize &size, const char *format, QRgb tint = 0xff4080c0)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QImage image(size, QImage::Format_RGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < size.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < size.width(); ++x)
                line[x] = (tint & 0xffffff00) | (random.generate() & 0xff) | 0xff000000;
        }
        return image.save(path, format);
    }

    static bool writeText(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    //! The photos of an album as the server lists them to me.
    QJsonArray serverPhotos(const QString &albumId)
    {
        const TestReply reply = m_client->get(QStringLiteral("/api/v1/albums/%1/photos?limit=100").arg(albumId), m_token);
        return reply.json.value(QStringLiteral("items")).toArray();
    }

    //! Makes an album on the server (as if from another device) and pulls it here.
    QString makeServerAlbum(const QString &title, const QString &token, const QString &visibility = QStringLiteral("friends"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const TestReply reply = m_client->put(QStringLiteral("/api/v1/albums/") + id,
                                              {{QStringLiteral("title"), title},
                                               {QStringLiteral("description"), QString()},
                                               {QStringLiteral("visibility"), visibility},
                                               {QStringLiteral("baseRevision"), QJsonValue::Null}},
                                              token);
        return reply.status == 201 ? id : QString();
    }
};
