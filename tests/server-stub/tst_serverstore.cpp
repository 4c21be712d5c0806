// The server's store: migrations (applied once, recorded, re-opening is a no-op), connection settings,
// one connection per thread, prepared statements kept per connection, transactions, session expiry and the
// login throttle's arithmetic.
#include "models/domain/timestamp.h"
#include "server-stub/store/database.h"
#include "server-stub/store/loginthrottle.h"
#include "server-stub/store/migrations.h"
#include "server-stub/store/query.h"
#include "server-stub/store/sessionrepository.h"
#include "server-stub/store/statementcache.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
namespace store = kj::server::store;

class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migrationsAreBundledInOrder();
    void migrationsApplyOnceAndAreRecorded();
    void reopeningIsANoOp();
    void aNewerSchemaIsRefused();
    void connectionSettings();
    void oneConnectionPerThread();
    void preparedStatementsAreKeptPerConnection();
    void keptStatementsHoldNoReadLock();
    void transactionRollsBackUnlessCommitted();
    void commitsAreCounted();
    void sessionsExpire();
    void throttleCountsWithinTheWindow();

private:
    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        store::Query query(db, sql);
        if (!query.exec().ok() || !query.next())
            return -1;
        return query.int64(0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"kongjian.sqlite"_s); }
};

void TestServerStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerStore::migrationsAreBundledInOrder()
{
    kj::Result<QList<store::Migration>> migrations = store::bundledMigrations();
    QVERIFY(migrations);
    QVERIFY(!migrations->isEmpty());
    QCOMPARE(migrations->first().version, 1);
    QCOMPARE(migrations->first().name, u"0001_foundation.sql"_s);
    for (qsizetype i = 1; i < migrations->size(); ++i)
        QCOMPARE(migrations->at(i).version, migrations->at(i - 1).version + 1);
}

void TestServerStore::migrationsApplyOnceAndAreRecorded()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    kj::Result<QList<int>> applied = store::appliedMigrations(db);
    QVERIFY(applied);
    kj::Result<QList<store::Migration>> bundled = store::bundledMigrations();
    QCOMPARE(applied->size(), bundled->size());
    QCOMPARE(applied->last(), bundled->last().version);
    for (const QString &table : {u"users"_s, u"sessions"_s, u"login_failures"_s, u"friend_requests"_s, u"friendships"_s,
                                 u"diaries"_s, u"change_log"_s}) {
        QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"_s + table + u"'"_s), 1);
    }
    // Applying again inside the same process changes nothing either.
    QVERIFY(store::applyMigrations(db).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_migrations"_s), qint64(bundled->size()));
}

void TestServerStore::reopeningIsANoOp()
{
    qint64 appliedAt = 0;
    {
        store::Database database(store::StoreLocation::sqlite(path()));
        QVERIFY(database.open().ok());
        const QSqlDatabase db = database.connection();
        QVERIFY(store::UserRepository(db).create(u"keeper"_s, u"Keeper"_s, u"hash"_s, kj::nowUtc()));
        appliedAt = scalar(db, u"SELECT applied_ms FROM schema_migrations WHERE version = 1"_s);
        QVERIFY(appliedAt > 0);
    }
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, u"SELECT applied_ms FROM schema_migrations WHERE version = 1"_s), appliedAt);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_migrations"_s), qint64(store::bundledMigrations()->size()));
    kj::Result<std::optional<store::UserRecord>> keeper = store::UserRepository(db).findByUsername(u"keeper"_s);
    QVERIFY(keeper && keeper->has_value());
}

// A store migrated by a newer server is not opened by an older one (a downgrade without restoring the backup).
void TestServerStore::aNewerSchemaIsRefused()
{
    {
        store::Database database(store::StoreLocation::sqlite(path()));
        QVERIFY(database.open().ok());
        QVERIFY(store::execute(database.connection(),
                               u"INSERT INTO schema_migrations (version, name, applied_ms) VALUES (9999, '9999_future.sql', 0)"_s)
                    .ok());
    }
    store::Database database(store::StoreLocation::sqlite(path()));
    const kj::Status opened = database.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"schema 9999, newer than this server's"_s), qPrintable(opened.error().message));
}

void TestServerStore::connectionSettings()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    store::Query mode(db, u"PRAGMA journal_mode"_s);
    QVERIFY(mode.exec().ok() && mode.next());
    QCOMPARE(mode.text(0), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s), 1);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s), 1); // NORMAL
    QVERIFY(scalar(db, u"PRAGMA busy_timeout"_s) >= 1000);
    // Foreign keys are enforced: a session for no user is refused.
    QVERIFY(!store::SessionRepository(db).create("h", 12345, u"d"_s, kj::nowUtc(), kj::nowUtc().addDays(1)).ok());
}

