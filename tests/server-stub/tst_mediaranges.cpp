// GET /media/{id} as a player and a photo viewer use it, against the real server: byte ranges (206, 416,
// several ranges answered whole, If-Range), revalidation (ETag, If-None-Match -> 304 only after the
// audience check), the caching headers, and a 40 MiB track streamed to several clients at once while the
// server's memory stays far below the bytes in flight (the transport reads the file piece by piece).
#include "models/domain/ids.h"
#include "server-stub/http/byterange.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using kj::server::http::ByteRange;

namespace {

//! The resident memory of this process (VmRSS), in bytes; the server under test runs in it.
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

//! One GET on its own connection, asynchronous so that several run at once: the status, the headers and
//! the body, which is hashed as it arrives and kept only when asked (a 40 MiB body is not).
class Fetch : public QObject
{
    Q_OBJECT

public:
    Fetch(quint16 port, const QByteArray &path, const QString &token, const QList<QByteArray> &headers, bool keepBody)
        : m_keepBody(keepBody)
    {
        m_request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        if (!token.isEmpty())
            m_request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
        for (const QByteArray &header : headers)
            m_request += header + "\r\n";
        m_request += "\r\n";
        m_socket.setReadBufferSize(64 * 1024); // the client holds little too, so what grows is the server
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Fetch::read);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_done = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                m_done = true;
        });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }

    //! Whole: the connection ended after the head and as many body bytes as Content-Length said.
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] bool complete() const { return m_headDone && m_received == m_headers.value("content-length").toLongLong(); }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const { return m_headers.value(lowerCaseName); }
    [[nodiscard]] bool hasHeader(const QByteArray &lowerCaseName) const { return m_headers.contains(lowerCaseName); }
    [[nodiscard]] qint64 received() const { return m_received; }
    [[nodiscard]] QByteArray body() const { return m_body; }
    [[nodiscard]] QByteArray sha256() { return m_hash.result().toHex(); }

