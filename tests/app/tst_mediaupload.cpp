// The client's media calls and MediaUpload against the real server in-process: chunked upload with
// progress, resume of an earlier upload (also after a server restart), a chunk lost in transit, a file
// the server has already, refusals that are not retried; albums and photos through ApiClient.
#include "app/media/mediaupload.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "tests/app/awaitresult.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::MediaUpload;

class TestMediaUpload : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_alice, m_bob;
    QTemporaryDir m_dir;
    int m_seed = 0;

    template<typename T>
    kj::Result<T> call(const std::function<void(ApiClient::Callback<T>)> &start)
    {
        std::optional<kj::Result<T>> result = awaitResult<T>(start);
        if (!result)
            return kj::fail(kj::ErrorCode::Timeout, u"no answer"_s);
        return *result;
    }

    std::unique_ptr<ApiClient> client(const QString &token)
    {
        auto api = std::make_unique<ApiClient>(m_network);
        api->setServer(QUrl(m_server.baseUrl()));
        api->setToken(token);
        return api;
    }

    //! A photo file no other test uses; its path.
    QString photoFile(int width = 900, int height = 700, const char *format = "png")
    {
        ++m_seed;
        const QString path = m_dir.filePath(u"photo%1.%2"_s.arg(m_seed).arg(QString::fromLatin1(format)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(MediaClient::encoded(MediaClient::testImage(width + m_seed, height), format));
        return path;
    }

    //! Runs an upload to its end; the media id or the error.
    static kj::Result<QString> run(MediaUpload &upload)
    {
        // kj::Result is no QVariant (it has no empty state), so no QSignalSpy here.
        std::optional<kj::Result<QString>> outcome;
        int signals = 0;
        QObject::connect(&upload, &MediaUpload::finished, &upload, [&](kj::Result<QString> result) {
            ++signals;
            outcome.emplace(std::move(result));
        });
        upload.start();
        if (outcome)
            return kj::fail(kj::ErrorCode::Internal, u"finished() came from inside start()"_s);
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60000))
            return kj::fail(kj::ErrorCode::Timeout, u"the upload never finished"_s);
        QTest::qWait(0);
        if (signals != 1)
            return kj::fail(kj::ErrorCode::Internal, u"finished() came %1 times"_s.arg(signals));
        return *outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        JsonClient json(m_server.baseUrl());
        m_alice = client(json.signUp(u"alice"_s));
        m_bob = client(json.signUp(u"bob"_s));
        QVERIFY(!m_alice->token().isEmpty() && !m_bob->token().isEmpty());
    }

    void uploadsInChunksWithProgress()
    {
        const QString path = photoFile(1500, 1000);
        MediaUpload upload(*m_alice, path, kj::MediaKind::Photo);
        upload.setChunkSize(64 * 1024);
        QSignalSpy progress(&upload, &MediaUpload::progress);
        const kj::Result<QString> media = run(upload);
        QVERIFY2(media.ok(), media.ok() ? "" : qPrintable(media.error().message));
        QVERIFY(kj::isValidItemId(*media));
        QVERIFY(progress.size() >= upload.size() / (64 * 1024));
        qint64 last = -1;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            QVERIFY(signal.at(0).toLongLong() > last); // only forward
            last = signal.at(0).toLongLong();
        }
        QCOMPARE(last, upload.size());

        // The same file again: the server has it, nothing is sent.
        MediaUpload again(*m_alice, path, kj::MediaKind::Photo);
        QCOMPARE(run(again).value(), *media);
        QVERIFY(again.uploadId().isEmpty());

        // Through an album and a photo, the bytes come back.
        const QString albumId = kj::newItemId();
        const auto album = call<kj::app::AlbumWriteResult>([&](auto done) {
            m_alice->putAlbum(albumId, kj::AlbumWrite{u"旅行"_s, {}, kj::Visibility::Friends, std::nullopt}, nullptr, done);
        });
        QVERIFY(album.ok());
        QVERIFY(album->created);
        kj::PhotoWrite write;
        write.mediaId = *media;
        write.albumId = albumId;
        write.caption = u"西湖"_s;
        write.visibility = kj::Visibility::Public;
        const QString photoId = kj::newItemId();
        const auto photo = call<kj::app::PhotoWriteResult>([&](auto done) { m_alice->putPhoto(photoId, write, nullptr, done); });
        QVERIFY(photo.ok());
        QCOMPARE(photo->photo.mediaId, *media);
        QCOMPARE(photo->photo.width, 1500 + m_seed);
        const auto photos = call<kj::app::AlbumPhotos>([&](auto done) { m_alice->albumPhotos(albumId, {}, 0, nullptr, done); });
        QVERIFY(photos.ok());
        QCOMPARE(photos->album.title, u"旅行"_s);
        QCOMPARE(photos->items.size(), 1);
        const auto albums = call<kj::app::AlbumPage>([&](auto done) { m_alice->userAlbums(u"alice"_s, {}, 0, nullptr, done); });
        QVERIFY(albums.ok());
        QCOMPARE(albums->items.first().photoCount, std::optional(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto original = call<kj::app::MediaBytes>([&](auto done) { m_alice->media(*media, kj::MediaSize::Original, nullptr, done); });
        QVERIFY(original.ok());
        QCOMPARE(original->bytes, file.readAll());
        QCOMPARE(original->contentType, QByteArray("image/png"));
        const auto thumb = call<kj::app::MediaBytes>([&](auto done) { m_alice->media(*media, kj::MediaSize::Thumb, nullptr, done); });
        QCOMPARE(QImage::fromData(thumb->bytes).width(), 256);
        // Bob is no friend: the friends-only album hides it.
        const auto hidden = call<kj::app::MediaBytes>([&](auto done) { m_bob->media(*media, kj::MediaSize::Thumb, nullptr, done); });
        QCOMPARE(hidden.error().code, kj::ErrorCode::NotFound);
    }

    void resumesAnEarlierUploadAfterARestart()
    {
        const QString path = photoFile(1200, 900);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // An earlier run got a third of it through, then the server went down.
        const auto started = call<kj::UploadStatus>([&](auto done) {
            m_alice->startUpload(kj::UploadStart{bytes.size(), MediaClient::sha256(bytes), kj::MediaKind::Photo, u"x.png"_s}, nullptr, done);
        });
        QVERIFY(started.ok());
        const qsizetype third = bytes.size() / 3;
        const auto first = call<kj::UploadStatus>([&](auto done) { m_alice->uploadChunk(started->uploadId, 0, bytes.left(third), nullptr, done); });
        QCOMPARE(first->offset, third);
        m_server.stop();
        QVERIFY(m_server.start().ok());
        m_alice->setServer(QUrl(m_server.baseUrl()));
        m_bob->setServer(QUrl(m_server.baseUrl()));

        const auto offset = call<qint64>([&](auto done) { m_alice->uploadOffset(started->uploadId, nullptr, done); });
        QCOMPARE(offset.value(), third);
        MediaUpload upload(*m_alice, path, kj::MediaKind::Photo);
        upload.setUploadId(started->uploadId);
        QSignalSpy progress(&upload, &MediaUpload::progress);
        const kj::Result<QString> media = run(upload);
        QVERIFY(media.ok());
        QCOMPARE(progress.first().at(0).toLongLong(), third); // went on from the server's offset
    }

    void aWrongOffsetIsAConflictWithTheServersOffset()
    {
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(333, 222), "jpeg");
        const auto started = call<kj::UploadStatus>([&](auto done) {
            m_alice->startUpload(kj::UploadStart{bytes.size(), MediaClient::sha256(bytes), kj::MediaKind::Photo, {}}, nullptr, done);
        });
        const auto wrong = call<kj::UploadStatus>([&](auto done) { m_alice->uploadChunk(started->uploadId, 10, bytes.mid(10), nullptr, done); });
        QCOMPARE(wrong.error().code, kj::ErrorCode::Conflict);
        QCOMPARE(wrong.error().details.value(u"offset"_s).toInteger(), 0);
        // Bob cannot even see it.
        const auto bobs = call<qint64>([&](auto done) { m_bob->uploadOffset(started->uploadId, nullptr, done); });
        QCOMPARE(bobs.error().code, kj::ErrorCode::NotFound);
    }

    void refusalsAreNotRetried()
    {
        const QString path = m_dir.filePath(u"notes.jpg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, not a picture\n");
        file.close();
        MediaUpload upload(*m_alice, path, kj::MediaKind::Photo);
        QSignalSpy progress(&upload, &MediaUpload::progress);
        const kj::Result<QString> media = run(upload);
        QCOMPARE(media.error().code, kj::ErrorCode::UnsupportedMediaType);

        MediaUpload missing(*m_alice, m_dir.filePath(u"nothing-here.jpg"_s), kj::MediaKind::Photo);
        QCOMPARE(run(missing).error().code, kj::ErrorCode::Storage);
    }

    void anUnreachableServerFailsAfterItsRetries()
    {
        ApiClient offline(m_network);
        offline.setServer(QUrl(u"http://127.0.0.1:1"_s));
        offline.setToken(m_alice->token());
        MediaUpload upload(offline, photoFile(), kj::MediaKind::Photo);
        QCOMPARE(run(upload).error().code, kj::ErrorCode::NetworkError);
    }
};

QTEST_GUILESS_MAIN(TestMediaUpload)
#include "tst_mediaupload.moc"
