// A store written by an older Kongjian keeps everything when it is opened by this one: the unsent changes
// above all (schema 3 rebuilds the outbox table).
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "models/store/schema.h"
#include "models/store/syncstaterepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::ClientStore;
using kj::store::OutboxEntry;

class TestStoreMigration : public QObject
{
    Q_OBJECT

private:
    const kj::User m_alice{u"alice"_s, u"Alice"_s, {}};

    //! A store file as schema version 2 left it: my diary with an unsent edit, one queued delete and one
    //! entry a crash left in flight.
    static bool writeVersion2(const QString &path)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
            db.setDatabaseName(path);
            if (db.open() && kj::store::migrateSchema(db, 2).ok()) {
                QSqlQuery q(db);
                ok = q.exec(u"INSERT INTO meta (key, value) VALUES ('owner', 'alice'), ('owner_display_name', 'Alice')"_s)
                    && q.exec(u"INSERT INTO diaries (id, author, author_display_name, title, body, visibility, revision,"
                              " created_at, updated_at, groups) VALUES"
                              " ('0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a01', 'alice', 'Alice', '火车上', '田野是金色的。',"
                              "  'friends', 3, 1700000000000, 1700000500000, ''),"
                              " ('0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a02', 'alice', 'Alice', 'gone', '', 'private', 1,"
                              "  1700000000000, 1700000600000, '')"_s)
                    && q.exec(u"UPDATE diaries SET deleted = 1 WHERE id LIKE '%a02'"_s)
                    && q.exec(u"INSERT INTO outbox (kind, item_id, op, queued_at, in_flight, attempts, last_error) VALUES"
                              " ('diary', '0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a01', 'upsert', 1700000500000, 1, 2, 'offline'),"
                              " ('diary', '0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a02', 'delete', 1700000600000, 0, 0, '')"_s)
                    && q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() == 2;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);
        return ok;
    }

private Q_SLOTS:
    void aVersion2StoreKeepsItsUnsentChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(writeVersion2(path));

        auto store = ClientStore::open(path, m_alice);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), ClientStore::kSchemaVersion);

        const QList<OutboxEntry> entries = (*store)->outbox().entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].kind, u"diary"_s);
        QCOMPARE(entries[0].itemId, u"0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a01"_s);
        QCOMPARE(entries[0].op, OutboxEntry::Op::Upsert);
        QVERIFY(entries[0].inFlight);
        QCOMPARE(entries[0].attempts, 2);
        QCOMPARE(entries[0].lastError, u"offline"_s);
        QVERIFY(entries[0].payload.isEmpty());
        QCOMPARE(entries[1].op, OutboxEntry::Op::Delete);
        QVERIFY(entries[0].seq < entries[1].seq);

        const auto diary = (*store)->diaries().find(u"0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a01"_s);
        QVERIFY(diary.has_value());
        QCOMPARE(diary->diary.body, u"田野是金色的。"_s);
        QCOMPARE(diary->diary.revision, 3);
        QVERIFY(diary->pending);
        QVERIFY(!(*store)->diaries().find(u"0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a02"_s).has_value());
        // The merge base was not kept before version 3: unknown, not made up.
        QVERIFY(!(*store)->diaries().findRow(u"0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a01"_s)->base.has_value());

        // New entries go behind the old ones.
        QVERIFY((*store)->outbox().enqueue(u"like"_s, u"post/x"_s, OutboxEntry::Op::Upsert, {{u"liked"_s, true}}).ok());
        QCOMPARE((*store)->outbox().entries().last().itemId, u"post/x"_s);
        QVERIFY((*store)->outbox().entries().last().seq > entries[1].seq);
    }

    // Schema 5 keeps a diary's reactions; a diary cached before knows none, so the changes cursor is dropped
    // and the next sync brings every diary again with them.
    void aVersion4StoreFetchesItsDiariesReactionsAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v4"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(kj::store::migrateSchema(db, 4).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('owner', 'alice'), ('owner_display_name', 'Alice')"_s));
            QVERIFY(q.exec(u"INSERT INTO friends (username, display_name, since) VALUES ('bob', 'Bob', 1700000000000)"_s));
            QVERIFY(q.exec(u"INSERT INTO diaries (id, author, author_display_name, title, body, visibility, revision,"
                           " created_at, updated_at, groups, base_title, base_body) VALUES"
                           " ('0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a03', 'bob', 'Bob', '山里', '雾很大。', 'friends', 2,"
                           "  1700000000000, 1700000500000, '', '山里', '雾很大。')"_s));
            QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('changes_cursor', 'c-42')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v4"_s);

        auto store = ClientStore::open(path, m_alice);
        QVERIFY(store);
        QCOMPARE((*store)->schemaVersion(), ClientStore::kSchemaVersion);
        QCOMPARE((*store)->syncState().changesCursor(), QString());
        const QString id = u"0b6f3c52-8d0e-4c39-9a55-0f5d2b7c1a03"_s;
        std::optional<kj::store::LocalDiary> diary = (*store)->diaries().find(id);
        QVERIFY(diary);
        QCOMPARE(diary->reactions, kj::Reactions{});

        // The same revision again, now with its reactions: they are kept, the content stays.
        QVERIFY((*store)->diaries().applyServerDiary(diary->diary, kj::Reactions{3, 2, true}).ok());
        diary = (*store)->diaries().find(id);
        QCOMPARE(diary->reactions, (kj::Reactions{3, 2, true}));
        QCOMPARE(diary->diary.title, u"山里"_s);
        // A server copy without reactions (a push's answer) leaves them as they are.
        QVERIFY((*store)->diaries().applyServerDiary(diary->diary).ok());
        QCOMPARE((*store)->diaries().find(id)->reactions, (kj::Reactions{3, 2, true}));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
