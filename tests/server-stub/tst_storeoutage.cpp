// A PostgreSQL server that goes away and comes back (a restart, a fail-over): while it is away the server answers
// 503 (a load balancer or a client tries again) and /healthz says the store is unreachable; once it is back the
// server's connections open again by themselves, with no restart of kongjian-server. The cluster is this test's
// own (PrivateCluster), so stopping it disturbs no other test.
#include "tests/support/jsonclient.h"
#include "tests/support/privatecluster.h"

#include "server-stub/server.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestStoreOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void answersUnavailableThenRecovers();

private:
    bool signIn() { return m_client->post(u"/api/v1/sessions"_s, m_credentials).status == 201; }

    PrivateCluster m_cluster;
    QTemporaryDir m_dataDir;
    std::unique_ptr<kj::server::Server> m_server;
    std::unique_ptr<JsonClient> m_client;
    QJsonObject m_credentials;
};

void TestStoreOutage::initTestCase()
{
    QVERIFY(m_cluster.start());
    kj::server::ServerConfig config;
    config.port = 0;
    config.dataDir = m_dataDir.path();
    config.database = m_cluster.url();
    config.threads = 2;
    m_server = std::make_unique<kj::server::Server>(config);
    const kj::Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server->baseUrl());
    QVERIFY(!m_client->signUp(u"steady"_s).isEmpty());
    m_credentials = {{u"username"_s, u"steady"_s}, {u"password"_s, JsonClient::passwordFor(u"steady"_s)}, {u"device"_s, u"t"_s}};
}

void TestStoreOutage::cleanupTestCase()
{
    m_client.reset();
    m_server.reset(); // before the cluster goes
}

void TestStoreOutage::answersUnavailableThenRecovers()
{
    QCOMPARE(m_client->get(u"/healthz"_s).status, 200);
    QVERIFY(signIn());

    QVERIFY(m_cluster.halt());
    for (int i = 0; i < 4; ++i) { // every thread's connection finds out
        const TestReply health = m_client->get(u"/healthz"_s);
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json.value(u"store"_s).toString(), u"unreachable"_s);
        const TestReply refused = m_client->post(u"/api/v1/sessions"_s, m_credentials);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), u"unavailable"_s);
    }

    QVERIFY(m_cluster.start());
    // Each thread's connection opens again on its next use; a request may still meet a connection that has not
    // noticed it broke, so a client retries a 503: within a few tries everything answers again.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/healthz"_s).status, 200, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(signIn(), 10000);
    for (int i = 0; i < 10; ++i)
        QVERIFY(signIn());
    QCOMPARE(m_client->get(u"/healthz"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestStoreOutage)
#include "tst_storeoutage.moc"
