#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::ClientStore;
using kj::store::OutboxEntry;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientStore> m_store;

    QString save(const QString &id, const QString &body)
    {
        auto saved = m_store->diaries().saveMyDiary(id, u"t"_s, body, kj::Visibility::Friends);
        return saved ? saved->diary.id : QString();
    }

    QStringList order() const
    {
        QStringList ids;
        for (const OutboxEntry &entry : m_store->outbox().entries())
            ids << entry.itemId;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        auto store = ClientStore::openInMemory(kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void keepsTheOrderOfChanges()
    {
        const QString a = save({}, u"a"_s);
        const QString b = save({}, u"b"_s);
        const QString c = save({}, u"c"_s);
        QCOMPARE(order(), (QStringList{a, b, c}));
        QCOMPARE(m_store->outbox().head()->itemId, a);
        QCOMPARE(m_store->outbox().pendingCount(), 3);
    }

    void coalescesAnUnsentEntryInPlace()
    {
        const QString a = save({}, u"a"_s);
        const QString b = save({}, u"b"_s);
        QCOMPARE(save(a, u"a, edited"_s), a);
        QCOMPARE(save(a, u"a, edited twice"_s), a);
        QCOMPARE(order(), (QStringList{a, b})); // one entry for a, still first
        QCOMPARE(m_store->diaries().find(a)->diary.body, u"a, edited twice"_s);
    }

    void anEntryInFlightGetsASuccessor()
    {
        const QString a = save({}, u"a"_s);
        const qint64 seq = m_store->outbox().head()->seq;
        QVERIFY(m_store->outbox().markInFlight(seq).ok());
        QVERIFY(m_store->outbox().head()->inFlight);
        save(a, u"edited while sending"_s);
        QCOMPARE(order(), (QStringList{a, a}));
        save(a, u"edited again"_s);
        QCOMPARE(order(), (QStringList{a, a})); // the successor coalesces

        // The send failed: the two entries merge back into the first one's place.
        QVERIFY(m_store->outbox().markFailed(seq, u"refused"_s).ok());
        const QList<OutboxEntry> entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().seq, seq);
        QVERIFY(!entries.first().inFlight);
        QCOMPARE(entries.first().attempts, 1);
        QCOMPARE(entries.first().lastError, u"refused"_s);
    }

    void aDeleteReplacesTheQueuedWrite()
    {
        const QString a = save({}, u"a"_s);
        QVERIFY(m_store->outbox().markInFlight(m_store->outbox().head()->seq).ok());
        QVERIFY(m_store->diaries().deleteMyDiary(a).ok()); // the create may have reached the server
        const QList<OutboxEntry> entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).op, OutboxEntry::Op::Delete);
        QVERIFY(m_store->diaries().findRow(a)->deleted);
    }

    void aPayloadTravelsAndTheLatestWins()
    {
        const QJsonObject like{{u"liked"_s, true}};
        const QJsonObject unlike{{u"liked"_s, false}};
        QVERIFY(m_store->outbox().enqueue(u"like"_s, u"post/1"_s, OutboxEntry::Op::Upsert, like).ok());
        QCOMPARE(m_store->outbox().head()->payload, like);
        QVERIFY(m_store->outbox().enqueue(u"like"_s, u"post/1"_s, OutboxEntry::Op::Upsert, unlike).ok());
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().head()->payload, unlike);
        QCOMPARE(m_store->outbox().waiting(u"like"_s, u"post/1"_s)->payload, unlike);
        QVERIFY(!m_store->outbox().waiting(u"like"_s, u"post/2"_s));
    }

    void aSuccessorsPayloadFoldsIntoAFailedEntry()
    {
        QVERIFY(m_store->outbox().enqueue(u"like"_s, u"post/1"_s, OutboxEntry::Op::Upsert, {{u"liked"_s, true}}).ok());
        const qint64 first = m_store->outbox().head()->seq;
        QVERIFY(m_store->outbox().markInFlight(first).ok());
        QVERIFY(m_store->outbox().enqueue(u"like"_s, u"post/1"_s, OutboxEntry::Op::Upsert, {{u"liked"_s, false}}).ok());
        QCOMPARE(m_store->outbox().pendingCount(), 2);
        QVERIFY(m_store->outbox().markFailed(first, u"offline"_s).ok());
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().head()->seq, first);
        QCOMPARE(m_store->outbox().head()->payload.value(u"liked"_s).toBool(), false);
    }

    void aRejectedChangeIsKeptWithItsReason()
    {
        const QJsonObject comment{{u"text"_s, u"好看！"_s}, {u"itemId"_s, u"x"_s}};
        QVERIFY(m_store->outbox().enqueue(u"comment"_s, u"c1"_s, OutboxEntry::Op::Upsert, comment).ok());
        const QString behind = save({}, u"behind"_s);
        QVERIFY(m_store->outbox().reject(m_store->outbox().head()->seq, kj::Error{kj::ErrorCode::NotFound, u"gone"_s, {}}).ok());
        QCOMPARE(order(), QStringList{behind});
        QCOMPARE(m_store->outbox().rejectedCount(), 1);
        const QList<kj::store::RejectedChange> rejected = m_store->outbox().rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().kind, u"comment"_s);
        QCOMPARE(rejected.first().itemId, u"c1"_s);
        QCOMPARE(rejected.first().payload, comment);
        QCOMPARE(rejected.first().errorCode, u"not_found"_s);
        QCOMPARE(rejected.first().errorMessage, u"gone"_s);
        QVERIFY(m_store->outbox().dismissRejected(rejected.first().id).ok());
        QCOMPARE(m_store->outbox().rejectedCount(), 0);
    }

    void aChangeAndItsEntryCommitTogether_data()
    {
        QTest::addColumn<QString>("failingTable");
        QTest::newRow("the outbox insert fails") << u"outbox"_s;
        QTest::newRow("the diary insert fails") << u"diaries"_s;
    }

    void aChangeAndItsEntryCommitTogether()
    {
        QFETCH(QString, failingTable);
        const QString kept = save({}, u"kept"_s);
        QSqlQuery query(m_store->database());
        for (const QString &event : {u"INSERT"_s, u"UPDATE"_s}) {
            QVERIFY(query.exec(u"CREATE TRIGGER fail_%1_%2 BEFORE %2 ON %1 BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s
                                   .arg(failingTable, event)));
        }
        QVERIFY(!m_store->diaries().saveMyDiary({}, u"new"_s, u"lost?"_s, kj::Visibility::Friends).ok());
        QVERIFY(!m_store->diaries().saveMyDiary(kept, u"t"_s, u"edited"_s, kj::Visibility::Friends).ok());
        QCOMPARE(m_store->diaries().countByAuthor(u"alice"_s), 1);
        QCOMPARE(m_store->diaries().find(kept)->diary.body, u"kept"_s);
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM diaries"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The store is usable afterwards.
        for (const QString &event : {u"INSERT"_s, u"UPDATE"_s})
            QVERIFY(query.exec(u"DROP TRIGGER fail_%1_%2"_s.arg(failingTable, event)));
        QVERIFY(!save({}, u"now it works"_s).isEmpty());
        QCOMPARE(m_store->outbox().pendingCount(), 2);
    }

    void aFailedDeleteLeavesTheDiary()
    {
        const QString a = save({}, u"a"_s);
        kj::Diary server = m_store->diaries().find(a)->diary;
        server.revision = 1;
        QVERIFY(m_store->diaries().recordPushed(m_store->outbox().head()->seq, server).ok());
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"CREATE TRIGGER fail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        QVERIFY(!m_store->diaries().deleteMyDiary(a).ok());
        QVERIFY(m_store->diaries().find(a).has_value());
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
