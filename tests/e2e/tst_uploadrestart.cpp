// The reference server is stopped and started again (same port, same data) in the middle of photo uploads
// sent in many small chunks: the sync goes offline, comes back, and each upload goes on from the server's
// offset. Afterwards every photo is on the server exactly once with the bytes of its file, the server opened
// one upload per file (none started over, none doubled), and nothing is left queued here.
#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/uploadrepository.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/restartableserver.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::app::UploadPusher;
using kj::app::UploadQueue;
using kj::store::ClientStore;

class TestUploadRestart : public QObject
{
    Q_OBJECT

    RestartableServer m_server;
    const QString m_url = m_server.url();
    QTemporaryDir m_files;
    QNetworkAccessManager m_network;

    //! Rows of the server's database for these bytes: [uploads, media].
    QList<int> serverRowsOf(const QByteArray &bytes)
    {
        QList<int> counts;
        {
            QSqlDatabase db = m_server.openInspection(u"server-peek"_s);
            if (db.isOpen()) {
                for (const QString &table : {u"uploads"_s, u"media"_s}) {
                    QSqlQuery query(db);
                    query.prepare(u"SELECT COUNT(*) FROM %1 WHERE sha256 = ?"_s.arg(table));
                    query.addBindValue(MediaClient::sha256(bytes));
                    counts.append(query.exec() && query.next() ? query.value(0).toInt() : -1);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"server-peek"_s);
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        QVERIFY(m_server.start().ok());
    }

    void restartsInTheMiddleOfAnUpload()
    {
        JsonClient json(m_url);
        const QString token = json.signUp(u"alice"_s);
        QVERIFY(!token.isEmpty());
        const QString album = MediaClient(m_url).newAlbum(token, u"friends"_s, u"火车上"_s);
        QVERIFY(kj::isValidItemId(album));
        auto opened = ClientStore::open(m_files.filePath(u"alice.sqlite"_s), kj::User{u"alice"_s, u"alice"_s, {}});
        QVERIFY(opened.ok());
        ClientStore &store = **opened;
        ApiClient api(m_network);
        api.setServer(QUrl(m_url));
        api.setToken(token);

        // Three pictures queued offline, one of them large.
        QMap<QString, QByteArray> files; // photo id -> the file's bytes
        for (const QSize size : {QSize(1800, 1350), QSize(500, 400), QSize(900, 700)}) {
            const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(size.width(), size.height()), "png");
            const QString path = m_files.filePath(u"%1x%2.png"_s.arg(size.width()).arg(size.height()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
            file.close();
            kj::PhotoWrite write;
            write.albumId = album;
            write.caption = file.fileName().section(u'/', -1);
            write.visibility = kj::Visibility::Friends;
            const kj::Result<QString> id = UploadQueue(store).queuePhoto(path, write);
            QVERIFY(id.ok());
            files.insert(*id, bytes);
        }
        const QString large = std::max_element(files.keyBegin(), files.keyEnd(), [&](const QString &a, const QString &b) {
            return files.value(a).size() < files.value(b).size();
        }).base().key();
        const qint64 largeSize = files.value(large).size();
        QVERIFY(largeSize > 200 * 1024);

        SyncEngine sync(store, api);
        SyncEngine::Timing timing;
        timing.debounce = std::chrono::milliseconds(10);
        timing.initialRetry = std::chrono::milliseconds(40);
        timing.maxRetry = std::chrono::milliseconds(320);
        sync.setTiming(timing);
        const qint64 chunk = largeSize / 60; // many small chunks: the outages fall between and during them
        sync.uploads().setChunkSize(chunk);

        // The server goes away twice while the large file is on its way: at once after a chunk was
        // acknowledged (the next request meets a closed port), and a moment after one (a chunk may be on
        // its way or being written).
        struct Outage {
            qint64 whenSentOver;
            int delayMs;
        };
        const QList<Outage> outages = {{largeSize / 4, 0}, {largeSize * 2 / 3, 2}};
        int outage = 0;
        bool serverDown = false;
        bool resuming = false;
        int failedRuns = 0;
        QList<qint64> resumedAt; // where the large file went on after each outage
        qint64 lastSent = 0;
        connect(&sync.uploads(), &UploadPusher::fileProgress, this, [&](const QString &item, const QString &, qint64 sent, qint64) {
            if (item != large)
                return;
            if (resuming) {
                resuming = false;
                resumedAt.append(sent);
            }
            QVERIFY2(sent >= lastSent, "the server's offset went back"); // kept across restarts
            lastSent = sent;
            if (serverDown || outage >= outages.size() || sent <= outages.at(outage).whenSentOver)
                return;
            const int delay = outages.at(outage++).delayMs;
            serverDown = true;
            auto stop = [this] { m_server.stop(); };
            if (delay == 0)
                stop();
            else
                QTimer::singleShot(delay, this, stop);
        });
        connect(&sync, &SyncEngine::finished, this, [&](const kj::Status &status) {
            if (status || !serverDown)
                return;
            QCOMPARE(sync.state(), SyncEngine::State::Offline);
            // Back after two failed runs.
            if (++failedRuns % 2 == 0) {
                serverDown = false;
                resuming = true;
                QVERIFY(m_server.start().ok());
            }
        });

        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(outage == outages.size() && !serverDown && sync.state() == SyncEngine::State::Idle
                                     && sync.pendingCount() == 0,
                                 120000);
        sync.stop();

        // Each time it went on from where the server was, never from the start.
        QCOMPARE(failedRuns, 2 * outages.size());
        QCOMPARE(resumedAt.size(), outages.size());
        for (int i = 0; i < outages.size(); ++i)
            QVERIFY2(resumedAt.at(i) > outages.at(i).whenSentOver, qPrintable(u"resumed at %1"_s.arg(resumedAt.at(i))));

        // Nothing lost, nothing doubled.
        QCOMPARE(store.outbox().pendingCount(), 0);
        QCOMPARE(store.outbox().rejectedCount(), 0);
        QVERIFY(kj::store::UploadRepository(store).all().isEmpty());
        JsonClient reader(m_url);
        const TestReply photos = reader.get(u"/api/v1/albums/%1/photos?limit=100"_s.arg(album), token);
        QCOMPARE(photos.status, 200);
        const QJsonArray items = photos.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), files.size());
        MediaClient media(m_url);
        for (const QJsonValue &value : items) {
            const QJsonObject photo = value.toObject();
            const QString id = photo.value(u"id"_s).toString();
            QVERIFY2(files.contains(id), qPrintable(u"a photo nobody queued: "_s + id));
            const TestReply original = media.getMedia(token, photo.value(u"mediaId"_s).toString(), u"original"_s);
            QCOMPARE(original.status, 200);
            QCOMPARE(MediaClient::sha256(original.body), MediaClient::sha256(files.value(id)));
            // One upload opened for the file and one media made of it.
            QCOMPARE(serverRowsOf(files.value(id)), (QList<int>{1, 1}));
        }
    }
};

QTEST_GUILESS_MAIN(TestUploadRestart)
#include "tst_uploadrestart.moc"
