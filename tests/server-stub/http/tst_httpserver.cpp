#include "server-stub/http/filecontent.h"
#include "server-stub/http/httpserver.h"
#include "server-stub/http/requestid.h"
#include "tests/server-stub/http/rawhttpclient.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTest>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace kj::server::http;
using tcp = boost::asio::ip::tcp;

namespace {

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n";
}

QByteArray withBody(const QByteArray &method, const QByteArray &target, const QByteArray &body)
{
    return method + " " + target + " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

QByteArray chunked(const QByteArray &body, qsizetype chunkSize)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); i += chunkSize) {
        const QByteArray piece = body.mid(i, chunkSize);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

} // namespace

//! Holds the handlers that reach it until it opens; tells how many wait in it, now and at most.
class Gate
{
public:
    void pass()
    {
        std::unique_lock lock(m_mutex);
        m_most = std::max(m_most, ++m_inside);
        m_opened.wait(lock, [this] { return m_open; });
        --m_inside;
    }
    void open()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_opened.notify_all();
    }
    int inside() const
    {
        const std::lock_guard lock(m_mutex);
        return m_inside;
    }
    int most() const
    {
        const std::lock_guard lock(m_mutex);
        return m_most;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_opened;
    bool m_open = false;
    int m_inside = 0;
    int m_most = 0;
};

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    //! A server on a free port whose handler echoes the request as JSON, with a few special paths.
    std::unique_ptr<HttpServer> startServer(Limits limits = {}, int threads = 2,
                                            std::chrono::milliseconds stopGrace = std::chrono::seconds(10))
    {
        ServerOptions options;
        options.port = 0;
        options.threads = threads;
        options.limits = limits;
        options.stopGrace = stopGrace;
        auto server = std::make_unique<HttpServer>(options, [this](const Request &request) { return handle(request); });
        if (const kj::Status started = server->start(); !started) {
            qWarning() << "start failed:" << started.error().message;
            return nullptr;
        }
        return server;
    }

    //! Whether `client`, connected to `port`, gets /fixed's answer.
    static bool answersFixed(RawHttpClient &client, quint16 port)
    {
        if (!client.connectTo(port))
            return false;
        client.send(get("/fixed"));
        const auto answer = client.readResponse();
        return answer && answer->body == QByteArray("0123456789");
    }

    //! One I/O thread, `workers` ordinary workers and one costly one, requests sent to lanes by `laneOf`.
    std::unique_ptr<HttpServer> startWithLanes(int workers, LaneTest laneOf)
    {
        ServerOptions options;
        options.port = 0;
        options.threads = 1;
        options.workers = workers;
        options.costlyWorkers = 1;
        options.laneOf = std::move(laneOf);
        auto server = std::make_unique<HttpServer>(options, [this](const Request &request) { return handle(request); });
        return server->start().ok() ? std::move(server) : nullptr;
    }

    Response handle(const Request &request)
    {
        ++m_handled;
        if (request.path == u"/throw")
            throw std::runtime_error("the handler broke");
        if (request.path == u"/throw-other")
            throw 42;
        if (request.path.startsWith(u"/gate/")) {
            m_gate->pass();
            return Response{200, "passed", "text/plain", {}};
        }
        if (request.path == u"/fixed")
            return Response{200, "0123456789", "text/plain", {}};
        if (request.path == u"/empty")
            return Response::noContent();
        if (request.path == u"/file" || request.path == u"/file-shrinks") {
            kj::Result<std::shared_ptr<FileContent>> content = FileContent::open(m_fileBody);
            if (!content)
                throw std::runtime_error("no file");
            if (request.query.hasQueryItem(QStringLiteral("offset")))
                (*content)->selectRange(request.queryValue(QStringLiteral("offset")).toULongLong(),
                                        request.queryValue(QStringLiteral("length")).toULongLong());
            if (request.path == u"/file-shrinks")
                QFile::resize(m_fileBody, 1000);
            return Response::streamed(200, std::move(content).value(), "application/octet-stream");
        }
        if (request.path == u"/bad-header") {
            Response response = Response::json(200, {});
            response.headers.emplaceBack("X-Bad", "a\r\nInjected: yes");
            return response;
        }
        QJsonObject query;
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
            query.insert(key, value);
        Response response = Response::json(200, QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("path"), request.path},
            {QStringLiteral("query"), query},
            {QStringLiteral("cursor"), request.queryValue(QStringLiteral("cursor"))},
            {QStringLiteral("body"), QString::fromUtf8(request.body)},
            {QStringLiteral("bodySize"), request.body.size()},
            {QStringLiteral("remote"), request.remoteAddress},
            {QStringLiteral("xTest"), QString::fromUtf8(request.header("x-test"))},
            {QStringLiteral("id"), QString::fromLatin1(request.id)},
        });
        response.headers.emplaceBack("X-Echo", "yes");
        return response;
    }

    std::atomic<int> m_handled{0};
    std::unique_ptr<Gate> m_gate; // what /gate/... waits in
    QString m_fileBody; // what /file serves

