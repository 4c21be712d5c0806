// The transport's body plans: a route the application streams gets its body piece by piece in a sink
// (never whole in memory) under its own limit, JSON routes keep theirs, and a refusal comes before the body.
#include "server-stub/http/httpserver.h"
#include "tests/server-stub/http/rawhttpclient.h"

#include <QMutex>
#include <QTest>

#include <atomic>
#include <memory>

using namespace kj::server::http;

namespace {

//! Records what the transport writes and whether the handler ever saw it.
class RecordingSink : public BodySink
{
public:
    explicit RecordingSink(std::atomic<int> &destroyed, qsizetype failAfter = -1)
        : m_destroyed(destroyed), m_failAfter(failAfter)
    {
    }
    ~RecordingSink() override { ++m_destroyed; }

    kj::Status write(const char *data, std::size_t size) override
    {
        largestWrite = std::max(largestWrite, size);
        ++writes;
        bytes.append(data, qsizetype(size));
        received = bytes.size();
        if (m_failAfter >= 0 && bytes.size() > m_failAfter)
            return kj::fail(kj::ErrorCode::UnsupportedMediaType, QStringLiteral("the sink gives up"));
        return {};
    }

    QByteArray bytes;
    std::atomic<qsizetype> received{0}; // for a test thread that watches while the I/O thread writes
    std::size_t largestWrite = 0;
    int writes = 0;

private:
    std::atomic<int> &m_destroyed;
    qsizetype m_failAfter;
};

QByteArray patch(const QByteArray &target, qsizetype length, const QByteArray &extraHeaders = {})
{
    return "PATCH " + target + " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(length) + "\r\n"
        + extraHeaders + "\r\n";
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

} // namespace

class TestStreamedBody : public QObject
{
    Q_OBJECT

private:
    // Paths: /stream streams, /stream-fail streams into a sink that fails after 100 KiB, /refuse is
    // refused before its body (409), anything else is in memory.
    std::unique_ptr<HttpServer> startServer()
    {
        ServerOptions options;
        options.port = 0;
        options.threads = 2;
        options.limits.jsonBodyBytes = 4 * 1024;
        options.limits.streamedBodyBytes = 3 * 1024 * 1024;
        options.planBody = [this](const Request &head) {
            ++m_planned;
            if (head.path == u"/refuse")
                return BodyPlan::refuse(Response{409, R"({"error":{"code":"conflict","message":"no"}})", {}, {}});
            if (head.path == u"/stream" || head.path == u"/stream-fail") {
                auto sink = std::make_shared<RecordingSink>(m_destroyed, head.path == u"/stream-fail" ? 100 * 1024 : -1);
                const QMutexLocker lock(&m_mutex);
                m_lastSink = sink;
                return BodyPlan::stream(sink);
            }
            return BodyPlan::inMemory();
        };
        auto server = std::make_unique<HttpServer>(options, [this](const Request &request) {
            ++m_handled;
            auto *sink = dynamic_cast<RecordingSink *>(request.bodySink.get());
            return Response::json(200, {{QStringLiteral("inMemory"), request.body.size()},
                                        {QStringLiteral("streamed"), qint64(request.streamedBytes)},
                                        {QStringLiteral("sinkBytes"), sink ? sink->bytes.size() : -1},
                                        {QStringLiteral("largestWrite"), sink ? qint64(sink->largestWrite) : -1}});
        });
        if (const kj::Status started = server->start(); !started) {
            qWarning() << "start failed:" << started.error().message;
            return nullptr;
        }
        return server;
    }

    std::shared_ptr<RecordingSink> lastSink()
    {
        const QMutexLocker lock(&m_mutex);
        return m_lastSink.lock();
    }

    std::atomic<int> m_planned{0};
    std::atomic<int> m_handled{0};
    std::atomic<int> m_destroyed{0};
    QMutex m_mutex;
    std::weak_ptr<RecordingSink> m_lastSink;

private Q_SLOTS:
    void init()
    {
        m_planned = 0;
        m_handled = 0;
        m_destroyed = 0;
    }

