#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "server-stub/server.h"
#include "tests/support/jsonclient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::store::ClientStore;

//! The reference server is stopped and started again (same port, same data) several times while a client
//! pushes a long queue of changes: the engine goes offline, retries with growing delays, and finishes
//! once the server is back; the server ends with every change exactly once.
class TestServerRestart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    kj::server::ServerConfig m_config;
    QString m_url;
    std::unique_ptr<kj::server::Server> m_server;
    QNetworkAccessManager m_network;

    kj::Status startServer()
    {
        m_server = std::make_unique<kj::server::Server>(m_config);
        return m_server->start();
    }

    //! Every diary of `username` on the server: id -> body (a body seen twice is reported as "DOUBLE").
    QMap<QString, QString> serverDiaries(const QString &username, const QString &token)
    {
        JsonClient json(m_url);
        QMap<QString, QString> result;
        QString cursor;
        do {
            const TestReply reply = json.get(u"/api/v1/users/%1/diaries?limit=100%2"_s.arg(
                                                 username, cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                             token);
            if (reply.status != 200)
                return {{u"ERROR"_s, QString::fromUtf8(reply.body)}};
            for (const QJsonValue &value : reply.json.value(u"items"_s).toArray()) {
                const QJsonObject diary = value.toObject();
                const QString id = diary.value(u"id"_s).toString();
                result.insert(result.contains(id) ? u"DOUBLE "_s + id : id, diary.value(u"body"_s).toString());
            }
            cursor = reply.json.value(u"nextCursor"_s).toString();
        } while (!cursor.isEmpty());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        if (qEnvironmentVariableIntValue("KJ_ACCESS_LOG") != 1)
            QLoggingCategory::setFilterRules(u"kj.server.access.info=false"_s);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_config.port = probe.serverPort();
        probe.close();
        m_config.address = u"127.0.0.1"_s;
        m_config.dataDir = m_data.path();
        m_config.threads = 2;
        m_url = u"http://127.0.0.1:%1"_s.arg(m_config.port);
        QVERIFY(startServer().ok());
    }

    void restartsInTheMiddleOfAPush()
    {
        JsonClient json(m_url);
        const QString token = json.signUp(u"alice"_s);
        QVERIFY(!token.isEmpty());
        auto opened = ClientStore::openInMemory(kj::User{u"alice"_s, u"alice"_s, {}});
        QVERIFY(opened.ok());
        ClientStore &store = **opened;
        ApiClient api(m_network);
        api.setServer(QUrl(m_url));
        api.setToken(token);
        SyncEngine sync(store, api);
        SyncEngine::Timing timing;
        timing.debounce = std::chrono::milliseconds(10);
        timing.initialRetry = std::chrono::milliseconds(40);
        timing.maxRetry = std::chrono::milliseconds(320);
        sync.setTiming(timing);

        // Some diaries already on the server, to edit and delete offline.
        QMap<QString, QString> expected; // id -> body the server must end with
        QStringList earlier;
        for (int i = 0; i < 10; ++i) {
            auto saved = store.diaries().saveMyDiary({}, u"earlier %1"_s.arg(i), u"earlier text %1\n"_s.arg(i), kj::Visibility::Friends);
            QVERIFY(saved.ok());
            earlier.append(saved->diary.id);
        }
        QSignalSpy finished(&sync, &SyncEngine::finished);
        sync.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.last().first().value<kj::Status>().ok());
        finished.clear();

        // Offline on a train: many new diaries, edits of earlier ones, some deletes.
        constexpr int kNew = 60;
        for (int i = 0; i < kNew; ++i) {
            const QString body = u"new diary %1\n\n第二段 %1\n"_s.arg(i);
            auto saved = store.diaries().saveMyDiary({}, u"new %1"_s.arg(i), body, kj::Visibility::Friends);
            QVERIFY(saved.ok());
            expected.insert(saved->diary.id, body);
        }
        QStringList deleted;
        for (int i = 0; i < earlier.size(); ++i) {
            if (i % 3 == 0) {
                QVERIFY(store.diaries().deleteMyDiary(earlier.at(i)).ok());
                deleted.append(earlier.at(i));
            } else {
                const QString body = u"earlier text %1, edited on the train\n"_s.arg(i);
                QVERIFY(store.diaries().saveMyDiary(earlier.at(i), u"earlier %1"_s.arg(i), body, kj::Visibility::Friends).ok());
                expected.insert(earlier.at(i), body);
            }
        }
        const int queued = store.outbox().pendingCount();
        QCOMPARE(queued, kNew + earlier.size());

        // The server goes away three times while the queue drains: right after a push was recorded (the next
        // request meets a closed port), and a little later (a request is on its way or being answered).
        struct Outage {
            int whenPendingBelow;
            int delayMs;
        };
        const QList<Outage> outages = {{queued - 5, 0}, {queued - 25, 1}, {queued - 45, 3}};
        int outage = 0;
        bool serverDown = false;
        QList<std::chrono::milliseconds> retryDelays;
        QStringList failures; // what the sync status said while the server was away
        connect(&sync, &SyncEngine::pendingCountChanged, this, [&](int count) {
            if (serverDown || outage >= outages.size() || count >= outages.at(outage).whenPendingBelow)
                return;
            const int delay = outages.at(outage++).delayMs;
            serverDown = true;
            auto stop = [this] { m_server.reset(); };
            if (delay == 0)
                stop();
            else
                QTimer::singleShot(delay, this, stop);
        });
        connect(&sync, &SyncEngine::finished, this, [&](const kj::Status &status) {
            if (status || !serverDown)
                return;
            retryDelays.append(sync.retryDelay());
            const std::optional<kj::Error> error = sync.lastError();
            failures.append(u"%1 %2"_s.arg(sync.state() == SyncEngine::State::Offline ? u"offline"_s : u"not offline"_s,
                                            error ? kj::errorCodeName(error->code) : u"no error"_s));
            // Back after three failed runs.
            if (retryDelays.size() % 3 == 0) {
                serverDown = false;
                QVERIFY(startServer().ok());
            }
        });

        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(outage == outages.size() && !serverDown && sync.state() == SyncEngine::State::Idle
                                     && sync.pendingCount() == 0,
                                 60000);
        sync.stop();

        // Each outage failed three runs in a row, each seen as "offline" with the network error as the
        // reason, and retried after growing delays: jitter draws each from the upper half of its doubling
        // step, so a delay is never shorter than the one before it until both reach the cap.
        QCOMPARE(retryDelays.size(), 3 * outages.size());
        QCOMPARE(failures, QStringList(retryDelays.size(), u"offline network_error"_s));
        for (int i = 0; i < retryDelays.size(); ++i) {
            QVERIFY(retryDelays.at(i) >= timing.initialRetry / 2);
            QVERIFY(retryDelays.at(i) <= timing.maxRetry);
            if (i % 3 != 0) {
                QVERIFY2(retryDelays.at(i) >= std::min(retryDelays.at(i - 1), timing.maxRetry / 2),
                         qPrintable(u"delay %1 shrank"_s.arg(i)));
            }
        }
        const std::optional<kj::Error> lastError = sync.lastError();
        QVERIFY(!lastError); // cleared by the run that finished

        // Nothing lost, nothing doubled.
        const QMap<QString, QString> onServer = serverDiaries(u"alice"_s, token);
        QCOMPARE(onServer.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(onServer.contains(it.key()), qPrintable(it.key() + u" is missing on the server"_s));
            QCOMPARE(onServer.value(it.key()), it.value());
        }
        for (const QString &id : std::as_const(deleted))
            QVERIFY(!onServer.contains(id));
        QSet<QString> bodies;
        for (const QString &body : onServer)
            bodies.insert(body);
        QCOMPARE(bodies.size(), onServer.size());
        // The local store agrees, with nothing pending and no conflict invented on the way.
        QCOMPARE(store.diaries().countByAuthor(u"alice"_s), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const auto local = store.diaries().find(it.key());
            QVERIFY(local);
            QCOMPARE(local->diary.body, it.value());
            QVERIFY(!local->pending);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
