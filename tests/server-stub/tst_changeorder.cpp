// The changes feed never skips a change (issue 7): a reader that keeps a cursor (`seq > cursor`) must see every
// row, so seq values must become visible in order. On PostgreSQL a sequence hands out numbers in the order
// writers ask, not the order they commit; the change log's counter row (migrations/postgresql/0001) makes a
// second writer wait for the first's commit. Run on both engines (tst_changeorder_postgresql).
#include "models/domain/timestamp.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/database.h"
#include "server-stub/store/query.h"
#include "server-stub/store/userrepository.h"
#include "tests/support/teststore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;
namespace store = kj::server::store;

class TestChangeOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDelayedCommitIsNeverSkipped();
    void manyWritersGiveAnUnbrokenRun();

private:
    //! Opens a store of this run's engine in dir (TestStore's schema on PostgreSQL).
    static std::unique_ptr<store::Database> openStore(const TestStore &testStore, const QTemporaryDir &dir)
    {
        kj::Result<store::StoreLocation> location = testStore.location(dir.path());
        if (!location)
            return nullptr;
        auto database = std::make_unique<store::Database>(*location);
        if (!database->open())
            return nullptr;
        return database;
    }

    static QList<qint64> seqsAfter(store::ChangeLog &log, qint64 viewer, qint64 cursor)
    {
        kj::Result<store::ChangeLog::Page> page = log.read(viewer, cursor, 1000);
        QList<qint64> seqs;
        if (page) {
            for (const store::ChangeRow &row : page->rows)
                seqs.append(row.seq);
        }
        return seqs;
    }
};

void TestChangeOrder::aDelayedCommitIsNeverSkipped()
{
    QTemporaryDir dir;
    TestStore testStore;
    QVERIFY(testStore.status().ok());
    std::unique_ptr<store::Database> database = openStore(testStore, dir);
    QVERIFY(database);
    const QSqlDatabase main = database->connection();
    kj::Result<store::UserRecord> owner = store::UserRepository(main).create(u"owner"_s, u"Owner"_s, u"h"_s, kj::nowUtc());
    QVERIFY(owner);
    store::ChangeLog reader(main);
    QCOMPARE(seqsAfter(reader, owner->id, 0), QList<qint64>());

    // Writer A logs a change in a transaction it does not commit yet (no store::Transaction: its write lock would
    // order the writers by itself; this is about the change log alone).
    std::promise<void> aLogged, aMayCommit;
    std::thread a([&] {
        const QSqlDatabase db = database->connection();
        QVERIFY(store::executeCommand(db, u"BEGIN"_s).ok());
        QVERIFY(store::ChangeLog(db).appendItem(u"post"_s, u"A"_s, owner->id, std::nullopt, kj::nowUtc()).ok());
        aLogged.set_value();
        aMayCommit.get_future().wait();
        QVERIFY(store::executeCommand(db, u"COMMIT"_s).ok());
    });
    aLogged.get_future().wait();

    // Writer B logs a change of its own and commits at once.
    std::atomic<qint64> bBackend{-1};
    std::atomic<bool> bDone{false};
    std::thread b([&] {
        const QSqlDatabase db = database->connection();
        if (database->isPostgresql()) {
            store::Query pid(db, u"SELECT pg_backend_pid()"_s);
            if (pid.exec().ok() && pid.next())
                bBackend = pid.int64(0);
        }
        QVERIFY(store::ChangeLog(db).appendItem(u"post"_s, u"B"_s, owner->id, std::nullopt, kj::nowUtc()).ok());
        bDone = true;
    });
    if (database->isPostgresql()) {
        // B is waiting, and on A: PostgreSQL says so.
        QTRY_VERIFY(bBackend >= 0);
        auto blockedByA = [&] {
            store::Query blockers(main, u"SELECT cardinality(pg_blocking_pids(CAST(? AS INTEGER)))"_s);
            blockers.bind(qint64(bBackend));
            return blockers.exec().ok() && blockers.next() && blockers.int64(0) > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(blockedByA(), 10000);
    } else {
        QTest::qWait(300); // SQLite: B retries its write lock (busy timeout) until A is done
    }
    QVERIFY2(!bDone, "a second writer logged a change while the first had one in flight");

    // A reader now must not see B's change ahead of A's: the cursor it keeps would step over A's for ever.
    const QList<qint64> during = seqsAfter(reader, owner->id, 0);
    QCOMPARE(during, QList<qint64>());
    const qint64 cursor = 0;

    aMayCommit.set_value();
    a.join();
    b.join();
    QVERIFY(bDone);
    const QList<qint64> after = seqsAfter(reader, owner->id, cursor);
    QCOMPARE(after.size(), 2);
    QVERIFY(after.at(0) < after.at(1));
    kj::Result<store::ChangeLog::Page> page = reader.read(owner->id, cursor, 10);
    QVERIFY(page);
    QCOMPARE(page->rows.at(0).itemId, u"A"_s);
    QCOMPARE(page->rows.at(1).itemId, u"B"_s);
}

// Writers on several connections log changes at once while a reader follows with its cursor: the reader ends up
// with every change exactly once.
void TestChangeOrder::manyWritersGiveAnUnbrokenRun()
{
    QTemporaryDir dir;
    TestStore testStore;
    QVERIFY(testStore.status().ok());
    std::unique_ptr<store::Database> database = openStore(testStore, dir);
    QVERIFY(database);
    const QSqlDatabase main = database->connection();
    kj::Result<store::UserRecord> owner = store::UserRepository(main).create(u"owner"_s, u"Owner"_s, u"h"_s, kj::nowUtc());
    QVERIFY(owner);

    constexpr int kWriters = 4;
    constexpr int kChangesEach = 40;
    std::atomic<int> running{kWriters};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            const QSqlDatabase db = database->connection();
            for (int i = 0; i < kChangesEach; ++i) {
                // Some commits wait a little after the change was logged, as a slow request's would.
                (void)store::executeCommand(db, u"BEGIN"_s);
                (void)store::ChangeLog(db).appendItem(u"post"_s, u"w%1-%2"_s.arg(w).arg(i), owner->id, std::nullopt, kj::nowUtc());
                if (i % 3 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                (void)store::executeCommand(db, u"COMMIT"_s);
            }
            --running;
        });
    }
    store::ChangeLog reader(main);
    QSet<QString> seen;
    qint64 cursor = 0;
    int duplicates = 0;
    auto follow = [&] {
        kj::Result<store::ChangeLog::Page> page = reader.read(owner->id, cursor, 1000);
        if (!page)
            return;
        for (const store::ChangeRow &row : page->rows) {
            if (seen.contains(row.itemId))
                ++duplicates;
            seen.insert(row.itemId);
            cursor = row.seq;
        }
    };
    while (running > 0)
        follow();
    for (std::thread &writer : writers)
        writer.join();
    follow();
    QCOMPARE(duplicates, 0);
    QCOMPARE(seen.size(), kWriters * kChangesEach);
}

QTEST_GUILESS_MAIN(TestChangeOrder)
#include "tst_changeorder.moc"