void TestServerStore::oneConnectionPerThread()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QString mine = database.connection().connectionName();
    QCOMPARE(database.connection().connectionName(), mine); // the same one again on this thread
    QString theirs;
    bool theirsWorks = false;
    QThread *thread = QThread::create([&] {
        const QSqlDatabase db = database.connection();
        theirs = db.connectionName();
        theirsWorks = store::UserRepository(db).create(u"threaded"_s, u"T"_s, u"h"_s, kj::nowUtc()).ok();
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QVERIFY(theirsWorks);
    kj::Result<std::optional<store::UserRecord>> found = store::UserRepository(database.connection()).findByUsername(u"threaded"_s);
    QVERIFY(found && found->has_value());
}

void TestServerStore::preparedStatementsAreKeptPerConnection()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    const std::shared_ptr<store::StatementCache> cache = store::StatementCache::forConnection(db.connectionName());
    QVERIFY(cache);
    const qsizetype before = cache->size();
    const QString sum = u"SELECT ? + ?"_s;
    {
        store::Query query(db, sum);
        QVERIFY(query.bind(1).bind(2).exec().ok());
        QVERIFY(query.next());
        QCOMPARE(query.int64(0), 3);
    }
    QCOMPARE(cache->size(), before + 1);
    {
        store::Query query(db, sum); // the kept statement, with new values
        QVERIFY(query.bind(40).bind(2).exec().ok());
        QVERIFY(query.next());
        QCOMPARE(query.int64(0), 42);
        store::Query second(db, sum); // the same text while the first is in use: a statement of its own
        QVERIFY(second.bind(5).bind(5).exec().ok());
        QVERIFY(second.next());
        QCOMPARE(second.int64(0), 10);
    }
    QCOMPARE(cache->size(), before + 1);
    {
        // A kept statement still holds its last values; binding fewer fails as a fresh statement does.
        store::Query query(db, sum);
        query.bind(1);
        QVERIFY(!query.exec().ok());
    }
    {
        store::Query query(db, sum); // and the statement is still good afterwards
        QVERIFY(query.bind(2).bind(2).exec().ok());
        QVERIFY(query.next());
        QCOMPARE(query.int64(0), 4);
    }
    // A connection the store did not open has no cache, and Query works on it all the same.
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-plain"_s);
        plain.setDatabaseName(path());
        QVERIFY(plain.open());
        QVERIFY(!store::StatementCache::forConnection(plain.connectionName()));
        QCOMPARE(scalar(plain, u"SELECT count(*) FROM schema_migrations"_s) > 0, true);
        plain.close();
    }
    QSqlDatabase::removeDatabase(u"tst-plain"_s);
}

void TestServerStore::keptStatementsHoldNoReadLock()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
        QVERIFY(store::UserRepository(db).create(name, name, u"h"_s, kj::nowUtc()));
    {
        store::Query query(db, u"SELECT username FROM users ORDER BY username"_s);
        QVERIFY(query.exec().ok());
        QVERIFY(query.next()); // left after one row of three: the statement goes back to the cache unfinished
    }
    // Another connection writes and checkpoints the whole log away: a kept statement that were still
    // reading would pin its snapshot, and the checkpoint would report itself blocked (busy = 1).
    store::Database other(store::StoreLocation::sqlite(path()));
    QVERIFY(other.open().ok());
    QVERIFY(store::UserRepository(other.connection()).create(u"d"_s, u"D"_s, u"h"_s, kj::nowUtc()));
    QCOMPARE(scalar(other.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users"_s), 4);
}

void TestServerStore::transactionRollsBackUnlessCommitted()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    {
        kj::Result<store::Transaction> transaction = store::Transaction::begin(db);
        QVERIFY(transaction);
        QVERIFY(store::UserRepository(db).create(u"ghost"_s, u"G"_s, u"h"_s, kj::nowUtc()));
    } // not committed
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE username = 'ghost'"_s), 0);
    {
        kj::Result<store::Transaction> transaction = store::Transaction::begin(db);
        QVERIFY(transaction);
        QVERIFY(store::UserRepository(db).create(u"real"_s, u"R"_s, u"h"_s, kj::nowUtc()));
        QVERIFY(transaction->commit().ok());
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE username = 'real'"_s), 1);
    kj::Result<store::UserRecord> taken = store::UserRepository(db).create(u"real"_s, u"R"_s, u"h"_s, kj::nowUtc());
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, kj::ErrorCode::UsernameTaken);
}