    void streamedBodyArrivesInPiecesOverTheJsonLimit()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = pattern(2 * 1024 * 1024 + 3);
        client.send(patch("/stream", body.size()) + body);
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const QJsonObject json = response->json();
        QCOMPARE(json.value(u"inMemory").toInt(), 0);
        QCOMPARE(json.value(u"streamed").toInteger(), body.size());
        QCOMPARE(json.value(u"sinkBytes").toInteger(), body.size());
        QVERIFY2(json.value(u"largestWrite").toInteger() <= 64 * 1024, "the body reached the sink in one piece");
        // The handler's work on the sink is over before the answer: it is gone by now.
        QTRY_COMPARE(m_destroyed.load(), 1);
        // And the connection goes on with the next request.
        client.send(patch("/other", 3) + "abc");
        const auto next = client.readResponse();
        QVERIFY(next);
        QCOMPARE(next->json().value(u"inMemory").toInt(), 3);
    }

    void streamedBodyBytesAreExact()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = pattern(300 * 1024 + 11);
        client.send(patch("/stream", body.size()));
        QVERIFY(client.flush());
        // In several writes, as a slow client sends it.
        for (qsizetype at = 0; at < body.size(); at += 50000) {
            client.send(body.mid(at, 50000));
            QVERIFY(client.flush());
        }
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"sinkBytes").toInteger(), body.size());
        QCOMPARE(m_handled.load(), 1);
    }

    void chunkedStreamedBodyIsStreamed()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = pattern(100 * 1024);
        QByteArray wire = "PATCH /stream HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (qsizetype at = 0; at < body.size(); at += 30000) {
            const QByteArray piece = body.mid(at, 30000);
            wire += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        client.send(wire + "0\r\n\r\n");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"streamed").toInteger(), body.size());
    }

    void streamedBodyOverItsLimitGets413BeforeTheBody()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(patch("/stream", 3 * 1024 * 1024 + 1, "Expect: 100-continue\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413); // no 100 Continue first: the body is never asked for
        QCOMPARE(response->errorCode(), u"payload_too_large");
        QVERIFY(client.waitForClose());
        QCOMPARE(m_handled.load(), 0);
    }

    void jsonRoutesKeepTheirLimitBesideStreamedOnes()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(patch("/json", 5000) + QByteArray(5000, 'j'));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(response->json().value(u"error").toObject().value(u"message").toString().contains(u"4096"));
        QCOMPARE(m_handled.load(), 0);

        RawHttpClient chunkedClient;
        QVERIFY(chunkedClient.connectTo(server->port()));
        chunkedClient.send("PATCH /json HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n1400\r\n"
                           + QByteArray(0x1400, 'k') + "\r\n0\r\n\r\n");
        const auto chunkedResponse = chunkedClient.readResponse();
        QVERIFY(chunkedResponse);
        QCOMPARE(chunkedResponse->status, 413);
        QCOMPARE(m_handled.load(), 0);
    }

    void refusalComesBeforeTheBodyAndWithout100Continue()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(patch("/refuse", 1024 * 1024, "Expect: 100-continue\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 409);
        QCOMPARE(response->errorCode(), u"conflict");
        QVERIFY(client.waitForClose());
        QCOMPARE(m_handled.load(), 0);
    }

    void aCutConnectionDropsTheSinkWithoutTheHandler()
    {
        auto server = startServer();
        QVERIFY(server);
        {
            RawHttpClient client;
            QVERIFY(client.connectTo(server->port()));
            client.send(patch("/stream", 1024 * 1024) + pattern(200 * 1024));
            QVERIFY(client.flush());
            QTRY_VERIFY(lastSink() && lastSink()->received == 200 * 1024);
            client.socket().abort();
        }
        QTRY_COMPARE(m_destroyed.load(), 1);
        QCOMPARE(m_handled.load(), 0);
    }

    void aFailingSinkIsAnsweredWithItsError()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(patch("/stream-fail", 1024 * 1024) + pattern(1024 * 1024));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 415);
        QCOMPARE(response->errorCode(), u"unsupported_media_type");
        QVERIFY(client.waitForClose());
        QCOMPARE(m_handled.load(), 0);
        QCOMPARE(m_destroyed.load(), 1);
    }

    void emptyStreamedBodyReachesTheHandler()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(patch("/stream", 0));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"sinkBytes").toInt(), 0);
        QCOMPARE(m_handled.load(), 1);
    }

    void badTargetIsStillAnsweredAfterItsBody()
    {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(patch("/stream%zz", 3) + "abc");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(m_planned.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamedBody)
#include "tst_streamedbody.moc"
