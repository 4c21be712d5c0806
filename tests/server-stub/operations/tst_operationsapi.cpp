// Operations through the real server in-process: /healthz names what it checked, /metrics counts requests by route
// pattern and status (and sync pulls, uploads) for loopback peers or the metrics token, and every answer carries the
// request id that its access log line names.
#include "models/domain/ids.h"
#include "server-stub/server.h"
#include "tests/server-stub/http/rawhttpclient.h"
#include "tests/server-stub/operations/metricstext.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>

#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using tcp = boost::asio::ip::tcp;

namespace {
QMutex g_mutex;
QStringList g_accessLines;

void captureAccess(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == QByteArrayView("kj.server.access")) {
        const QMutexLocker lock(&g_mutex);
        g_accessLines.append(message);
    }
}

QStringList accessLinesWith(const QString &needle)
{
    const QMutexLocker lock(&g_mutex);
    return g_accessLines.filter(needle);
}

// Whether a connection to the port is refused (nothing listens there any more).
bool refused(quint16 port)
{
    boost::asio::io_context io;
    tcp::socket probe(io);
    boost::system::error_code ec;
    probe.connect(tcp::endpoint(boost::asio::ip::make_address_v4("127.0.0.1"), port), ec);
    return ec == boost::asio::error::connection_refused;
}

const QString kDiaryNotFound = u"kongjian_http_requests_total{route=\"/api/v1/diaries/{id}\",method=\"GET\",status=\"404\"}"_s;
const QString kDiaryCount = u"kongjian_http_request_duration_seconds_count{route=\"/api/v1/diaries/{id}\",method=\"GET\"}"_s;
} // namespace

class TestOperationsApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    //! One request on a connection of its own.
    static std::optional<RawResponse> call(quint16 port, const QByteArray &method, const QByteArray &target,
                                           const QByteArray &headers = {})
    {
        RawHttpClient client;
        if (!client.connectTo(port))
            return std::nullopt;
        client.send(method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n" + headers + "\r\n");
        return client.readResponse(method == "HEAD");
    }

    MetricsText scrape()
    {
        const std::optional<RawResponse> answer = call(m_server.port(), "GET", "/metrics");
        if (!answer || answer->status != 200) {
            qWarning() << "GET /metrics failed:" << (answer ? answer->status : 0);
            return {};
        }
        MetricsText text = MetricsText::parse(answer->body);
        if (!text.problem.isEmpty())
            qWarning().noquote() << text.problem;
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start().ok()); }

    void healthzSaysWhatWasChecked()
    {
        const std::optional<RawResponse> answer = call(m_server.port(), "GET", "/healthz");
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->json(), (QJsonObject{{u"status"_s, u"ok"_s}, {u"store"_s, u"ok"_s}}));
        const std::optional<RawResponse> head = call(m_server.port(), "HEAD", "/healthz");
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QVERIFY(head->body.isEmpty());
    }

    void metricsCountRequestsByRoutePattern()
    {
        const MetricsText before = scrape();
        QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
        const QString first = kj::newItemId();
        const QString second = kj::newItemId();
        for (const QString &id : {first, second}) {
            const std::optional<RawResponse> answer = call(m_server.port(), "GET", "/api/v1/diaries/" + id.toLatin1());
            QVERIFY(answer);
            QCOMPARE(answer->status, 404);
        }
        const std::optional<RawResponse> answer = call(m_server.port(), "GET", "/metrics");
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const MetricsText after = MetricsText::parse(answer->body);
        QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
        QCOMPARE(after.value(kDiaryNotFound), before.value(kDiaryNotFound) + 2);
        QCOMPARE(after.value(kDiaryCount), before.value(kDiaryCount) + 2);
        QVERIFY(!answer->body.contains(first.toLatin1())); // the pattern, never the path
        QVERIFY(!answer->body.contains(second.toLatin1()));
        // /metrics counts itself too, by the time of the next scrape.
        QVERIFY(scrape().value(u"kongjian_http_requests_total{route=\"/metrics\",method=\"GET\",status=\"200\"}"_s) >= 2);
    }

    void metricsCountSyncPullsAndUploads()
    {
        JsonClient json(m_server.baseUrl());
        const QString token = json.signUp(u"metered"_s);
        QVERIFY(!token.isEmpty());
        const MetricsText before = scrape();
        QCOMPARE(json.get(u"/api/v1/changes"_s, token).status, 200);
        QCOMPARE(json.get(u"/api/v1/changes"_s).status, 401); // not a pull
        MediaClient media(m_server.baseUrl());
        const QByteArray photo = MediaClient::encoded(MediaClient::testImage(64, 48), "png");
        QVERIFY(!media.uploadWhole(token, photo).isEmpty());
        const MetricsText after = scrape();
        QCOMPARE(after.value(u"kongjian_sync_pulls_total"_s), before.value(u"kongjian_sync_pulls_total"_s) + 1);
        QCOMPARE(after.value(u"kongjian_uploads_completed_total"_s),
                 before.value(u"kongjian_uploads_completed_total"_s) + 1);
        QCOMPARE(after.value(u"kongjian_upload_bytes_received_total"_s),
                 before.value(u"kongjian_upload_bytes_received_total"_s) + double(photo.size()));
        QCOMPARE(after.value(u"kongjian_http_requests_total{route=\"/api/v1/uploads/{uploadId}\",method=\"PATCH\",status=\"200\"}"_s),
                 before.value(u"kongjian_http_requests_total{route=\"/api/v1/uploads/{uploadId}\",method=\"PATCH\",status=\"200\"}"_s) + 1);
    }

    // A request a proxy forwarded comes from loopback too; without the metrics token it may not read /metrics.
    void metricsAreForDirectLoopbackPeers_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("X-Forwarded-For") << QByteArray("X-Forwarded-For: 203.0.113.9\r\n");
        QTest::newRow("Forwarded") << QByteArray("Forwarded: for=203.0.113.9\r\n");
        QTest::newRow("X-Real-IP") << QByteArray("X-Real-IP: 203.0.113.9\r\n");
        QTest::newRow("a token, but none configured") << QByteArray("X-Forwarded-For: 203.0.113.9\r\nAuthorization: Bearer x\r\n");
    }

    void metricsAreForDirectLoopbackPeers()
    {
        QFETCH(QByteArray, header);
        const std::optional<RawResponse> answer = call(m_server.port(), "GET", "/metrics", header);
        QVERIFY(answer);
        QCOMPARE(answer->status, 403);
        QCOMPARE(answer->errorCode(), u"forbidden"_s);
        QVERIFY(!answer->body.contains("kongjian_"));
    }

    void metricsTokenLetsAProxiedScraperIn()
    {
        QTemporaryDir dir;
        kj::server::ServerConfig config;
        config.port = 0;
        config.dataDir = dir.path();
        config.threads = 2;
        config.metricsToken = "scrape-secret-1";
        kj::server::Server server(config);
        QVERIFY(server.start().ok());
        const QByteArray proxied = "X-Forwarded-For: 203.0.113.9\r\n";
        const std::optional<RawResponse> right = call(server.port(), "GET", "/metrics",
                                                      proxied + "Authorization: Bearer scrape-secret-1\r\n");
        QVERIFY(right);
        QCOMPARE(right->status, 200);
        QVERIFY(MetricsText::parse(right->body).problem.isEmpty());
        for (const QByteArray &wrong : {QByteArray("scrape-secret-2"), QByteArray("scrape-secret-"), QByteArray()}) {
            const std::optional<RawResponse> refused = call(server.port(), "GET", "/metrics",
                                                            proxied + "Authorization: Bearer " + wrong + "\r\n");
            QVERIFY(refused);
            QCOMPARE(refused->status, 403);
        }
    }

    // SIGTERM's path: Server::stop() while an upload chunk is on its way. The listening socket closes, the chunk is
    // still read, stored and answered, and only then does the server stop; started again, the upload is at its end.
    void stopAnswersAnUploadChunkInFlight()
    {
        QTemporaryDir dir;
        kj::server::ServerConfig config;
        config.port = 0;
        config.dataDir = dir.path();
        config.threads = 2;
        auto server = std::make_unique<kj::server::Server>(config);
        QVERIFY(server->start().ok());
        const quint16 port = server->port();
        JsonClient json(server->baseUrl());
        const QString token = json.signUp(u"stopper"_s);
        QVERIFY(!token.isEmpty());
        QByteArray bytes(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7919 % 251);
        const TestReply started = MediaClient(server->baseUrl()).start(token, bytes);
        QCOMPARE(started.status, 201);
        const QByteArray uploadId = started.json.value(u"uploadId"_s).toString().toLatin1();
        const QByteArray chunk = bytes.left(200000);

        // The client on a thread of its own, with a blocking socket, since this thread is in stop() meanwhile.
        std::promise<bool> headIn;
        QByteArray answer;
        std::thread client([&] {
            boost::asio::io_context io;
            tcp::socket socket(io);
            boost::system::error_code ec;
            socket.connect(tcp::endpoint(boost::asio::ip::make_address_v4("127.0.0.1"), port), ec);
            const std::string head = "PATCH /api/v1/uploads/" + uploadId.toStdString() + " HTTP/1.1\r\nHost: test\r\n"
                "Authorization: Bearer " + token.toStdString() + "\r\nUpload-Offset: 0\r\n"
                "Content-Type: application/offset+octet-stream\r\nContent-Length: " + std::to_string(chunk.size())
                + "\r\nExpect: 100-continue\r\nX-Request-Id: chunk-in-flight\r\n\r\n";
            if (!ec)
                boost::asio::write(socket, boost::asio::buffer(head), ec);
            std::string interim;
            if (!ec)
                boost::asio::read_until(socket, boost::asio::dynamic_buffer(interim), "\r\n\r\n", ec);
            // The 100 Continue says the head is in and the upload's file open: the request has begun.
            headIn.set_value(!ec && interim.rfind("HTTP/1.1 100", 0) == 0);
            if (ec || interim.rfind("HTTP/1.1 100", 0) != 0)
                return;
            for (int i = 0; i < 1500 && !refused(port); ++i) // until stop() has closed the listening socket
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            boost::asio::write(socket, boost::asio::buffer(chunk.constData(), std::size_t(chunk.size())), ec);
            std::string rest;
            boost::asio::read(socket, boost::asio::dynamic_buffer(rest), ec); // to the server's close
            answer = QByteArray::fromStdString(rest);
        });
        const auto joined = qScopeGuard([&client] {
            if (client.joinable())
                client.join();
        });
        QVERIFY(headIn.get_future().get());
        server->stop(); // returns once the chunk is answered and its connection closed
        client.join();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
        QVERIFY(answer.contains("\r\nX-Request-Id: chunk-in-flight\r\n"));
        QVERIFY(answer.contains("\"offset\":200000"));
        QVERIFY(refused(port));

        server = std::make_unique<kj::server::Server>(config);
        QVERIFY(server->start().ok());
        const TestReply resumed = MediaClient(server->baseUrl()).head(token, QString::fromLatin1(uploadId));
        QCOMPARE(resumed.status, 200);
        QCOMPARE(resumed.header("Upload-Offset"), QByteArray("200000"));
    }

    void requestIdIsEchoedAndLogged()
    {
        QLoggingCategory::setFilterRules(u"kj.server.access.info=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureAccess);
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(u"kj.server.access.info=false"_s);
        });

        const std::optional<RawResponse> given = call(m_server.port(), "GET", "/healthz", "X-Request-Id: ops-test-1\r\n");
        QVERIFY(given);
        QCOMPARE(given->header("x-request-id"), QByteArray("ops-test-1"));
        // The line is logged before the answer is sent.
        const QStringList lines = accessLinesWith(u"request_id=ops-test-1 "_s);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u" method=GET route=/healthz path=/healthz status=200 "_s), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(u" remote=127.0.0.1"_s));

        const std::optional<RawResponse> made = call(m_server.port(), "GET", "/api/v1/me", "X-Request-Id: not sane\r\n");
        QVERIFY(made);
        QCOMPARE(made->status, 401);
        const QByteArray id = made->header("x-request-id");
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(QString::fromLatin1(id)).hasMatch(), id.constData());
        const QStringList madeLines = accessLinesWith(u"request_id="_s + QString::fromLatin1(id) + u' ');
        QCOMPARE(madeLines.size(), 1);
        QVERIFY(madeLines.first().contains(u" route=/api/v1/me path=/api/v1/me status=401 "_s));
    }
};

QTEST_GUILESS_MAIN(TestOperationsApi)
#include "tst_operationsapi.moc"
