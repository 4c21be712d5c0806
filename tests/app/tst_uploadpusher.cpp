// UploadPusher through the sync engine against the real server in-process: a photo queued offline goes up
// in chunks with progress and becomes one photo; a client destroyed in the middle of an upload is followed
// by a new engine that goes on from the server's offset (no byte sent twice from 0, one upload on the
// server); bytes the server has already are not sent again (no PATCH); an upload the server forgot starts
// over; a file changed or removed before it was sent, and bytes the server refuses, are rejected changes.
#include "app/media/mediaupload.h"
#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/uploadrepository.h"
#include "tests/app/awaitresult.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::app::UploadPusher;
using kj::app::UploadQueue;
using kj::store::ClientStore;
using kj::store::UploadRepository;

namespace {
// The requests the server answered, from its access log (logfmt: "request_id=… method=PATCH route=… path=… status=200 …").
// The server logs from its own threads.
QMutex g_logMutex;
QStringList g_requests;
QtMessageHandler g_previousHandler = nullptr;

void captureAccessLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "kj.server.access") == 0) {
        QMutexLocker lock(&g_logMutex);
        QHash<QString, QString> fields; // the values read here (method, path of an upload, status) are never quoted
        for (const QString &field : message.split(u' ')) {
            if (const qsizetype equals = field.indexOf(u'='); equals > 0)
                fields.insert(field.left(equals), field.mid(equals + 1));
        }
        g_requests.append(fields.value(u"method"_s) + u' ' + fields.value(u"path"_s) + u' '
                          + fields.value(u"status"_s)); // "PATCH /api/v1/uploads/<id> 200"
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int requestsMatching(const QString &pattern)
{
    const QRegularExpression expression(u"^"_s + pattern + u"$"_s);
    QMutexLocker lock(&g_logMutex);
    return int(std::count_if(g_requests.cbegin(), g_requests.cend(), [&](const QString &line) { return expression.match(line).hasMatch(); }));
}

void forgetRequests()
{
    QMutexLocker lock(&g_logMutex);
    g_requests.clear();
}
} // namespace

