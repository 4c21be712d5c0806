// Resumable uploads through HTTP against the real server: offsets, resume after a cut connection and
// after a restart, conflicts, other users, content stored once, verification, limits and hostile files.
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include "models/domain/ids.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

qint64 procStatusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    return files;
}

} // namespace

class TestUploadsApi : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice;
    QString m_bob;
    QByteArray m_photo; // a 1200 x 900 JPEG

    //! A JPEG no other test uploads.
    QByteArray freshPhoto()
    {
        ++m_fresh;
        return MediaClient::encoded(MediaClient::testImage(600 + m_fresh, 400 + m_fresh), "jpeg");
    }
    int m_fresh = 0;

    QString startUpload(const QString &token, const QByteArray &bytes)
    {
        const TestReply started = m_media->start(token, bytes);
        return started.status == 201 ? started.json.value(u"uploadId").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_media = std::make_unique<MediaClient>(m_server.baseUrl());
        m_alice = m_media->json().signUp(u"alice"_s);
        m_bob = m_media->json().signUp(u"bob"_s);
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
        m_photo = MediaClient::encoded(MediaClient::testImage(1200, 900), "jpeg");
        QVERIFY(m_photo.size() > 10000);
    }

    // First, while the process's peak memory is still near where it stands: a 40 MiB upload in 8 MiB
    // chunks and the hostile headers must not raise it by anything like their size.
    void memoryStaysBounded()
    {
        const qint64 before = procStatusKiB("VmRSS");
        QVERIFY(before > 0);
        constexpr qsizetype kSize = 40 * 1024 * 1024;
        constexpr qsizetype kChunk = 8 * 1024 * 1024;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qsizetype at = 0; at < kSize; at += kChunk)
            hash.addData(randomBytes(kChunk, quint32(at / kChunk)));
        const TestReply started = m_media->startRaw(m_alice, kSize, QString::fromLatin1(hash.result().toHex()), u"junk.jpg"_s);
        QCOMPARE(started.status, 201);
        const QString upload = started.json.value(u"uploadId").toString();
        TestReply last;
        for (qsizetype at = 0; at < kSize; at += kChunk) {
            last = m_media->patch(m_alice, upload, at, randomBytes(kChunk, quint32(at / kChunk)));
            QVERIFY2(at + kChunk == kSize || last.status == 200, last.body.constData());
        }
        QCOMPARE(last.status, 415); // not an image: refused once whole
        for (const QByteArray &bomb : {MediaClient::pngBomb(100000, 100000), MediaClient::pngBomb(20000, 20000)}) {
            const QString id = startUpload(m_alice, bomb);
            QCOMPARE(m_media->patch(m_alice, id, 0, bomb).status, 413);
        }
        const qint64 peak = procStatusKiB("VmHWM");
        // The chunks the test itself holds (and Qt's copies of them) account for most of it.
        QVERIFY2(peak - before < 48 * 1024, qPrintable(u"peak grew by %1 KiB"_s.arg(peak - before)));
    }

    void startAnswersAnUploadAtOffsetZero()
    {
        const QByteArray photo = freshPhoto();
        const TestReply started = m_media->start(m_alice, photo);
        QCOMPARE(started.status, 201);
        QCOMPARE(started.json.value(u"offset"_s).toInteger(), 0);
        QCOMPARE(started.json.value(u"size"_s).toInteger(), photo.size());
        const QString id = started.json.value(u"uploadId"_s).toString();
        QCOMPARE(started.header("Location"), (u"/api/v1/uploads/"_s + id).toLatin1());
        const TestReply head = m_media->head(m_alice, id);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Upload-Offset"), QByteArray("0"));
        QCOMPARE(head.header("Upload-Length"), QByteArray::number(photo.size()));
        QVERIFY(head.body.isEmpty());
    }

    void chunksAdvanceAndTheLastCompletes()
    {
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(640, 480), "png");
        const QString id = startUpload(m_alice, bytes);
        QVERIFY(!id.isEmpty());
        const qsizetype third = bytes.size() / 3;
        TestReply reply = m_media->patch(m_alice, id, 0, bytes.left(third));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Upload-Offset"), QByteArray::number(third));
        QVERIFY(reply.json.value(u"mediaId"_s).isNull());
        reply = m_media->patch(m_alice, id, third, bytes.mid(third, third));
        QCOMPARE(reply.json.value(u"offset"_s).toInteger(), 2 * third);
        reply = m_media->patch(m_alice, id, 2 * third, bytes.mid(2 * third));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"offset"_s).toInteger(), bytes.size());
        QVERIFY(!reply.json.value(u"mediaId"_s).toString().isEmpty());
        // A completed upload takes no more chunks.
        QCOMPARE(m_media->patch(m_alice, id, bytes.size(), "x").status, 409);
    }

    void wrongOffsetIs409AndChangesNothing()
    {
        const QByteArray photo = freshPhoto();
        const QString id = startUpload(m_alice, photo);
        QCOMPARE(m_media->patch(m_alice, id, 0, photo.left(1000)).status, 200);
        for (qint64 offset : {qint64(0), qint64(7), qint64(1001)}) {
            const TestReply reply = m_media->patch(m_alice, id, offset, photo.mid(offset, 500));
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.json.value(u"offset"_s).toInteger(), 1000);
        }
        QCOMPARE(m_media->head(m_alice, id).header("Upload-Offset"), QByteArray("1000"));
        const TestReply rest = m_media->patch(m_alice, id, 1000, photo.mid(1000));
        QCOMPARE(rest.status, 200);
        QVERIFY(!rest.json.value(u"mediaId"_s).toString().isEmpty());
    }

    void resumesAfterACutConnection()
    {
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(900, 700), "jpeg", 95);
        const QString id = startUpload(m_alice, bytes);
        QCOMPARE(m_media->patch(m_alice, id, 0, bytes.left(2000)).status, 200);
        {
            // The next chunk is cut off half-way: none of it counts.
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_server.port());
            QVERIFY(socket.waitForConnected(10000));
            const QByteArray chunk = bytes.mid(2000);
            socket.write("PATCH /api/v1/uploads/" + id.toLatin1() + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                         + m_alice.toLatin1() + "\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 2000\r\n"
                         "Content-Length: " + QByteArray::number(chunk.size()) + "\r\n\r\n" + chunk.left(chunk.size() / 2));
            QVERIFY(socket.waitForBytesWritten(10000));
            socket.abort();
        }
        QTRY_COMPARE(m_media->head(m_alice, id).header("Upload-Offset"), QByteArray("2000"));
        // Once the server has noticed the cut, the upload goes on from where the store says.
        TestReply rest;
        const QDeadlineTimer deadline(10000);
        do {
            rest = m_media->patch(m_alice, id, 2000, bytes.mid(2000));
        } while (rest.status == 409 && !deadline.hasExpired() && (QTest::qWait(20), true));
        QCOMPARE(rest.status, 200);
        const QString media = rest.json.value(u"mediaId"_s).toString();
        QVERIFY(!media.isEmpty());
        const QString album = m_media->newAlbum(m_alice, u"private"_s);
        QVERIFY(m_media->newPhoto(m_alice, media, album, u"private"_s).status == 201);
        QCOMPARE(m_media->getMedia(m_alice, media, u"original"_s).body, bytes);
    }

    void resumesAfterAServerRestart()
    {
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(800, 600), "png");
        const QString id = startUpload(m_alice, bytes);
        const qsizetype half = bytes.size() / 2;
        QCOMPARE(m_media->patch(m_alice, id, 0, bytes.left(half)).status, 200);

        m_server.stop();
        QVERIFY(m_server.start().ok());
        m_media = std::make_unique<MediaClient>(m_server.baseUrl());

        QCOMPARE(m_media->head(m_alice, id).header("Upload-Offset"), QByteArray::number(half));
        const TestReply rest = m_media->patch(m_alice, id, half, bytes.mid(half));
        QCOMPARE(rest.status, 200);
        QVERIFY(!rest.json.value(u"mediaId"_s).toString().isEmpty());
    }

    void anotherUsersUploadIsNotFound()
    {
        const QByteArray photo = freshPhoto();
        const QString id = startUpload(m_alice, photo);
        QCOMPARE(m_media->patch(m_bob, id, 0, photo).status, 404);
        QCOMPARE(m_media->head(m_bob, id).status, 404);
        QCOMPARE(m_media->patch(QString(), id, 0, photo).status, 401);
        QCOMPARE(m_media->head(m_alice, id).header("Upload-Offset"), QByteArray("0"));
        const TestReply created = m_media->json().put(u"/api/v1/photos/"_s + kj::newItemId(),
                                                    {{u"uploadId"_s, id}, {u"albumId"_s, kj::newItemId()},
                                                     {u"visibility"_s, u"public"_s}}, m_bob);
        QCOMPARE(created.status, 404);
    }

    void chunkRulesAreCheckedBeforeTheBody()
    {
        const QByteArray photo = freshPhoto();
        const QString id = startUpload(m_alice, photo);
        QCOMPARE(m_media->patch(m_alice, id, 0, photo, "application/octet-stream").status, 415);
        QCOMPARE(m_media->patch(m_alice, id, 0, photo + "extra").status, 413);
        QCOMPARE(m_media->patch(m_alice, u"not-an-id"_s, 0, photo).status, 400);
        QCOMPARE(m_media->patch(m_alice, kj::newItemId(), 0, photo).status, 404);
        QCOMPARE(m_media->head(m_alice, id).header("Upload-Offset"), QByteArray("0"));
    }

    void sameBytesAreStoredOnce()
    {
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(500, 400), "jpeg", 80);
        const QString first = m_media->uploadWhole(m_alice, bytes);
        QVERIFY(!first.isEmpty());
        // The same user again: the server has them.
        const TestReply again = m_media->start(m_alice, bytes);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"mediaId"_s).toString(), first);
        // Someone else must send them (a hash proves nothing), and gets the same media, not a copy.
        const TestReply bobs = m_media->start(m_bob, bytes);
        QCOMPARE(bobs.status, 201);
        const TestReply done = m_media->patch(m_bob, bobs.json.value(u"uploadId"_s).toString(), 0, bytes);
        QCOMPARE(done.json.value(u"mediaId"_s).toString(), first);
        const QStringList originals = filesUnder(m_server.dataDir() + u"/media"_s).filter(first);
        QCOMPARE(originals.size(), 3); // original, large, thumb: once
    }

    void checksumMismatchDiscardsTheUpload()
    {
        const QByteArray photo = freshPhoto();
        const TestReply started = m_media->startRaw(m_alice, photo.size(), MediaClient::sha256("other bytes"), u"x.jpg"_s);
        const QString id = started.json.value(u"uploadId"_s).toString();
        const TestReply done = m_media->patch(m_alice, id, 0, photo);
        QCOMPARE(done.status, 400);
        QCOMPARE(m_media->head(m_alice, id).status, 404);
        QVERIFY(!QFile::exists(m_server.dataDir() + u"/media/uploads/"_s + id + u".part"_s));
    }

    void sizeLimits()
    {
        const QString sha = MediaClient::sha256("x");
        QCOMPARE(m_media->startRaw(m_alice, 50 * 1024 * 1024 + 1, sha, u"big.jpg"_s).status, 413);
        QCOMPARE(m_media->startRaw(m_alice, 50 * 1024 * 1024, sha, u"ok.jpg"_s).status, 201);
        QCOMPARE(m_media->startRaw(m_alice, 50 * 1024 * 1024 + 1, sha, u"t.mp3"_s, u"track"_s).status, 413); // tracks: tst_tracksapi
        QCOMPARE(m_media->startRaw(m_alice, 0, sha, u"t.jpg"_s).status, 400);
        // A chunk over 8 MiB is refused by the transport whatever the upload.
        const TestReply started = m_media->startRaw(m_alice, 9 * 1024 * 1024, sha, u"nine.jpg"_s);
        QCOMPARE(m_media->patch(m_alice, started.json.value(u"uploadId"_s).toString(), 0,
                                QByteArray(8 * 1024 * 1024 + 1, 'z')).status, 413);
    }

    void quotaIsEnforced()
    {
        TestServer small;
        small.setQuotaBytes(200 * 1024);
        QVERIFY(small.start().ok());
        MediaClient media(small.baseUrl());
        const QString carol = media.json().signUp(u"carol"_s);
        const QByteArray photo = MediaClient::encoded(MediaClient::testImage(400, 300), "jpeg");
        QVERIFY(photo.size() < 150 * 1024);
        QVERIFY(!media.uploadWhole(carol, photo).isEmpty());
        // What is stored and what is reserved by open uploads both count.
        QCOMPARE(media.startRaw(carol, 200 * 1024 - photo.size() + 1, MediaClient::sha256("y"), u"y.jpg"_s).status, 413);
        QCOMPARE(media.startRaw(carol, 200 * 1024 - photo.size(), MediaClient::sha256("y"), u"y.jpg"_s).status, 201);
        QCOMPARE(media.startRaw(carol, 1, MediaClient::sha256("z"), u"z.jpg"_s).status, 413);
        const QString dave = media.json().signUp(u"dave"_s);
        QCOMPARE(media.startRaw(dave, 1, MediaClient::sha256("z"), u"z.jpg"_s).status, 201);
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("PNG claiming 100000 x 100000") << MediaClient::pngBomb(100000, 100000) << 413;
        QTest::newRow("PNG of 10001 x 10000 (just over 100 MP)") << MediaClient::pngBomb(10001, 10000) << 413;
        QTest::newRow("truncated JPEG") << m_photo.left(5000) << 415;
        QTest::newRow("JPEG cut before its end") << m_photo.left(m_photo.size() - 2) << 415;
        QTest::newRow("text named .jpg") << QByteArray("just some text, not a picture\n") << 415;
        QTest::newRow("HTML") << QByteArray("<html><script>alert(1)</script></html>") << 415;
        QTest::newRow("truncated PNG") << MediaClient::encoded(MediaClient::testImage(300, 300), "png").left(3000) << 415;
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const QString id = startUpload(m_alice, bytes);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_media->patch(m_alice, id, 0, bytes).status, status);
        QCOMPARE(m_media->head(m_alice, id).status, 404); // discarded
        QVERIFY(!QFile::exists(m_server.dataDir() + u"/media/uploads/"_s + id + u".part"_s));
    }

    void aPathLikeFilenameNeverBecomesAPath()
    {
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(320, 200), "png");
        const TestReply started = m_media->start(m_alice, bytes, u"../../etc/passwd.jpg"_s);
        QCOMPARE(started.status, 201);
        const TestReply done = m_media->patch(m_alice, started.json.value(u"uploadId"_s).toString(), 0, bytes);
        QCOMPARE(done.status, 200);
        for (const QString &file : filesUnder(m_server.dataDir()))
            QVERIFY2(!file.contains(u"passwd"_s), qPrintable(file));
        QVERIFY(!QFile::exists(m_server.dataDir() + u"/etc/passwd.jpg"_s));
    }
};

QTEST_GUILESS_MAIN(TestUploadsApi)
#include "tst_uploadsapi.moc"
