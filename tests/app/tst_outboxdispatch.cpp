// How the sync engine treats what a pusher reports: a refusal for good is kept among the rejected changes
// and the queue goes on; anything else stops the run with the change still queued, retried later.
#include "app/network/apiclient.h"
#include "app/sync/outboxpusher.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <deque>

using namespace Qt::StringLiterals;
using kj::app::SyncEngine;
using kj::store::ClientStore;
using kj::store::OutboxEntry;

namespace {

//! Answers each push with the next scripted outcome; on success it settles the entry as a real pusher does.
class ScriptedPusher : public kj::app::OutboxPusher
{
public:
    ScriptedPusher(ClientStore &store, std::deque<kj::Status> &script, QStringList &seen)
        : m_store(store), m_script(script), m_seen(seen)
    {
    }
    QStringList kinds() const override { return {u"test"_s}; }
    void push(const OutboxEntry &entry, kj::app::PushRun &, Done done) override
    {
        m_seen.append(entry.itemId);
        kj::Status outcome = m_script.empty() ? kj::Status() : m_script.front();
        if (!m_script.empty())
            m_script.pop_front();
        if (outcome)
            outcome = m_store.outbox().remove(entry.seq);
        // Asynchronously, like an answer from the network.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    }

private:
    ClientStore &m_store;
    std::deque<kj::Status> &m_script;
    QStringList &m_seen;
};

} // namespace

class TestOutboxDispatch : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<kj::app::ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::deque<kj::Status> m_script;
    QStringList m_seen;

    kj::Status syncOnce()
    {
        QSignalSpy finished(m_sync.get(), &SyncEngine::finished);
        m_sync->syncNow();
        if (!finished.wait(30000))
            return kj::fail(kj::ErrorCode::Timeout, u"the sync never finished"_s);
        return finished.first().first().value<kj::Status>();
    }

    void queue(const QString &id)
    {
        QVERIFY(m_store->outbox().enqueue(u"test"_s, id, OutboxEntry::Op::Upsert, QJsonObject{{u"words"_s, QString(u"字 "_s + id)}}).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        QVERIFY(m_server.start().ok());
    }

    void init()
    {
        static int counter = 0;
        const QString username = u"dispatch"_s + QString::number(++counter);
        const QString token = JsonClient(m_server.baseUrl()).signUp(username);
        QVERIFY(!token.isEmpty());
        m_store = std::move(ClientStore::openInMemory(kj::User{username, username, {}}).value());
        m_api = std::make_unique<kj::app::ApiClient>(m_network);
        m_api->setServer(QUrl(m_server.baseUrl()));
        m_api->setToken(token);
        m_sync = std::make_unique<SyncEngine>(*m_store, *m_api);
        m_sync->addPusher(std::make_unique<ScriptedPusher>(*m_store, m_script, m_seen));
        m_script.clear();
        m_seen.clear();
    }

    void cleanup()
    {
        m_sync.reset();
        m_api.reset();
        m_store.reset();
    }

    void aRefusalIsKeptAndTheQueueGoesOn()
    {
        queue(u"a"_s);
        queue(u"b"_s);
        m_script = {kj::fail(kj::ErrorCode::NotFound, u"the item is gone"_s), kj::Status()};
        QSignalSpy rejected(m_sync.get(), &SyncEngine::changeRejected);
        QVERIFY(syncOnce().ok());
        QCOMPARE(m_seen, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(m_store->outbox().pendingCount(), 0);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(1).toString(), u"a"_s);
        const QList<kj::store::RejectedChange> kept = m_store->outbox().rejected();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().payload.value(u"words"_s).toString(), u"字 a"_s);
        QCOMPARE(kept.first().errorMessage, u"the item is gone"_s);
    }

    void aPassingFailureStopsTheRunAndKeepsTheChange_data()
    {
        QTest::addColumn<int>("codeNumber");
        QTest::newRow("offline") << int(kj::ErrorCode::NetworkError);
        QTest::newRow("5xx") << int(kj::ErrorCode::Unavailable);
        QTest::newRow("garbage") << int(kj::ErrorCode::BadResponse);
        QTest::newRow("throttled") << int(kj::ErrorCode::TooManyRequests);
        QTest::newRow("conflict still moving") << int(kj::ErrorCode::Conflict);
        QTest::newRow("local store") << int(kj::ErrorCode::Storage);
    }

    void aPassingFailureStopsTheRunAndKeepsTheChange()
    {
        QFETCH(int, codeNumber);
        const auto code = kj::ErrorCode(codeNumber);
        queue(u"a"_s);
        queue(u"b"_s);
        m_script = {kj::fail(code, u"not now"_s)};
        const kj::Status first = syncOnce();
        QVERIFY(!first.ok());
        QCOMPARE(first.error().code, code);
        QCOMPARE(m_seen, QStringList{u"a"_s}); // b waits behind a: the order of changes holds
        QCOMPARE(m_store->outbox().pendingCount(), 2);
        QCOMPARE(m_store->outbox().head()->itemId, u"a"_s);
        QCOMPARE(m_store->outbox().head()->lastError, u"not now"_s);
        QCOMPARE(m_store->outbox().rejectedCount(), 0);
        QVERIFY(syncOnce().ok());
        QCOMPARE(m_seen, (QStringList{u"a"_s, u"a"_s, u"b"_s}));
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }

    void anUnknownKindIsLeftForANewerClient()
    {
        QVERIFY(m_store->outbox().enqueue(u"hologram"_s, u"x"_s, OutboxEntry::Op::Upsert).ok());
        const kj::Status status = syncOnce();
        QVERIFY(!status.ok());
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().rejectedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDispatch)
#include "tst_outboxdispatch.moc"