class TestUploadPusher : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ClientStore> m_store;
    QString m_token;
    QString m_album;
    int m_seed = 0;

    //! A picture no other test uses; its path.
    QString photoFile(int width = 700, int height = 500)
    {
        ++m_seed;
        const QString path = m_dir.filePath(u"photo%1.png"_s.arg(m_seed));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(MediaClient::encoded(MediaClient::testImage(width + m_seed, height), "png"));
        return path;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<SyncEngine> engine(qint64 chunkSize = kj::app::MediaUpload::kMaxChunkBytes)
    {
        auto sync = std::make_unique<SyncEngine>(*m_store, *m_api);
        sync->uploads().setChunkSize(chunkSize);
        return sync;
    }

    //! One run of `sync`; its outcome.
    static kj::Status runOnce(SyncEngine &sync)
    {
        std::optional<kj::Status> outcome;
        auto connection = connect(&sync, &SyncEngine::finished, &sync, [&](const kj::Status &status) { outcome = status; });
        sync.syncNow();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60000))
            outcome = kj::fail(kj::ErrorCode::Timeout, u"the sync never finished"_s);
        disconnect(connection);
        return *outcome;
    }

    kj::Result<QString> queuePhoto(const QString &path, const QString &caption = {})
    {
        kj::PhotoWrite write;
        write.albumId = m_album;
        write.caption = caption;
        write.visibility = kj::Visibility::Friends;
        return UploadQueue(*m_store).queuePhoto(path, write);
    }

    //! The album's photos on the server: id -> media id.
    QMap<QString, QString> serverPhotos()
    {
        QMap<QString, QString> photos;
        const auto page = awaitResult<kj::app::AlbumPhotos>([&](auto done) { m_api->albumPhotos(m_album, {}, 100, nullptr, done); });
        if (!page || !*page)
            return {{u"ERROR"_s, {}}};
        for (const kj::Photo &photo : (*page)->items)
            photos.insert(photos.contains(photo.id) ? u"DOUBLE "_s + photo.id : photo.id, photo.mediaId);
        return photos;
    }

    QByteArray original(const QString &mediaId)
    {
        const auto bytes = awaitResult<kj::app::MediaBytes>(
            [&](auto done) { m_api->media(mediaId, kj::MediaSize::Original, nullptr, done); });
        return bytes && *bytes ? (*bytes)->bytes : QByteArray();
    }

    //! Open and finished uploads on the server for these bytes.
    int serverUploadsOf(const QByteArray &bytes)
    {
        QSqlDatabase db = m_server.openInspection(u"server-peek"_s);
        int count = -1;
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT COUNT(*) FROM uploads WHERE sha256 = ?"_s);
            query.addBindValue(MediaClient::sha256(bytes));
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"server-peek"_s);
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        QVERIFY(m_server.start().ok());
        QLoggingCategory::setFilterRules(u"kj.server.access.info=true"_s);
        g_previousHandler = qInstallMessageHandler(captureAccessLog);
        JsonClient json(m_server.baseUrl());
        m_token = json.signUp(u"alice"_s);
        QVERIFY(!m_token.isEmpty());
        m_api = std::make_unique<ApiClient>(m_network);
        m_api->setServer(QUrl(m_server.baseUrl()));
        m_api->setToken(m_token);
        m_album = MediaClient(m_server.baseUrl()).newAlbum(m_token, u"friends"_s, u"旅行"_s);
        QVERIFY(kj::isValidItemId(m_album));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        auto store = ClientStore::open(m_dir.filePath(u"alice-%1.sqlite"_s.arg(++m_seed)), kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
        forgetRequests();
    }

    void cleanup() { m_store.reset(); }

    void aQueuedPhotoGoesUpWithProgress()
    {
        const QString path = photoFile(1200, 900);
        const QByteArray bytes = contents(path);
        const auto id = queuePhoto(path, u"西湖"_s);
        QVERIFY(id.ok());
        // Queued offline: the row with its hash, and the outbox entry.
        const auto queued = UploadRepository(*m_store).find(*id);
        QVERIFY(queued);
        QCOMPARE(queued->size, bytes.size());
        QCOMPARE(queued->sha256, MediaClient::sha256(bytes));
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().head()->kind, UploadQueue::kPhotoKind);

        const qint64 chunk = bytes.size() / 6 + 1;
        auto sync = engine(chunk);
        QList<std::pair<qint64, qint64>> fileProgress, overall;
        QStringList progressItems, uploaded;
        QObject listener;
        connect(&sync->uploads(), &UploadPusher::fileProgress, &listener, [&](const QString &item, const QString &, qint64 sent, qint64 total) {
            progressItems.append(item);
            fileProgress.append({sent, total});
        });
        connect(&sync->uploads(), &UploadPusher::overallProgress, &listener, [&](qint64 sent, qint64 total) { overall.append({sent, total}); });
        QJsonObject made;
        connect(&sync->uploads(), &UploadPusher::uploaded, &listener, [&](const QString &kind, const QString &item, const QJsonObject &json) {
            uploaded.append(kind + u' ' + item);
            made = json;
        });
        const kj::Status synced = runOnce(*sync);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));

        QCOMPARE(uploaded, QStringList{UploadQueue::kPhotoKind + u' ' + *id});
        QCOMPARE(made.value(u"caption"_s).toString(), u"西湖"_s);
        QCOMPARE(progressItems, QStringList(fileProgress.size(), *id));
        QVERIFY(fileProgress.size() >= 6);
        for (qsizetype i = 1; i < fileProgress.size(); ++i)
            QVERIFY(fileProgress.at(i).first > fileProgress.at(i - 1).first); // only forward
        QCOMPARE(fileProgress.last(), std::pair(qint64(bytes.size()), qint64(bytes.size())));
        QCOMPARE(overall.last(), std::pair(qint64(bytes.size()), qint64(bytes.size())));
        QCOMPARE(requestsMatching(u"PATCH /api/v1/uploads/\\S+ 200"_s), 6);

        // Settled: nothing left here, the photo there once with my bytes.
        QCOMPARE(m_store->outbox().pendingCount(), 0);
        QVERIFY(UploadRepository(*m_store).all().isEmpty());
        const QMap<QString, QString> photos = serverPhotos();
        QVERIFY(photos.contains(*id));
        QCOMPARE(original(photos.value(*id)), bytes);

        // Bytes the server has already (the same file, as a second photo): no PATCH at all.
        forgetRequests();
        const auto again = queuePhoto(path, u"再一次"_s);
        QVERIFY(again.ok());
        QVERIFY(runOnce(*sync).ok());
        QCOMPARE(requestsMatching(u"POST /api/v1/uploads 200"_s), 1);
        QCOMPARE(requestsMatching(u"PATCH .*"_s), 0);
        QCOMPARE(serverPhotos().value(*again), photos.value(*id));
        QCOMPARE(serverUploadsOf(bytes), 1);
    }

    void aDestroyedClientResumesFromTheServersOffset()
    {
        const QString path = photoFile(1600, 1200);
        const QByteArray bytes = contents(path);
        const auto id = queuePhoto(path);
        QVERIFY(id.ok());
        const qint64 chunk = bytes.size() / 20 + 1;
        const int chunks = int((bytes.size() + chunk - 1) / chunk);

        // The client goes away (killed, say) once a third is on the server.
        auto first = engine(chunk);
        qint64 sentBefore = 0;
        connect(&first->uploads(), &UploadPusher::fileProgress, this, [&](const QString &, const QString &, qint64 sent, qint64) {
            if (sentBefore == 0 && sent > bytes.size() / 3)
                sentBefore = sent;
        });
        first->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(sentBefore > 0, 60000);
        first.reset();
        QTest::qWait(50); // a chunk on its way when it went may still arrive at the server

        const auto stored = UploadRepository(*m_store).find(*id);
        QVERIFY(stored);
        QVERIFY(kj::isValidItemId(stored->uploadId));
        QVERIFY(stored->sent >= sentBefore);
        QVERIFY(stored->sent < bytes.size());
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        const int patchesBefore = requestsMatching(u"PATCH /api/v1/uploads/\\S+ 200"_s);

        // A new engine (the next start of the program) goes on where the server is.
        auto second = engine(chunk);
        qint64 resumedAt = -1;
        connect(&second->uploads(), &UploadPusher::fileProgress, this, [&](const QString &, const QString &, qint64 sent, qint64) {
            if (resumedAt < 0)
                resumedAt = sent;
        });
        const kj::Status synced = runOnce(*second);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
        QVERIFY2(resumedAt >= stored->sent, qPrintable(u"resumed at %1, had %2"_s.arg(resumedAt).arg(stored->sent)));
        // Asked the server where it stands (again after a 409, when a chunk of the first engine was still
        // arriving), and never opened a second upload.
        QVERIFY(requestsMatching(u"HEAD /api/v1/uploads/\\S+ 200"_s) >= 1);
        QCOMPARE(requestsMatching(u"POST /api/v1/uploads 201"_s), 1); // only the first engine's
        // Every chunk once; a chunk cut off in transit counts for what arrived, so one more at most.
        const int patches = requestsMatching(u"PATCH /api/v1/uploads/\\S+ 200"_s);
        QVERIFY2(patches <= chunks + 1, qPrintable(u"%1 PATCHes for %2 chunks"_s.arg(patches).arg(chunks)));
        QVERIFY(patches - patchesBefore < chunks);

        const QMap<QString, QString> photos = serverPhotos();
        QVERIFY(photos.contains(*id));
        QCOMPARE(original(photos.value(*id)), bytes);
        QCOMPARE(serverUploadsOf(bytes), 1);
        QCOMPARE(m_store->outbox().pendingCount(), 0);
        QVERIFY(UploadRepository(*m_store).all().isEmpty());
    }

    void anUploadTheServerForgotStartsOver()
    {
        const QString path = photoFile();
        const QByteArray bytes = contents(path);
        const auto id = queuePhoto(path);
        QVERIFY(id.ok());
        // An earlier run's upload the server no longer knows (swept after a day, or its data reset).
        QVERIFY(UploadRepository(*m_store).recordStarted(*id, kj::newItemId()).ok());
        QVERIFY(UploadRepository(*m_store).recordOffset(*id, 1000).ok());
        auto sync = engine(bytes.size() / 3 + 1);
        QVERIFY(runOnce(*sync).ok());
        QCOMPARE(requestsMatching(u"HEAD /api/v1/uploads/\\S+ 404"_s), 1);
        QCOMPARE(requestsMatching(u"POST /api/v1/uploads 201"_s), 1);
        QCOMPARE(original(serverPhotos().value(*id)), bytes);
    }

    void aChangedOrRemovedFileIsARejectedChange()
    {
        const QString changed = photoFile();
        const QString removed = photoFile();
        const QString text = m_dir.filePath(u"notes.png"_s);
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("just some text, not a picture\n");
        notes.close();
        const QString good = photoFile();
        const auto changedId = queuePhoto(changed);
        const auto removedId = queuePhoto(removed);
        const auto textId = queuePhoto(text);
        const auto goodId = queuePhoto(good);
        QVERIFY(changedId.ok() && removedId.ok() && textId.ok() && goodId.ok());
        QFile file(changed);
        QVERIFY(file.open(QIODevice::Append));
        file.write("more bytes");
        file.close();
        QVERIFY(QFile::remove(removed));

        auto sync = engine();
        QStringList rejected;
        connect(sync.get(), &SyncEngine::changeRejected, this, [&](const QString &kind, const QString &item, const kj::Error &) {
            QCOMPARE(kind, UploadQueue::kPhotoKind);
            rejected.append(item);
        });
        QVERIFY(runOnce(*sync).ok()); // the run goes on past them
        QCOMPARE(rejected, (QStringList{*changedId, *removedId, *textId}));
        const QList<kj::store::RejectedChange> kept = m_store->outbox().rejected();
        QCOMPARE(kept.size(), 3);
        QVERIFY2(kept.at(0).errorMessage.contains(u"changed"_s), qPrintable(kept.at(0).errorMessage));
        QVERIFY2(kept.at(1).errorMessage.contains(u"removed"_s), qPrintable(kept.at(1).errorMessage));
        QCOMPARE(kept.at(2).errorCode, u"unsupported_media_type"_s);
        QVERIFY2(kept.at(2).errorMessage.contains(u"notes.png"_s), qPrintable(kept.at(2).errorMessage));
        QCOMPARE(kept.at(0).payload.value(u"write"_s).toObject().value(u"albumId"_s).toString(), m_album);
        // The good one behind them went; nothing is left in flight.
        QVERIFY(serverPhotos().contains(*goodId));
        QCOMPARE(m_store->outbox().pendingCount(), 0);
        QVERIFY(UploadRepository(*m_store).all().isEmpty());
    }

    void aMissingAlbumIsARejectedChange()
    {
        kj::PhotoWrite write;
        write.albumId = kj::newItemId();
        write.visibility = kj::Visibility::Friends;
        const auto id = UploadQueue(*m_store).queuePhoto(photoFile(), write);
        QVERIFY(id.ok());
        auto sync = engine();
        QVERIFY(runOnce(*sync).ok());
        QCOMPARE(m_store->outbox().rejectedCount(), 1);
        QCOMPARE(m_store->outbox().rejected().first().errorCode, u"not_found"_s);
        QVERIFY(UploadRepository(*m_store).all().isEmpty());
    }

    void offlineKeepsItQueued()
    {
        const auto id = queuePhoto(photoFile());
        QVERIFY(id.ok());
        ApiClient away(m_network);
        away.setServer(QUrl(u"http://127.0.0.1:1"_s));
        away.setToken(m_token);
        SyncEngine sync(*m_store, away);
        const kj::Status synced = runOnce(sync);
        QCOMPARE(synced.error().code, kj::ErrorCode::NetworkError);
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().rejectedCount(), 0);
        QVERIFY(UploadRepository(*m_store).find(*id));
        auto back = engine();
        QVERIFY(runOnce(*back).ok());
        QVERIFY(serverPhotos().contains(*id));
    }
};

QTEST_GUILESS_MAIN(TestUploadPusher)
#include "tst_uploadpusher.moc"