// Database::writeGeneration() moves after every commit (single statements and transactions, on any thread's
// connection) and only then: the feed keeps its pages by it.
void TestServerStore::commitsAreCounted()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    const std::optional<store::WriteGeneration> start = database.writeGeneration();
    QVERIFY(start);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users"_s), 0);
    QCOMPARE(database.writeGeneration(), start); // a read is no write
    QVERIFY(store::UserRepository(db).create(u"one"_s, u"O"_s, u"h"_s, kj::nowUtc())); // autocommit
    const std::optional<store::WriteGeneration> afterOne = database.writeGeneration();
    QVERIFY(afterOne && afterOne != start);
    {
        kj::Result<store::Transaction> transaction = store::Transaction::begin(db);
        QVERIFY(transaction);
        QVERIFY(store::UserRepository(db).create(u"two"_s, u"T"_s, u"h"_s, kj::nowUtc()));
        QCOMPARE(database.writeGeneration(), afterOne); // not before the commit has taken place
        QVERIFY(transaction->commit().ok());
    }
    const std::optional<store::WriteGeneration> afterTwo = database.writeGeneration();
    QVERIFY(afterTwo && afterTwo != afterOne);
    {
        kj::Result<store::Transaction> transaction = store::Transaction::begin(db);
        QVERIFY(transaction);
        QVERIFY(store::UserRepository(db).create(u"ghost"_s, u"G"_s, u"h"_s, kj::nowUtc()));
    } // rolled back
    QCOMPARE(database.writeGeneration(), afterTwo);
    QThread *writer = QThread::create([&database] {
        (void)store::UserRepository(database.connection()).create(u"three"_s, u"T"_s, u"h"_s, kj::nowUtc());
    });
    writer->start();
    QVERIFY(writer->wait(10000));
    delete writer;
    QVERIFY(database.writeGeneration() != afterTwo);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users"_s), 3);
}

void TestServerStore::sessionsExpire()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    kj::Result<store::UserRecord> user = store::UserRepository(db).create(u"sleeper"_s, u"S"_s, u"h"_s, kj::nowUtc());
    QVERIFY(user);
    const QDateTime now = kj::nowUtc();
    store::SessionRepository sessions(db);
    QVERIFY(sessions.create("tokenhash", user->id, u"laptop"_s, now, now.addDays(30)).ok());
    kj::Result<std::optional<store::UserRecord>> found = sessions.findUser("tokenhash", now.addDays(29));
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->user.username, u"sleeper"_s);
    found = sessions.findUser("tokenhash", now.addDays(30));
    QVERIFY(found && !found->has_value());
    QVERIFY(sessions.purgeExpired(now.addDays(31)).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sessions"_s), 0);
}

void TestServerStore::throttleCountsWithinTheWindow()
{
    store::Database database(store::StoreLocation::sqlite(path()));
    QVERIFY(database.open().ok());
    store::LoginThrottle throttle(database.connection());
    const QDateTime start = kj::nowUtc();
    for (int i = 0; i < store::LoginThrottle::kMaxPerAccount - 1; ++i)
        QVERIFY(throttle.recordFailure(u"victim"_s, u"10.0.0.1"_s, start.addSecs(i)).ok());
    kj::Result<std::optional<int>> wait = throttle.retryAfter(u"victim"_s, u"10.0.0.2"_s, start.addSecs(10));
    QVERIFY(wait && !wait->has_value());
    QVERIFY(throttle.recordFailure(u"victim"_s, u"10.0.0.1"_s, start.addSecs(10)).ok());
    wait = throttle.retryAfter(u"victim"_s, u"10.0.0.2"_s, start.addSecs(20));
    QVERIFY(wait && wait->has_value());
    QCOMPARE(**wait, 15 * 60 - 20); // until the oldest of the five leaves the window
    wait = throttle.retryAfter(u"someone_else"_s, u"10.0.0.1"_s, start.addSecs(20));
    QVERIFY(wait && !wait->has_value()); // 5 from an address is far below its limit
    wait = throttle.retryAfter(u"victim"_s, u"10.0.0.2"_s, start.addSecs(15 * 60 + 1));
    QVERIFY(wait && !wait->has_value()); // the first failure left the window
    QVERIFY(throttle.clearAccount(u"victim"_s).ok());
    wait = throttle.retryAfter(u"victim"_s, u"10.0.0.2"_s, start.addSecs(20));
    QVERIFY(wait && !wait->has_value());
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
