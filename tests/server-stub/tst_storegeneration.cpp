// Database::writeGeneration() on PostgreSQL (issue 7): the feed keeps its pages by it, and several server processes
// write to one database, so it must move with every commit made anywhere, through this Database or another one
// (another process), and stay put while nothing commits. SQLite's counter is tested in tst_serverstore.
#include "models/domain/timestamp.h"
#include "server-stub/store/database.h"
#include "server-stub/store/query.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"
#include "tests/support/privatecluster.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
namespace store = kj::server::store;

class TestStoreGeneration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesWithEveryCommitOfAnyProcess();
};

void TestStoreGeneration::movesWithEveryCommitOfAnyProcess()
{
    // A cluster of its own: the snapshot covers the whole cluster, so another test's commit would move it.
    PrivateCluster cluster;
    QVERIFY(cluster.start());
    QTemporaryDir dir;
    kj::Result<store::StoreLocation> location = store::parseStoreLocation(cluster.url(), dir.path());
    QVERIFY(location);
    store::Database mine(*location);
    QVERIFY(mine.open().ok());
    store::Database theirs(*location); // another server process's connections
    QVERIFY(theirs.open().ok());
    const QSqlDatabase db = mine.connection();

    const std::optional<store::WriteGeneration> start = mine.writeGeneration();
    QVERIFY(start && !start->isEmpty());
    store::Query read(db, u"SELECT count(*) FROM users"_s);
    QVERIFY(read.exec().ok());
    QCOMPARE(mine.writeGeneration(), start); // a read is no write

    QVERIFY(store::UserRepository(db).create(u"one"_s, u"O"_s, u"h"_s, kj::nowUtc())); // autocommit, here
    const std::optional<store::WriteGeneration> afterOne = mine.writeGeneration();
    QVERIFY(afterOne && afterOne != start);
    QCOMPARE(mine.writeGeneration(), afterOne);

    {
        // Their write in flight: not a commit yet, for either of us.
        const QSqlDatabase other = theirs.connection();
        kj::Result<store::Transaction> transaction = store::Transaction::begin(other);
        QVERIFY(transaction);
        QVERIFY(store::UserRepository(other).create(u"two"_s, u"T"_s, u"h"_s, kj::nowUtc()));
        QCOMPARE(mine.writeGeneration(), afterOne);
        QVERIFY(transaction->commit().ok());
    }
    const std::optional<store::WriteGeneration> afterTwo = mine.writeGeneration();
    QVERIFY(afterTwo && afterTwo != afterOne);

    QVERIFY(store::UserRepository(theirs.connection()).create(u"three"_s, u"T"_s, u"h"_s, kj::nowUtc())); // autocommit, there
    QVERIFY(mine.writeGeneration() != afterTwo);
}

QTEST_GUILESS_MAIN(TestStoreGeneration)
#include "tst_storegeneration.moc"
