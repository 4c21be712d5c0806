#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::store::ClientStore;

namespace {

//! A server that is broken on purpose: it reads each whole request (headers and body) and answers every one
//! with the same bytes, then closes the connection. Lives in the test's event loop.
class BrokenServer : public QObject
{
public:
    explicit BrokenServer(QByteArray answer) : m_answer(std::move(answer))
    {
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen(quint16 port = 0) { return m_listener.listen(QHostAddress::LocalHost, port); }
    [[nodiscard]] QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_listener.serverPort()); }
    [[nodiscard]] int requests() const { return m_requests; }

    //! A JSON error body with its status line.
    static QByteArray errorAnswer(int status, const QByteArray &reason, const QByteArray &code, const QByteArray &message)
    {
        const QByteArray body = R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})";
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming: answering now would cut the client off mid-request
        m_buffers.remove(socket);
        ++m_requests;
        socket->write(m_answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_listener;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace

//! A server that answers 5xx or garbage: every change stays queued, the engine retries with exponential
//! backoff and jitter, the reason is in the sync status (SyncEngine::lastError, `kongjian-cli status`),
//! and once a sound server answers, the queue goes up and the error clears.
class TestSyncEngineFailures : public QObject
{
    Q_OBJECT

private:
    RestartableServer m_server;
    const QString m_url = m_server.url();
    QNetworkAccessManager m_network;
    QList<std::chrono::milliseconds> m_cappedDelays; // over all rows, to see the jitter

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        QVERIFY(m_server.start().ok());
    }

    void retriesWithBackoffAndShowsWhy_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("state");

        const int offline = int(SyncEngine::State::Offline);
        QTest::newRow("503 with an error body")
            << BrokenServer::errorAnswer(503, "Service Unavailable", "unavailable", "down for maintenance")
            << u"unavailable"_s << u"down for maintenance"_s << offline;
        QTest::newRow("500 without a body")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            << u"internal"_s << u"HTTP 500"_s << offline;
        QTest::newRow("502 with an HTML page")
            << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 24\r\nConnection: close\r\n\r\n"
                          "<html>bad gateway</html>")
            << u"unavailable"_s << u"HTTP 502"_s << offline;
        // Not the contract: retrying may not fix it by itself, but the change is kept and tried again.
        QTest::newRow("200 with garbage")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
                          "{not json!!!")
            << u"bad_response"_s << u"malformed JSON"_s << int(SyncEngine::State::Error);
        QTest::newRow("not HTTP at all")
            << QByteArray("\x16\x03\x01 garbage \xff\xfe\r\n\r\n") << u"network_error"_s << u"cannot reach"_s << offline;
    }

    void retriesWithBackoffAndShowsWhy()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        QFETCH(int, state);

        BrokenServer broken(answer);
        QVERIFY(broken.listen());
        auto opened = ClientStore::openInMemory(kj::User{u"alice"_s, u"alice"_s, {}});
        QVERIFY(opened.ok());
        ClientStore &store = **opened;
        const QString id = store.diaries().saveMyDiary({}, u"t"_s, u"kept through a broken server"_s, kj::Visibility::Private)->diary.id;
        ApiClient api(m_network);
        api.setServer(QUrl(broken.url()));
        api.setToken(u"whatever"_s);
        SyncEngine sync(store, api);
        SyncEngine::Timing timing;
        timing.initialRetry = std::chrono::milliseconds(20);
        timing.maxRetry = std::chrono::milliseconds(160);
        sync.setTiming(timing);

        struct Failure {
            kj::Error error;
            SyncEngine::State state;
            std::optional<kj::Error> shown;
            std::chrono::milliseconds delay;
            int pending;
        };
        QList<Failure> failures;
        connect(&sync, &SyncEngine::finished, this, [&](const kj::Status &status) {
            if (!status)
                failures.append({status.error(), sync.state(), sync.lastError(), sync.retryDelay(), sync.pendingCount()});
        });
        sync.start();
        constexpr int kFailures = 7;
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= kFailures, 30000);
        QVERIFY(broken.requests() >= kFailures); // each retry asked the server again

        for (int i = 0; i < failures.size(); ++i) {
            const Failure &failure = failures.at(i);
            QCOMPARE(kj::errorCodeName(failure.error.code), code);
            QVERIFY2(failure.error.message.contains(reason), qPrintable(failure.error.message));
            QCOMPARE(int(failure.state), state);
            // The reason is in the sync status, as the CLI and the GUI read it.
            QVERIFY(failure.shown);
            QCOMPARE(failure.shown->code, failure.error.code);
            QCOMPARE(failure.shown->message, failure.error.message);
            // Nothing dropped, nothing refused for good.
            QCOMPARE(failure.pending, 1);
            // Exponential, jittered into the upper half of each step, capped.
            QVERIFY(failure.delay >= timing.initialRetry / 2 && failure.delay <= timing.maxRetry);
            if (i > 0)
                QVERIFY(failure.delay >= std::min(failures.at(i - 1).delay, timing.maxRetry / 2));
            if (i >= 4) // 20 << 3 = 160: capped from the fourth retry on
                m_cappedDelays.append(failure.delay);
        }
        QVERIFY(failures.last().delay > failures.first().delay);
        QCOMPARE(store.outbox().rejectedCount(), 0);

        // A sound server: the next retry sends the change and the error is gone.
        JsonClient json(m_url);
        const QString token = json.signUp(u"alice%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).remove(u' ').left(32).toLower());
        QVERIFY(!token.isEmpty());
        api.setServer(QUrl(m_url));
        api.setToken(token);
        QTRY_VERIFY_WITH_TIMEOUT(sync.state() == SyncEngine::State::Idle && sync.pendingCount() == 0, 30000);
        QVERIFY(!sync.lastError());
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + id, token).status, 200);
    }

    void delaysAreJittered()
    {
        // Capped delays drawn from [cap/2, cap]: dozens of them all equal would mean no jitter.
        QVERIFY(m_cappedDelays.size() >= 10);
        QVERIFY(std::any_of(m_cappedDelays.cbegin(), m_cappedDelays.cend(),
                            [&](std::chrono::milliseconds delay) { return delay != m_cappedDelays.first(); }));
    }

    void cliStatusShowsTheReason()
    {
        CliRunner cli(m_url);
        QCOMPARE(cli.run(u"alice"_s, {u"register"_s, u"bea"_s}, CliRunner::password(u"bea"_s)).code, 0);
        // The server's address now answers 503.
        m_server.stop();
        auto broken = std::make_unique<BrokenServer>(
            BrokenServer::errorAnswer(503, "Service Unavailable", "unavailable", "down for maintenance"));
        QVERIFY(broken->listen(m_server.port()));
        // kongjian-cli talks to the broken server, which answers from this event loop: spin it while it runs.
        const auto runCli = [&](const QStringList &args, const QByteArray &input = {}) {
            std::unique_ptr<QProcess> process = cli.start(u"alice"_s, args, input);
            CliRunner::Run run;
            if (!process || !QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 30000))
                return run;
            run.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
            run.out = QString::fromUtf8(process->readAllStandardOutput());
            run.err = QString::fromUtf8(process->readAllStandardError());
            return run;
        };
        CliRunner::Run run = runCli({u"diary"_s, u"new"_s}, "while the server is in maintenance\n");
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"1 change pending"_s) && run.err.contains(u"down for maintenance"_s), qPrintable(run.err));
        run = runCli({u"status"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Pending changes: 1"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Last error:      the server has a problem (down for maintenance); try again later"_s),
                 qPrintable(run.out));
        run = runCli({u"sync"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"down for maintenance"_s) && run.err.contains(u"1 change is still saved here"_s),
                 qPrintable(run.err));

        // Back: the change goes up and the status is clear.
        QVERIFY(broken->requests() >= 2);
        broken.reset(); // frees the port for the real server
        QVERIFY(m_server.start().ok());
        run = cli.run(u"alice"_s, {u"sync"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli.run(u"alice"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 0"_s) && run.out.contains(u"Last error:      none"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineFailures)
#include "tst_syncengine_failures.moc"
