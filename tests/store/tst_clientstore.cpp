#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "models/store/syncstaterepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::ClientStore;

class TestClientStore : public QObject
{
    Q_OBJECT

private:
    const kj::User m_alice{u"alice"_s, u"Alice"_s, {}};

private Q_SLOTS:
    void createsAndMigratesANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/kongjian.sqlite"_s);
        auto store = ClientStore::open(path, m_alice);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), ClientStore::kSchemaVersion);
        QSqlQuery mode((*store)->database());
        QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
        QCOMPARE(mode.value(0).toString().toLower(), u"wal"_s);
        QSqlQuery keys((*store)->database());
        QVERIFY(keys.exec(u"PRAGMA foreign_keys"_s) && keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
    }

    void keepsDataAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QString id;
        {
            auto store = ClientStore::open(path, m_alice);
            QVERIFY(store.ok());
            auto saved = (*store)->diaries().saveMyDiary({}, u"title"_s, u"今天去公园散步"_s, kj::Visibility::Friends);
            QVERIFY(saved.ok());
            id = saved->diary.id;
            QVERIFY((*store)->syncState().setChangesCursor(u"c-42"_s).ok());
        }
        auto reopened = ClientStore::open(path, m_alice);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->schemaVersion(), ClientStore::kSchemaVersion);
        const auto diary = (*reopened)->diaries().find(id);
        QVERIFY(diary.has_value());
        QCOMPARE(diary->diary.body, u"今天去公园散步"_s);
        QVERIFY(diary->pending);
        QCOMPARE((*reopened)->outbox().pendingCount(), 1);
        QCOMPARE((*reopened)->syncState().changesCursor(), u"c-42"_s);
    }

    void twoStoresAtOnceUseTheirOwnConnections()
    {
        QTemporaryDir dir;
        auto a = ClientStore::open(dir.filePath(u"a.sqlite"_s), m_alice);
        auto b = ClientStore::open(dir.filePath(u"b.sqlite"_s), kj::User{u"bob"_s, u"Bob"_s, {}});
        QVERIFY(a.ok() && b.ok());
        QVERIFY((*a)->diaries().saveMyDiary({}, u"a"_s, u"a"_s, kj::Visibility::Public).ok());
        QCOMPARE((*a)->diaries().countByAuthor(u"alice"_s), 1);
        QCOMPARE((*b)->diaries().countByAuthor(u"alice"_s), 0);
    }

    void refusesAnotherAccountsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(ClientStore::open(path, m_alice).ok());
        auto other = ClientStore::open(path, kj::User{u"mallory"_s, u"M"_s, {}});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, kj::ErrorCode::Storage);
    }

    void refusesAFileFromANewerProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        {
            auto store = ClientStore::open(path, m_alice);
            QVERIFY(store.ok());
            QSqlQuery query((*store)->database());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(ClientStore::kSchemaVersion + 1)));
        }
        auto newer = ClientStore::open(path, m_alice);
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().message.contains(u"newer"_s));
    }

    void aFailedMigrationStepLeavesTheVersion()
    {
        // A file whose version-0 state already has a table the first step creates: step 1 fails and rolls back.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE outbox (x INTEGER)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        auto store = ClientStore::open(path, m_alice);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(u"version 1"_s));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'meta'"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0); // the tables made before the failure were rolled back too
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw2"_s);
    }

    void signalsFollowTheCommitOnly()
    {
        auto store = ClientStore::openInMemory(m_alice);
        QVERIFY(store.ok());
        QSignalSpy diaries(store->get(), &ClientStore::diariesChanged);
        QSignalSpy outbox(store->get(), &ClientStore::outboxChanged);
        kj::Status failed = (*store)->transaction([&]() -> kj::Status {
            auto saved = (*store)->diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Private);
            if (!saved)
                return saved.error();
            return kj::fail(kj::ErrorCode::Internal, u"boom"_s);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(diaries.count(), 0);
        QCOMPARE(outbox.count(), 0);
        QCOMPARE((*store)->diaries().countByAuthor(u"alice"_s), 0);
        QVERIFY((*store)->diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Private).ok());
        QCOMPARE(diaries.count(), 1);
        QCOMPARE(outbox.count(), 1);
    }

    void execPreparedReusesOneStatementWithNewValues()
    {
        auto store = ClientStore::openInMemory(m_alice);
        QVERIFY(store.ok());
        const QString insert = u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s;
        QCOMPARE((*store)->execPrepared(insert, {u"a"_s, u"one"_s}).value(), 1);
        QCOMPARE((*store)->execPrepared(insert, {u"b"_s, QString()}).value(), 1); // a null QString is empty text
        QCOMPARE((*store)->execPrepared(insert, {u"a"_s, u"again"_s}).value(), 0);
        QSqlQuery rows((*store)->database());
        QVERIFY(rows.exec(u"SELECT key, value FROM meta WHERE key IN ('a', 'b') ORDER BY key"_s));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(1).toString(), u"one"_s);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(1).toString(), u""_s);
        QVERIFY(!rows.value(1).isNull());

        const kj::Result<int> refused = (*store)->execPrepared(insert, {u"d"_s, QVariant()}); // value NOT NULL
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, kj::ErrorCode::Storage);
        QVERIFY2(refused.error().message.contains(u"INSERT INTO meta"_s), qPrintable(refused.error().message));
        QCOMPARE((*store)->execPrepared(insert, {u"c"_s, u"after a failure"_s}).value(), 1);
        const kj::Result<int> broken = (*store)->execPrepared(u"INSERT INTO no_such_table VALUES (?)"_s, {1});
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(u"no_such_table"_s), qPrintable(broken.error().message));
    }

    void syncStateRoundTrips()
    {
        auto store = ClientStore::openInMemory(m_alice);
        QVERIFY(store.ok());
        kj::store::SyncStateRepository &state = (*store)->syncState();
        QVERIFY(state.changesCursor().isEmpty());
        QVERIFY(!state.lastSyncedAt().isValid());
        QVERIFY(!state.lastError().has_value());
        const QDateTime when = QDateTime::fromString(u"2026-11-27T03:41:35.123Z"_s, Qt::ISODateWithMs);
        QVERIFY(state.setLastSyncedAt(when).ok());
        QCOMPARE(state.lastSyncedAt(), when);
        QVERIFY(state.setLastError(kj::Error{kj::ErrorCode::NetworkError, u"refused"_s, {}}).ok());
        QCOMPARE(state.lastError()->code, kj::ErrorCode::NetworkError);
        QCOMPARE(state.lastError()->message, u"refused"_s);
        QVERIFY(state.setLastError(std::nullopt).ok());
        QVERIFY(!state.lastError().has_value());
        QVERIFY(state.setPendingBackfills({u"bob"_s, u"carol"_s}).ok());
        QCOMPARE(state.pendingBackfills(), (QStringList{u"bob"_s, u"carol"_s}));
    }
};

QTEST_GUILESS_MAIN(TestClientStore)
#include "tst_clientstore.moc"