private Q_SLOTS:
    void init()
    {
        m_handled = 0;
        m_gate = std::make_unique<Gate>();
    }

    void getIsAnsweredWithEcho()
    {
        auto server = startServer();
        QVERIFY(server);
        QVERIFY(server->port() != 0);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/hello", "X-Test: value one\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->statusLine, QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(response->header("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(response->header("content-length").toLongLong(), response->body.size());
        QCOMPARE(response->header("server"), QByteArray("kongjian/" KJ_VERSION));
        QVERIFY(response->header("date").endsWith(" GMT"));
        QCOMPARE(response->header("x-echo"), QByteArray("yes"));
        const QJsonObject echo = response->json();
        QCOMPARE(echo.value(u"method").toString(), u"GET");
        QCOMPARE(echo.value(u"path").toString(), u"/hello");
        QCOMPARE(echo.value(u"remote").toString(), u"127.0.0.1");
        QCOMPARE(echo.value(u"xTest").toString(), u"value one");
    }

    void putBodyIsHandedOver()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = R"({"title":"今天","body":"x"})";
        client.send(withBody("PUT", "/api/v1/diaries/1", body));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"method").toString(), u"PUT");
        QCOMPARE(response->json().value(u"body").toString().toUtf8(), body);
    }

    void keepAliveServesSeveralRequests()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        for (int i = 0; i < 3; ++i) {
            client.send(get("/round/" + QByteArray::number(i)));
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->header("connection"), QByteArray());
            QCOMPARE(response->json().value(u"path").toString(), QStringLiteral("/round/%1").arg(i));
        }
        QVERIFY(client.isOpen());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/one") + withBody("POST", "/two", "abc") + get("/three"));
        for (const char *path : {"/one", "/two", "/three"}) {
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->json().value(u"path").toString(), QString::fromLatin1(path));
        }
    }

    void http10ClosesUnlessAskedToKeepAlive()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient plain;
        QVERIFY(plain.connectTo(server->port()));
        plain.send("GET /old HTTP/1.0\r\n\r\n");
        auto response = plain.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->statusLine.startsWith("HTTP/1.0 200"));
        QVERIFY(plain.waitForClose());

        RawHttpClient keepAlive;
        QVERIFY(keepAlive.connectTo(server->port()));
        for (int i = 0; i < 2; ++i) {
            keepAlive.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            response = keepAlive.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->header("connection").toLower(), QByteArray("keep-alive"));
        }
    }

    void connectionCloseIsHonoured()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/bye", "Connection: close\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitForClose());
    }

    void headHasLengthButNoBody()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("HEAD /fixed HTTP/1.1\r\nHost: test\r\n\r\n");
        const auto head = client.readResponse(true);
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("content-length"), QByteArray("10"));
        QCOMPARE(head->header("content-type"), QByteArray("text/plain"));
        // Were a body sent after the HEAD answer, this next response would not parse.
        client.send(get("/after"));
        const auto after = client.readResponse();
        QVERIFY(after);
        QCOMPARE(after->status, 200);
        QCOMPARE(after->json().value(u"path").toString(), u"/after");
    }

    void fileBodyIsStreamedWholeOrInPart()
    {
        // Larger than a piece of the transport's and not a multiple of one.
        QByteArray bytes(3 * 64 * 1024 + 123, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 31) % 251);
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        m_fileBody = file.fileName();
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/file") + get("/file?offset=65530&length=70000"));
        const auto whole = client.readResponse();
        QVERIFY(whole);
        QCOMPARE(whole->status, 200);
        QCOMPARE(whole->header("content-length"), QByteArray::number(bytes.size()));
        QCOMPARE(whole->header("content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(whole->body, bytes);
        const auto part = client.readResponse(); // on the same connection
        QVERIFY(part);
        QCOMPARE(part->header("content-length"), QByteArray("70000"));
        QCOMPARE(part->body, bytes.mid(65530, 70000));

        client.send("HEAD /file HTTP/1.1\r\nHost: test\r\n\r\n" + get("/after"));
        const auto head = client.readResponse(true);
        QVERIFY(head);
        QCOMPARE(head->header("content-length"), QByteArray::number(bytes.size()));
        const auto after = client.readResponse(); // were the file sent after the HEAD answer, this would not parse
        QVERIFY(after);
        QCOMPARE(after->json().value(u"path").toString(), u"/after");
    }

    void fileThatEndsEarlyCutsTheAnswerOff()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(QByteArray(500 * 1024, 'x')), 500 * 1024);
        file.close();
        m_fileBody = file.fileName();
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/file-shrinks"));
        // The head promised 500 KiB; the connection ends after the 1,000 bytes the file still has, so
        // the client sees a cut answer, never a short one it would take as whole.
        QVERIFY(!client.readResponse());
        QVERIFY(client.waitForClose());
        RawHttpClient next;
        QVERIFY(next.connectTo(server->port()));
        next.send(get("/after"));
        const auto after = next.readResponse();
        QVERIFY(after);
        QCOMPARE(after->status, 200);
    }

    void noContentHasNoBody()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/empty") + get("/after"));
        const auto empty = client.readResponse();
        QVERIFY(empty);
        QCOMPARE(empty->status, 204);
        QVERIFY(!empty->headers.contains("content-length"));
        QVERIFY(!empty->headers.contains("content-type"));
        const auto after = client.readResponse();
        QVERIFY(after);
        QCOMPARE(after->json().value(u"path").toString(), u"/after");
    }

    void headerTooLargeGets431()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/healthz", "X-Big: " + QByteArray(20 * 1024, 'a') + "\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(response->errorCode(), u"header_too_large");
        QVERIFY(!response->json().value(u"error").toObject().value(u"message").toString().isEmpty());
        QCOMPARE(response->header("connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitForClose());
        QCOMPARE(m_handled.load(), 0);
    }

    void headerJustUnderTheLimitIsServed()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/healthz", "X-Big: " + QByteArray(15 * 1024, 'a') + "\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void contentLengthTooLargeIsAnsweredBeforeTheBody()
    {
        auto server = startServer();
        QVERIFY(server);
        // A plain blocking socket: QTcpSocket closes entirely on the server's half-close, and this
        // test goes on sending after reading the answer, as a client in the middle of an upload does.
        boost::asio::io_context io;
        tcp::socket socket(io);
        boost::system::error_code ec;
        socket.connect(tcp::endpoint(boost::asio::ip::address_v4::loopback(), server->port()), ec);
        QVERIFY(!ec);
        const std::string body(2 * 1024 * 1024, 'a');
        const std::string head = "POST /api/v1/accounts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                                 "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
        boost::asio::write(socket, boost::asio::buffer(head + body.substr(0, 256 * 1024)), ec);
        QVERIFY(!ec);

        // The answer comes while most of the body is still unsent.
        std::string received;
        while (received.find("\r\n\r\n") == std::string::npos || !received.ends_with("}")) {
            char chunk[4096];
            const std::size_t n = socket.read_some(boost::asio::buffer(chunk), ec);
            QVERIFY2(!ec, ec.message().c_str());
            received.append(chunk, n);
        }
        QVERIFY2(received.starts_with("HTTP/1.1 413 "), received.c_str());
        QVERIFY(received.find("payload_too_large") != std::string::npos);
        QVERIFY(received.find("Connection: close") != std::string::npos);

        // The server drains the rest instead of resetting the connection under the client...
        boost::asio::write(socket, boost::asio::buffer(body.substr(256 * 1024)), ec);
        QVERIFY2(!ec, ec.message().c_str());
        socket.shutdown(tcp::socket::shutdown_send, ec);
        // ...and then closes: nothing more than the answer came.
        char rest[16];
        const std::size_t n = socket.read_some(boost::asio::buffer(rest), ec);
        QCOMPARE(n, std::size_t(0));
        QCOMPARE(ec, boost::system::error_code(boost::asio::error::eof));
        QCOMPARE(m_handled.load(), 0);
    }

    void wholeOversizeBodyStillGets413()
    {
        // What `curl --data-binary @2MiB` does without Expect: everything is written before reading.
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(withBody("POST", "/api/v1/accounts", QByteArray(2 * 1024 * 1024 + 7, 'b')));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(response->errorCode(), u"payload_too_large");
        QVERIFY(client.waitForClose());
    }

    void chunkedBodyIsAssembled()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = QByteArray("0123456789").repeated(100);
        client.send("POST /chunks HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(body, 77));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"body").toString().toLatin1(), body);
    }

    void chunkedBodyOverTheLimitGets413()
    {
        Limits limits;
        limits.jsonBodyBytes = 64 * 1024;
        auto server = startServer(limits);
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("POST /chunks HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + chunked(QByteArray(200 * 1024, 'c'), 8 * 1024));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(response->errorCode(), u"payload_too_large");
        QVERIFY(client.waitForClose());
        QCOMPARE(m_handled.load(), 0);
    }

    void expectContinueAccepted()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("PUT /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
        const auto interim = client.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        client.send("hello");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"body").toString(), u"hello");
    }

    void expectContinueRefusedWithout100()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("PUT /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 2097152\r\nExpect: 100-continue\r\n\r\n");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(response->errorCode(), u"payload_too_large");
        QVERIFY(client.waitForClose());
    }

    void malformedRequestsGet400_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage request line") << QByteArray("GARBAGE\r\n\r\n");
        QTest::newRow("unknown version") << QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n");
        QTest::newRow("space in a header name") << QByteArray("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n");
        QTest::newRow("negative content length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("two content lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        QTest::newRow("transfer encoding not ending in chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nGET /smuggled HTTP/1.1\r\n\r\n");
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("two Host headers") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
    }

    void malformedRequestsGet400()
    {
        QFETCH(QByteArray, bytes);
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(bytes);
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(response->errorCode(), u"bad_request");
        QVERIFY(client.waitForClose());
        QCOMPARE(m_handled.load(), 0);
    }

    void pathAndQueryAreDecoded()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/users/%E7%A9%BA%20space/diaries?cursor=a%2Bb%3D&q=%E4%BD%A0%E5%A5%BD&limit=20"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonObject echo = response->json();
        QCOMPARE(echo.value(u"path").toString(), QStringLiteral("/users/空 space/diaries"));
        const QJsonObject query = echo.value(u"query").toObject();
        QCOMPARE(query.value(u"cursor").toString(), u"a+b=");
        QCOMPARE(echo.value(u"cursor").toString(), u"a+b=");
        QCOMPARE(query.value(u"q").toString(), QStringLiteral("你好"));
        QCOMPARE(query.value(u"limit").toString(), u"20");
    }

    void absoluteFormTargetIsAccepted()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("http://example.com:8080/abs?x=1"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"path").toString(), u"/abs");
        QCOMPARE(response->json().value(u"query").toObject().value(u"x").toString(), u"1");
    }

    void badTargetsGet400_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("invalid UTF-8 in the path") << QByteArray("/users/%FF%FE");
        QTest::newRow("NUL in the path") << QByteArray("/a%00b");
        QTest::newRow("broken escape in the path") << QByteArray("/a%zz");
        QTest::newRow("truncated escape") << QByteArray("/a%4");
        QTest::newRow("invalid UTF-8 in the query") << QByteArray("/a?q=%C3%28");
        QTest::newRow("not an absolute path") << QByteArray("*");
    }

    void badTargetsGet400()
    {
        QFETCH(QByteArray, target);
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get(target));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(response->errorCode(), u"bad_request");
        QCOMPARE(m_handled.load(), 0);
    }

    void throwingHandlerGets500AndServerGoesOn()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        // The warnings name the request, by the id its answer carries too.
        QTest::ignoreMessage(QtWarningMsg, "the handler failed on GET /throw (request id-/throw): the handler broke");
        QTest::ignoreMessage(QtWarningMsg, "the handler failed on GET /throw-other (request id-/throw-other): an exception "
                                           "not derived from std::exception");
        QTest::ignoreMessage(QtWarningMsg,
                             "the handler's answer is not valid HTTP: header \"X-Bad\" has a control character in its value");
        for (const char *path : {"/throw", "/throw-other", "/bad-header"}) {
            client.send(get(path, QByteArray("X-Request-Id: id-") + path + "\r\n"));
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 500);
            QCOMPARE(response->errorCode(), u"internal");
            QVERIFY(!response->headers.contains("injected"));
        }
        client.send(get("/fine"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void manyConcurrentClientsAreAllAnswered()
    {
        auto server = startServer();
        QVERIFY(server);
        constexpr int kClients = 50;
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(clients.back()->connectTo(server->port()));
        }
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < kClients; ++i)
                clients[std::size_t(i)]->send(withBody("POST", "/c/" + QByteArray::number(i), QByteArray::number(round)));
            for (int i = 0; i < kClients; ++i) {
                const auto response = clients[std::size_t(i)]->readResponse();
                QVERIFY(response);
                QCOMPARE(response->status, 200);
                QCOMPARE(response->json().value(u"path").toString(), QStringLiteral("/c/%1").arg(i));
                QCOMPARE(response->json().value(u"body").toString(), QString::number(round));
            }
        }
        QCOMPARE(m_handled.load(), 3 * kClients);
    }

    void slowClientIsCutOffWhileOthersAreServed()
    {
        Limits limits;
        limits.readTimeoutSeconds = 1;
        // One I/O thread: a slow client that held it would starve everybody else.
        auto server = startServer(limits, 1);
        QVERIFY(server);
        RawHttpClient slow;
        QVERIFY(slow.connectTo(server->port()));
        slow.send("GET /slow HTTP/1.1\r\nHost: test\r\n");
        QVERIFY(slow.flush());

        RawHttpClient other;
        QVERIFY(other.connectTo(server->port()));
        other.send(get("/other"));
        const auto response = other.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);

        // Trickling a byte at a time does not reset the deadline: headers must be complete in time.
        QDeadlineTimer giveUp(RawHttpClient::kWaitMs);
        while (slow.isOpen() && !giveUp.hasExpired()) {
            slow.send("X");
            slow.socket().waitForBytesWritten(100);
            slow.socket().waitForReadyRead(200);
        }
        QVERIFY(!slow.isOpen());
        QVERIFY(slow.socket().readAll().isEmpty());
        QCOMPARE(m_handled.load(), 1);
    }

    void idleConnectionIsClosed()
    {
        Limits limits;
        limits.idleTimeoutSeconds = 1;
        auto server = startServer(limits);
        QVERIFY(server);
        RawHttpClient silent;
        QVERIFY(silent.connectTo(server->port()));
        RawHttpClient afterRequest;
        QVERIFY(afterRequest.connectTo(server->port()));
        afterRequest.send(get("/once"));
        const auto response = afterRequest.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(silent.waitForClose());
        QVERIFY(afterRequest.waitForClose());
    }

    // Stopping closes at once what waits for a request; a request begun that is not finished within the grace is cut
    // off like at a time-out; and from then on connections are refused.
    void stopClosesIdleConnectionsAndCutsOffUnfinishedRequests()
    {
        auto server = startServer({}, 2, std::chrono::milliseconds(300));
        QVERIFY(server);
        const quint16 port = server->port();
        RawHttpClient idle;
        QVERIFY(idle.connectTo(port));
        idle.send(get("/first"));
        QVERIFY(idle.readResponse());
        RawHttpClient halfHeader;
        QVERIFY(halfHeader.connectTo(port));
        halfHeader.send("GET /half HTTP/1.1\r\nHost: te");
        QVERIFY(halfHeader.flush());
        RawHttpClient halfBody;
        QVERIFY(halfBody.connectTo(port));
        halfBody.send("PUT /half HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\nabc");
        QVERIFY(halfBody.flush());
        RawHttpClient silent;
        QVERIFY(silent.connectTo(port));

        server->stop();
        server->stop();
        QVERIFY(idle.waitForClose());
        QVERIFY(halfHeader.waitForClose());
        QVERIFY(halfBody.waitForClose());
        QVERIFY(silent.waitForClose());
        QCOMPARE(m_handled.load(), 1); // the unfinished requests never reached the handler

        RawHttpClient late;
        QVERIFY(!late.connectTo(port));
    }

    void serverCanStartAgainAfterStop()
    {
        auto server = startServer();
        QVERIFY(server);
        server->stop();
        QVERIFY(server->start().ok());
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/again"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void startFailsOnABusyPort()
    {
        auto first = startServer();
        QVERIFY(first);
        ServerOptions options;
        options.port = first->port();
        HttpServer second(options, [](const Request &) { return Response::noContent(); });
        const kj::Status started = second.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, kj::ErrorCode::Unavailable);
        QVERIFY(started.error().message.contains(QString::number(first->port())));
    }

    void connectionsOverTheCapAreRefused()
    {
        Limits limits;
        limits.maxConnections = 2;
        auto server = startServer(limits);
        QVERIFY(server);
        RawHttpClient first;
        RawHttpClient second;
        for (RawHttpClient *client : {&first, &second}) {
            QVERIFY(client->connectTo(server->port()));
            client->send(get("/in"));
            const auto response = client->readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        RawHttpClient third;
        QVERIFY(third.connectTo(server->port()));
        QVERIFY(third.waitForClose());

        first.socket().disconnectFromHost();
        // The freed place is taken by a new connection once the server has noticed the close.
        const QDeadlineTimer deadline(RawHttpClient::kWaitMs);
        std::optional<RawResponse> response;
        while (!response && !deadline.hasExpired()) {
            RawHttpClient fourth;
            QVERIFY(fourth.connectTo(server->port()));
            fourth.send(get("/later"));
            response = fourth.readResponse();
            if (!response)
                QTest::qWait(20);
        }
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void slowHandlersHoldUpNoOtherConnection()
    {
        auto server = startWithLanes(2, [](const Request &request) {
            return request.path.startsWith(u"/gate/costly") ? Lane::Costly : Lane::Ordinary;
        });
        QVERIFY(server);
        const auto release = qScopeGuard([this] { m_gate->open(); }); // before the server stops, even on failure
        std::vector<std::unique_ptr<RawHttpClient>> costly;
        for (int i = 0; i < 3; ++i) {
            costly.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(costly.back()->connectTo(server->port()));
            costly.back()->send(get("/gate/costly"));
            QVERIFY(costly.back()->flush());
        }
        QTRY_COMPARE(m_gate->inside(), 1);

        // The one I/O thread and the ordinary workers are free while costly handlers run and wait...
        RawHttpClient quick;
        QVERIFY(answersFixed(quick, server->port()));
        // ...and while an ordinary one waits too.
        RawHttpClient ordinary;
        QVERIFY(ordinary.connectTo(server->port()));
        ordinary.send(get("/gate/ordinary"));
        QVERIFY(ordinary.flush());
        QTRY_COMPARE(m_gate->inside(), 2);
        quick.send(get("/fixed"));
        QVERIFY(quick.readResponse());

        m_gate->open();
        for (const std::unique_ptr<RawHttpClient> &client : costly) {
            const auto passed = client->readResponse();
            QVERIFY(passed);
            QCOMPARE(passed->body, QByteArray("passed"));
        }
        QVERIFY(ordinary.readResponse());
        QCOMPARE(m_gate->most(), 2); // one costly at a time (its pool's size) beside the ordinary one
    }

    // A request in Lane::Inline is answered on the I/O thread: no worker needed, so none blocked holds it up.
    void inlineRequestsNeedNoWorker()
    {
        auto server = startWithLanes(1, [](const Request &request) {
            return request.path == u"/fixed" ? Lane::Inline : Lane::Ordinary;
        });
        QVERIFY(server);
        const auto release = qScopeGuard([this] { m_gate->open(); });
        RawHttpClient blocked;
        QVERIFY(blocked.connectTo(server->port()));
        blocked.send(get("/gate/ordinary"));
        QVERIFY(blocked.flush());
        QTRY_COMPARE(m_gate->inside(), 1); // the only worker waits

        RawHttpClient quick;
        QVERIFY(answersFixed(quick, server->port()));
        m_gate->open();
        QVERIFY(blocked.readResponse());
    }

    // A graceful stop (SIGTERM): the request in flight is answered, the idle connection closed, new ones refused.
    void stopAnswersTheRequestsInFlight()
    {
        auto server = startServer();
        QVERIFY(server);
        const quint16 port = server->port();
        RawHttpClient idle;
        QVERIFY(idle.connectTo(port));
        idle.send(get("/first"));
        QVERIFY(idle.readResponse()); // kept alive, now waiting for its next request
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        client.send(get("/gate/stop"));
        QVERIFY(client.flush());
        QTRY_COMPARE(m_gate->inside(), 1);

        std::atomic<bool> stopped{false};
        std::thread stopper([&] {
            server->stop();
            stopped = true;
        });
        const auto finish = qScopeGuard([&] {
            m_gate->open();
            if (stopper.joinable())
                stopper.join();
        });
        QVERIFY(idle.waitForClose()); // the idle connection is closed at once...
        RawHttpClient late;
        QVERIFY(!late.connectTo(port)); // ...a new one is refused (the listening socket went first)...
        QVERIFY(!stopped);              // ...and the server waits for the request in flight...
        QVERIFY(client.isOpen());
        m_gate->open();
        const auto answer = client.readResponse(); // ...which is answered, as the connection's last
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body, QByteArray("passed"));
        QCOMPARE(answer->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
        stopper.join();
        QVERIFY(stopped);
        QCOMPARE(m_gate->inside(), 0);
        QCOMPARE(m_handled.load(), 2);
        QVERIFY(server->start().ok()); // and starts again, with new workers
        RawHttpClient again;
        QVERIFY(again.connectTo(server->port()));
        again.send(get("/fixed"));
        QVERIFY(again.readResponse());
    }

    // Every answer carries X-Request-Id: the client's if sane, else one the server made; the handler sees the same.
    void requestIdIsTakenOrMade_data()
    {
        QTest::addColumn<QByteArray>("offered");
        QTest::addColumn<bool>("kept");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("sane") << QByteArray("trace-42.abc/7:x") << true;
        QTest::newRow("longest") << QByteArray(RequestIds::kMaxLength, 'a') << true;
        QTest::newRow("too long") << QByteArray(RequestIds::kMaxLength + 1, 'a') << false;
        QTest::newRow("space") << QByteArray("two words") << false;
        QTest::newRow("quote") << QByteArray("a\"b") << false;
        QTest::newRow("backslash") << QByteArray("a\\b") << false;
        QTest::newRow("not ascii") << QByteArray("\xe4\xb8\xad") << false;
    }

    void requestIdIsTakenOrMade()
    {
        QFETCH(QByteArray, offered);
        QFETCH(bool, kept);
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(get("/echo", offered.isNull() ? QByteArray() : "X-Request-Id: " + offered + "\r\n"));
        const auto first = client.readResponse();
        QVERIFY(first);
        const QByteArray id = first->header("x-request-id");
        QCOMPARE(first->json().value(QStringLiteral("id")).toString().toLatin1(), id);
        if (kept) {
            QCOMPARE(id, offered);
            return;
        }
        static const QRegularExpression made(QStringLiteral("^[0-9a-f]{32}$"));
        QVERIFY2(made.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        client.send(get("/echo"));
        const auto second = client.readResponse();
        QVERIFY(second);
        QVERIFY(second->header("x-request-id") != id);
    }

    // An answer the transport gives by itself once the head is in (here a 400 for a missing Host) names the request
    // too; one refused before its head was whole (a 431) has no id to name.
    void transportRefusalCarriesTheRequestId()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("GET /no-host HTTP/1.1\r\nX-Request-Id: refused-1\r\n\r\n");
        const auto answer = client.readResponse();
        QVERIFY(answer);
        QCOMPARE(answer->status, 400);
        QCOMPARE(answer->header("x-request-id"), QByteArray("refused-1"));
        QCOMPARE(m_handled.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
