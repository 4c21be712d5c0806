#pragma once

#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "tests/support/jsonclient.h"
#include "tests/support/sessionfixture.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonArray>
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
    std::unique_ptr<SessionFixture> m_world;

    static inline const QString kMe = SessionFixture::kMe;
    static inline const QString kFriend = SessionFixture::kFriend;

    //! The server, kMe signed in here (quick sync retries: the tests go offline and back), friends with kFriend.
    bool startServerAndSession()
    {
        m_world = std::make_unique<SessionFixture>();
        if (!m_world->start())
            return false;
        m_world->useQuickRetries();
        return true;
    }

    //! The client starts again over the same profile.
    bool openSession()
    {
        if (!m_world->reopenSession())
            return false;
        m_world->useQuickRetries();
        return true;
    }

    void closeSession() { m_world->closeSession(); }
    void stopAll() { m_world.reset(); }
    kj::app::ClientSession &session() const { return m_world->session(); }
    JsonClient &client() const { return m_world->client(); }
    QString myToken() const { return m_world->token(kMe); }
    QString friendToken() const { return m_world->token(kFriend); }
    //! My client's temporary folder, for the pictures of a test.
    QString filePath(const QString &name) const { return QDir(m_world->dir()).filePath(name); }

    //! Runs one sync that starts after every change made so far, to its end; whether it succeeded.
    bool syncOnce() { return m_world->syncOnce().ok(); }

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
        const TestReply reply = client().get(QStringLiteral("/api/v1/albums/%1/photos?limit=100").arg(albumId), myToken());
        return reply.json.value(QStringLiteral("items")).toArray();
    }

    //! Makes an album on the server (as if from another device) and pulls it here.
    QString makeServerAlbum(const QString &title, const QString &token, const QString &visibility = QStringLiteral("friends"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const TestReply reply = client().put(QStringLiteral("/api/v1/albums/") + id,
                                              {{QStringLiteral("title"), title},
                                               {QStringLiteral("description"), QString()},
                                               {QStringLiteral("visibility"), visibility},
                                               {QStringLiteral("baseRevision"), QJsonValue::Null}},
                                              token);
        return reply.status == 201 ? id : QString();
    }
};
