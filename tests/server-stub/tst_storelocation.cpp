// kongjian-server --database: which store a value names, and every way a value is refused (store/storelocation.h).
#include "server-stub/store/storelocation.h"

#include <QtTest>

using namespace Qt::StringLiterals;
namespace store = kj::server::store;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsSqliteInTheDataFolder();
    void sqliteFile();
    void postgresqlUrl();
    void postgresqlSocketAndSeveralHosts();
    void refused_data();
    void refused();
    void describedWithoutThePassword();
};

void TestStoreLocation::emptyIsSqliteInTheDataFolder()
{
    const kj::Result<store::StoreLocation> location = store::parseStoreLocation({}, u"/var/lib/k"_s);
    QVERIFY(location);
    QCOMPARE(location->engine, store::StoreLocation::Engine::Sqlite);
    QCOMPARE(location->sqlitePath, u"/var/lib/k/kongjian.sqlite"_s);
}

void TestStoreLocation::sqliteFile()
{
    const kj::Result<store::StoreLocation> location = store::parseStoreLocation(u"sqlite:/srv/k/store.sqlite"_s, u"/d"_s);
    QVERIFY(location);
    QCOMPARE(location->engine, store::StoreLocation::Engine::Sqlite);
    QCOMPARE(location->sqlitePath, u"/srv/k/store.sqlite"_s);
}

void TestStoreLocation::postgresqlUrl()
{
    const kj::Result<store::StoreLocation> location = store::parseStoreLocation(
        u"postgresql://kong%20jian:p%40ss;word@db.example:5433/kongjian?sslmode=verify-full&application_name=kj%20a"_s, u"/d"_s);
    QVERIFY2(location, qPrintable(location ? QString() : location.error().message));
    QCOMPARE(location->engine, store::StoreLocation::Engine::Postgresql);
    QCOMPARE(location->host, u"db.example"_s);
    QCOMPARE(location->port, 5433);
    QCOMPARE(location->user, u"kong jian"_s);
    QCOMPARE(location->password, u"p@ss;word"_s); // given to the driver as is, not through the options
    QCOMPARE(location->databaseName, u"kongjian"_s);
    QCOMPARE(location->connectOptions, u"sslmode='verify-full';application_name='kj a'"_s);
    QVERIFY(store::parseStoreLocation(u"postgres://u@h/db"_s, u"/d"_s));
}

void TestStoreLocation::postgresqlSocketAndSeveralHosts()
{
    const kj::Result<store::StoreLocation> socket = store::parseStoreLocation(u"postgresql:///kongjian?host=/run/postgresql"_s, u"/d"_s);
    QVERIFY(socket);
    QCOMPARE(socket->host, u"/run/postgresql"_s);
    QCOMPARE(socket->port, -1);
    QCOMPARE(socket->databaseName, u"kongjian"_s);
    QVERIFY(socket->connectOptions.isEmpty());

    const kj::Result<store::StoreLocation> replicas = store::parseStoreLocation(
        u"postgresql://kongjian@/kongjian?host=db1,db2&port=5432,5433&target_session_attrs=read-write"_s, u"/d"_s);
    QVERIFY(replicas);
    QCOMPARE(replicas->host, u"db1,db2"_s);
    QCOMPARE(replicas->port, -1);
    QCOMPARE(replicas->connectOptions, u"port='5432,5433';target_session_attrs='read-write'"_s);

    const kj::Result<store::StoreLocation> options = store::parseStoreLocation(
        u"postgresql://u@/kongjian?host=/tmp/s&options=-csearch_path%3Dtenant_1"_s, u"/d"_s);
    QVERIFY(options);
    QCOMPARE(options->connectOptions, u"options='-csearch_path=tenant_1'"_s);
}

void TestStoreLocation::refused_data()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("another engine") << u"mysql://u@h/db"_s;
    QTest::newRow("a bare path") << u"/var/lib/k/store.sqlite"_s;
    QTest::newRow("sqlite without a file") << u"sqlite:"_s;
    QTest::newRow("unknown parameter") << u"postgresql://u@h/db?colour=red"_s;
    QTest::newRow("port not a number") << u"postgresql://u@h/db?port=eighty"_s;
    QTest::newRow("port out of range") << u"postgresql://u@/db?host=h&port=70000"_s;
    QTest::newRow("a path of two names") << u"postgresql://u@h/db/more"_s;
    QTest::newRow("a fragment") << u"postgresql://u@h/db#x"_s;
    QTest::newRow("';' in an option") << u"postgresql://u@h/db?application_name=a%3Bb"_s;
}

void TestStoreLocation::refused()
{
    QFETCH(QString, database);
    const kj::Result<store::StoreLocation> location = store::parseStoreLocation(database, u"/d"_s);
    QVERIFY(!location);
    QVERIFY2(location.error().message.startsWith(u"--database: "_s), qPrintable(location.error().message));
}

void TestStoreLocation::describedWithoutThePassword()
{
    const kj::Result<store::StoreLocation> location =
        store::parseStoreLocation(u"postgresql://kongjian:s3cret@db.example:5433/kj"_s, u"/d"_s);
    QVERIFY(location);
    const QString described = location->describe();
    QVERIFY2(!described.contains(u"s3cret"_s), qPrintable(described));
    QVERIFY2(described.contains(u"db.example:5433"_s) && described.contains(u"kj"_s) && described.contains(u"kongjian"_s),
             qPrintable(described));
    QCOMPARE(store::parseStoreLocation({}, u"/d"_s)->describe(), u"SQLite /d/kongjian.sqlite"_s);
}

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