private:
    void read()
    {
        QByteArray bytes = m_socket.readAll();
        if (!m_headDone) {
            m_head += bytes;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            bytes = m_head.mid(end + 4);
            const QList<QByteArray> lines = m_head.left(end).split('\n');
            m_status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            m_head.clear();
            m_headDone = true;
        }
        m_received += bytes.size();
        m_hash.addData(bytes);
        if (m_keepBody)
            m_body += bytes;
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_done = false;
    bool m_keepBody = false;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    qint64 m_received = 0;
    QByteArray m_body;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

class TestMediaRanges : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_carol; // bob is alice's friend, carol a stranger
    QByteArray m_photo;              // the original of a friends-only photo of alice's
    QString m_photoMedia;

    JsonClient &json() { return m_media->json(); }

    //! A GET of media `id` at `size` (empty: none given) with extra header lines, run to its end.
    std::unique_ptr<Fetch> get(const QString &token, const QString &id, const QString &size, const QList<QByteArray> &headers = {})
    {
        QByteArray path = "/api/v1/media/" + id.toLatin1();
        if (!size.isEmpty())
            path += "?size=" + size.toLatin1();
        auto fetch = std::make_unique<Fetch>(m_server.port(), path, token, headers, true);
        // Callers check done(); this only bounds how long a broken server can hold the test.
        (void)QTest::qWaitFor([&] { return fetch->done(); }, 30000);
        return fetch;
    }

    //! Uploads `bytes` in chunks of at most 8 MiB (the server's limit for one PATCH); the media id.
    QString uploadInChunks(const QString &token, const QByteArray &bytes, const QString &filename, const QString &kind)
    {
        const TestReply started = m_media->startRaw(token, bytes.size(), MediaClient::sha256(bytes), filename, kind);
        if (started.status != 201)
            return started.json.value(u"mediaId"_s).toString();
        const QString upload = started.json.value(u"uploadId"_s).toString();
        constexpr qint64 kChunk = 8 * 1024 * 1024;
        TestReply last;
        for (qint64 at = 0; at < bytes.size(); at += kChunk) {
            last = m_media->patch(token, upload, at, bytes.mid(at, kChunk));
            if (last.status != 204 && last.status != 200)
                return {};
        }
        return last.json.value(u"mediaId"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_media = std::make_unique<MediaClient>(m_server.baseUrl());
        m_alice = json().signUp(u"alice"_s);
        m_bob = json().signUp(u"bob"_s);
        m_carol = json().signUp(u"carol"_s);
        QVERIFY(json().befriend(m_alice, u"bob"_s, m_bob));
        const QString album = m_media->newAlbum(m_alice, u"friends"_s);
        m_photo = MediaClient::encoded(MediaClient::testImage(900, 700), "png");
        QVERIFY(m_photo.size() > 1000);
        m_photoMedia = m_media->uploadWhole(m_alice, m_photo);
        QCOMPARE(m_media->newPhoto(m_alice, m_photoMedia, album, u"public"_s).status, 201);
    }

    void rangeHeaderIsRead_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<quint64>("size");
        QTest::addColumn<int>("kind");
        QTest::addColumn<quint64>("offset");
        QTest::addColumn<quint64>("length");
        const int whole = int(ByteRange::Kind::Whole), part = int(ByteRange::Kind::Part),
                  none = int(ByteRange::Kind::Unsatisfiable);
        QTest::newRow("absent") << QByteArray() << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("first and last") << QByteArray("bytes=0-99") << quint64(1000) << part << quint64(0) << quint64(100);
        QTest::newRow("one byte") << QByteArray("bytes=5-5") << quint64(1000) << part << quint64(5) << quint64(1);
        QTest::newRow("open end") << QByteArray("bytes=900-") << quint64(1000) << part << quint64(900) << quint64(100);
        QTest::newRow("suffix") << QByteArray("bytes=-10") << quint64(1000) << part << quint64(990) << quint64(10);
        QTest::newRow("suffix longer than the body") << QByteArray("bytes=-5000") << quint64(1000) << part << quint64(0) << quint64(1000);
        QTest::newRow("last past the end is cut") << QByteArray("bytes=990-5000") << quint64(1000) << part << quint64(990) << quint64(10);
        QTest::newRow("spaces and case") << QByteArray(" Bytes = 1 - 2 ") << quint64(1000) << part << quint64(1) << quint64(2);
        QTest::newRow("huge last") << QByteArray("bytes=1-99999999999999999999999") << quint64(1000) << part << quint64(1) << quint64(999);
        QTest::newRow("first at the end") << QByteArray("bytes=1000-") << quint64(1000) << none << quint64(0) << quint64(0);
        QTest::newRow("huge first") << QByteArray("bytes=99999999999999999999999-") << quint64(1000) << none << quint64(0) << quint64(0);
        QTest::newRow("empty suffix") << QByteArray("bytes=-0") << quint64(1000) << none << quint64(0) << quint64(0);
        QTest::newRow("empty body") << QByteArray("bytes=0-") << quint64(0) << none << quint64(0) << quint64(0);
        QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("other unit") << QByteArray("items=0-1") << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("last before first") << QByteArray("bytes=10-5") << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("not numbers") << QByteArray("bytes=a-b") << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("negative") << QByteArray("bytes=--5") << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("no dash") << QByteArray("bytes=5") << quint64(1000) << whole << quint64(0) << quint64(0);
        QTest::newRow("bare dash") << QByteArray("bytes=-") << quint64(1000) << whole << quint64(0) << quint64(0);
    }

    void rangeHeaderIsRead()
    {
        QFETCH(QByteArray, header);
        QFETCH(quint64, size);
        QFETCH(int, kind);
        QFETCH(quint64, offset);
        QFETCH(quint64, length);
        const ByteRange range = ByteRange::fromHeader(header, size);
        QCOMPARE(int(range.kind), kind);
        if (range.kind == ByteRange::Kind::Part) {
            QCOMPARE(range.offset, offset);
            QCOMPARE(range.length, length);
        }
    }

    void wholeBodyHasItsHeaders()
    {
        const auto whole = get(m_bob, m_photoMedia, u"original"_s);
        QCOMPARE(whole->status(), 200);
        QVERIFY(whole->complete());
        QCOMPARE(whole->body(), m_photo);
        QCOMPARE(whole->header("content-length").toLongLong(), m_photo.size());
        QCOMPARE(whole->header("content-type"), QByteArray("image/png")); // the stored type of the original
        QCOMPARE(whole->header("accept-ranges"), QByteArray("bytes"));
        QCOMPARE(whole->header("etag"), QByteArray('"' + m_photoMedia.toLatin1() + "-original\""));
        const QByteArray cache = whole->header("cache-control");
        QVERIFY2(cache.contains("private") && cache.contains("no-cache") && !cache.contains("public"), cache.constData());
        QVERIFY(!whole->hasHeader("content-range"));

        const auto thumb = get(m_bob, m_photoMedia, u"thumb"_s);
        QCOMPARE(thumb->status(), 200);
        QCOMPARE(thumb->header("content-type"), QByteArray("image/jpeg"));
        QCOMPARE(thumb->header("content-length").toLongLong(), thumb->body().size());
        QVERIFY(thumb->header("etag") != whole->header("etag"));
    }

    void oneRangeIsAPart_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        // Negative positions count from the photo's end (-1: its last byte).
        QTest::newRow("start") << QByteArray("bytes=0-99") << qint64(0) << qint64(99);
        QTest::newRow("middle") << QByteArray("bytes=500-503") << qint64(500) << qint64(503);
        QTest::newRow("open end") << QByteArray("bytes=700-") << qint64(700) << qint64(-1);
        QTest::newRow("suffix") << QByteArray("bytes=-300") << qint64(-300) << qint64(-1);
        QTest::newRow("past the end") << QByteArray("bytes=1-100000000") << qint64(1) << qint64(-1);
    }

    void oneRangeIsAPart()
    {
        QFETCH(QByteArray, range);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const qint64 size = m_photo.size();
        if (first < 0)
            first += size;
        if (last < 0)
            last = size - 1;
        const auto fetch = get(m_bob, m_photoMedia, u"original"_s, {"Range: " + range});
        QCOMPARE(fetch->status(), 206);
        QVERIFY(fetch->complete());
        QCOMPARE(fetch->body(), m_photo.mid(first, last - first + 1));
        QCOMPARE(fetch->header("content-length").toLongLong(), last - first + 1);
        QCOMPARE(fetch->header("content-range"),
                 "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size));
        QCOMPARE(fetch->header("content-type"), QByteArray("image/png"));
        QVERIFY(!fetch->header("etag").isEmpty());
    }

    void unsatisfiableRangeIs416()
    {
        const QByteArray size = QByteArray::number(m_photo.size());
        for (const QByteArray &range : {QByteArray("bytes=" + size + '-'), QByteArray("bytes=-0")}) {
            const auto fetch = get(m_bob, m_photoMedia, u"original"_s, {"Range: " + range});
            QCOMPARE(fetch->status(), 416);
            QCOMPARE(fetch->header("content-range"), "bytes */" + size);
            QVERIFY(fetch->body().contains("\"error\""));
        }
    }

    void severalRangesOrAnotherVersionGetTheWholeBody()
    {
        const auto several = get(m_bob, m_photoMedia, u"original"_s, {"Range: bytes=0-9, 20-29"});
        QCOMPARE(several->status(), 200);
        QCOMPARE(several->body(), m_photo);
        const auto garbled = get(m_bob, m_photoMedia, u"original"_s, {"Range: bytes=ten-twenty"});
        QCOMPARE(garbled->status(), 200);
        QCOMPARE(garbled->body(), m_photo);

        const QByteArray etag = '"' + m_photoMedia.toLatin1() + "-original\"";
        const auto sameVersion = get(m_bob, m_photoMedia, u"original"_s, {"Range: bytes=0-9", "If-Range: " + etag});
        QCOMPARE(sameVersion->status(), 206);
        QCOMPARE(sameVersion->body(), m_photo.left(10));
        const auto otherVersion = get(m_bob, m_photoMedia, u"original"_s, {"Range: bytes=0-9", "If-Range: \"something-else\""});
        QCOMPARE(otherVersion->status(), 200);
        QCOMPARE(otherVersion->body(), m_photo);
        const auto byDate = get(m_bob, m_photoMedia, u"original"_s, {"Range: bytes=0-9", "If-Range: Sat, 01 Jan 2000 00:00:00 GMT"});
        QCOMPARE(byDate->status(), 200);
    }

    void revalidationIs304AfterTheAudienceCheck()
    {
        const QByteArray etag = '"' + m_photoMedia.toLatin1() + "-thumb\"";
        for (const QByteArray &condition : {etag, QByteArray("W/" + etag), QByteArray("\"other\", " + etag), QByteArray("*")}) {
            const auto fetch = get(m_bob, m_photoMedia, u"thumb"_s, {"If-None-Match: " + condition});
            QCOMPARE(fetch->status(), 304);
            QCOMPARE(fetch->header("etag"), etag);
            QVERIFY(fetch->header("cache-control").contains("private"));
            QVERIFY(fetch->body().isEmpty());
            QVERIFY(!fetch->hasHeader("content-length") || fetch->header("content-length") == "0");
        }
        QCOMPARE(get(m_bob, m_photoMedia, u"thumb"_s, {"If-None-Match: \"other\""})->status(), 200);
        // Who may not see the photo learns nothing, whatever they send: not a 304, not a part.
        for (const QString &token : {m_carol, QString()}) {
            QCOMPARE(get(token, m_photoMedia, u"thumb"_s, {"If-None-Match: " + etag})->status(), 404);
            QCOMPARE(get(token, m_photoMedia, u"original"_s, {"Range: bytes=0-9"})->status(), 404);
        }
        QCOMPARE(get(m_bob, kj::newItemId(), u"thumb"_s, {"Range: bytes=0-9"})->status(), 404);
    }

    void bigTrackStreamsToSeveralClientsInBoundedMemory()
    {
        // 2,621,440 ms of 8 kHz 16-bit mono: 40 MiB of PCM behind a 44-byte header.
        QByteArray wav = AudioFixtures::wav(2621440);
        QVERIFY(wav.size() > 40 * 1024 * 1024);
        const qint64 size = wav.size();
        const QByteArray sha = MediaClient::sha256(wav).toLatin1();
        const QByteArray middle = wav.mid(size / 2, 1000);
        const QString media = uploadInChunks(m_alice, wav, u"long.wav"_s, u"track"_s);
        QVERIFY(kj::isValidItemId(media));
        wav = QByteArray(); // the test's own copy is not what is measured
        const TestReply track = json().put(u"/api/v1/tracks/"_s + kj::newItemId(),
                                           {{u"mediaId"_s, media}, {u"visibility"_s, u"friends"_s}}, m_alice);
        QCOMPARE(track.status, 201);

        // A player seeking to the middle.
        const auto seek = get(m_bob, media, QString(), {"Range: bytes=" + QByteArray::number(size / 2) + '-' + QByteArray::number(size / 2 + 999)});
        QCOMPARE(seek->status(), 206);
        QCOMPARE(seek->header("content-type"), QByteArray("audio/wav"));
        QCOMPARE(seek->body(), middle);

        // Four listeners take the whole track at once; the server holds a piece per connection, not
        // the 160 MiB in flight (reading each file whole, as before, held at least that).
        constexpr int kClients = 4;
        const qint64 before = residentBytes();
        QVERIFY(before > 0);
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&peak] { peak = std::max(peak, residentBytes()); });
        sampler.start(5);
        std::vector<std::unique_ptr<Fetch>> listeners;
        const QByteArray path = "/api/v1/media/" + media.toLatin1();
        for (int i = 0; i < kClients; ++i)
            listeners.push_back(std::make_unique<Fetch>(m_server.port(), path, m_bob, QList<QByteArray>(), false));
        const auto allDone = [&listeners] {
            return std::all_of(listeners.begin(), listeners.end(), [](const auto &l) { return l->done(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 120000);
        sampler.stop();
        peak = std::max(peak, residentBytes());
        for (const auto &listener : listeners) {
            QCOMPARE(listener->status(), 200);
            QCOMPARE(listener->header("content-length").toLongLong(), size);
            QCOMPARE(listener->received(), size);
            QCOMPARE(listener->sha256(), sha);
        }
        const qint64 growth = peak - before;
        qInfo("resident memory grew by %lld KiB while serving %d x %lld KiB", growth / 1024, kClients, size / 1024);
        QVERIFY2(growth < 8 * 1024 * 1024, qPrintable(u"grew by %1 bytes"_s.arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestMediaRanges)
#include "tst_mediaranges.moc"
