#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::store::ClientStore;

namespace {

//! Between a client and the server: passes each request on, and when the server's answer comes back, drops
//! it and cuts the client off. The server did the write; the client never hears of it (a lost answer).
class AnswerEater : public QObject
{
public:
    explicit AnswerEater(quint16 serverPort) : m_serverPort(serverPort)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener.nextPendingConnection()) {
                client->setParent(this);
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                    (void)upstream->readAll();
                    ++m_eaten;
                    client->abort();
                    client->deleteLater();
                });
            }
        });
    }
    bool listen() { return m_listener.listen(QHostAddress::LocalHost); }
    [[nodiscard]] QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_listener.serverPort()); }
    [[nodiscard]] int eaten() const { return m_eaten; }

private:
    quint16 m_serverPort;
    QTcpServer m_listener;
    int m_eaten = 0;
};

} // namespace

//! The reference server is stopped and started again (same port, same data) several times while a client
//! pushes a long queue of changes: the engine goes offline, retries with growing delays, and finishes
//! once the server is back; the server ends with every change exactly once.
class TestServerRestart : public QObject
{
    Q_OBJECT

private:
    RestartableServer m_server;
    const QString m_url = m_server.url();
    QNetworkAccessManager m_network;

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
        QVERIFY(m_server.start().ok());
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
            auto stop = [this] { m_server.stop(); };
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
                QVERIFY(m_server.start().ok());
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

    void aLostAnswerIsNoConflictWithMyself()
    {
        JsonClient json(m_url);
        const QString token = json.signUp(u"gina"_s);
        QVERIFY(!token.isEmpty());
        auto opened = ClientStore::openInMemory(kj::User{u"gina"_s, u"gina"_s, {}});
        QVERIFY(opened.ok());
        ClientStore &store = **opened;
        ApiClient api(m_network);
        api.setServer(QUrl(m_url));
        api.setToken(token);
        SyncEngine sync(store, api);
        QList<kj::app::SyncConflict> conflicts;
        connect(&sync, &SyncEngine::conflictResolved, this, [&](const kj::app::SyncConflict &c) { conflicts.append(c); });
        const auto syncOnce = [&] {
            QSignalSpy finished(&sync, &SyncEngine::finished);
            sync.syncNow();
            return finished.wait(30000) ? finished.first().first().value<kj::Status>()
                                        : kj::Status(kj::fail(kj::ErrorCode::Timeout, u"no end"_s));
        };
        AnswerEater eater(m_server.port());
        QVERIFY(eater.listen());
        const auto save = [&](const QString &id, const QString &body) {
            auto saved = store.diaries().saveMyDiary(id, u"火车"_s, body, kj::Visibility::Friends);
            return saved ? saved->diary.id : QString();
        };

        // An edit whose answer is lost, then another edit of the same paragraph before the next sync: the
        // server's newer revision is my own first edit, not someone else's, so there is nothing to merge.
        const QString id = save({}, u"第一段\n\n第二段\n"_s);
        QVERIFY(syncOnce().ok());
        QVERIFY(!save(id, u"第一段, edited once\n\n第二段\n"_s).isEmpty());
        api.setServer(QUrl(eater.url()));
        QCOMPARE(syncOnce().error().code, kj::ErrorCode::NetworkError);
        QVERIFY(eater.eaten() >= 1); // the push went through (Qt may send it twice), its answer did not
        const int eatenBefore = eater.eaten();
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + id, token).json.value(u"diary"_s).toObject().value(u"revision"_s).toInt(), 2);
        QVERIFY(!save(id, u"第一段, edited twice\n\n第二段\n"_s).isEmpty());
        api.setServer(QUrl(m_url));
        QVERIFY(syncOnce().ok());
        QVERIFY2(conflicts.isEmpty(), qPrintable(store.diaries().find(id)->diary.body));
        QCOMPARE(store.diaries().find(id)->diary.body, u"第一段, edited twice\n\n第二段\n"_s);
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + id, token).json.value(u"diary"_s).toObject().value(u"body"_s).toString(),
                 u"第一段, edited twice\n\n第二段\n"_s);

        // The same for a diary made here, whose create is answered into the void, then edited.
        const QString created = save({}, u"made offline\n"_s);
        api.setServer(QUrl(eater.url()));
        QCOMPARE(syncOnce().error().code, kj::ErrorCode::NetworkError);
        QVERIFY(eater.eaten() > eatenBefore);
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + created, token).status, 200);
        QVERIFY(!save(created, u"made offline, then edited\n"_s).isEmpty());
        api.setServer(QUrl(m_url));
        QVERIFY(syncOnce().ok());
        QVERIFY2(conflicts.isEmpty(), qPrintable(store.diaries().find(created)->diary.body));
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + created, token).json.value(u"diary"_s).toObject().value(u"body"_s).toString(),
                 u"made offline, then edited\n"_s);
        QCOMPARE(serverDiaries(u"gina"_s, token).size(), 2);

        // A 说说 (an item kept as the server's JSON) the same way: an edit answered into the void, edited again.
        kj::Post post;
        post.id = kj::newItemId();
        post.author = kj::User{u"gina"_s, u"gina"_s, {}};
        post.text = u"第一段\n\n第二段"_s;
        post.visibility = kj::Visibility::Friends;
        post.createdAt = kj::nowUtc();
        post.updatedAt = post.createdAt;
        kj::store::ItemRepository items(store);
        QVERIFY(items.saveMine(u"post"_s, post.toJson()).ok());
        QVERIFY(syncOnce().ok());
        const auto editPost = [&](const QString &text) {
            QJsonObject json = items.find(u"post"_s, post.id)->json;
            json.insert(u"text"_s, text);
            return items.saveMine(u"post"_s, json).ok();
        };
        QVERIFY(editPost(u"第一段, edited once\n\n第二段"_s));
        api.setServer(QUrl(eater.url()));
        QCOMPARE(syncOnce().error().code, kj::ErrorCode::NetworkError);
        QCOMPARE(json.get(u"/api/v1/posts/"_s + post.id, token).json.value(u"post"_s).toObject().value(u"revision"_s).toInt(), 2);
        QVERIFY(editPost(u"第一段, edited twice\n\n第二段"_s));
        api.setServer(QUrl(m_url));
        QVERIFY(syncOnce().ok());
        QVERIFY2(conflicts.isEmpty(), qPrintable(items.find(u"post"_s, post.id)->json.value(u"text"_s).toString()));
        QCOMPARE(json.get(u"/api/v1/posts/"_s + post.id, token).json.value(u"post"_s).toObject().value(u"text"_s).toString(),
                 u"第一段, edited twice\n\n第二段"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
