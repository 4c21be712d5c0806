#include "app/sync/grouppusher.h"
#include "models/store/friendgrouprepository.h"
#include "tests/app/pushertest.h"

#include <QJsonArray>
#include <QTest>

using kj::store::FriendGroupRepository;

//! GroupPusher against the real server: groups made, changed and deleted offline go once.
class TestGroupPusher : public QObject
{
    Q_OBJECT

    PusherWorld m_world;

    QJsonArray serverGroups(const SyncClient &owner)
    {
        return m_world.json->get(u"/api/v1/me/groups"_s, owner.token).json.value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_world.start()); }

    void putChangeDeleteOffline()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto bob = m_world.signUp(u"bob"_s);
        QVERIFY(alice && bob);
        QVERIFY(m_world.json->befriend(alice->token, bob->username, bob->token));
        alice->goOffline();
        FriendGroupRepository groups(*alice->store);
        const QString id = kj::newItemId();
        QVERIFY(groups.put(id, kj::FriendGroupWrite{u"同学"_s, {}}));
        QVERIFY(groups.put(id, kj::FriendGroupWrite{u"老同学"_s, {bob->username}}));
        QCOMPARE(alice->pending(), 1);
        QCOMPARE(groups.groups().size(), 1);
        QVERIFY(groups.groups().first().pending);
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QJsonArray stored = serverGroups(*alice);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"name"_s).toString(), u"老同学"_s);
        QCOMPARE(stored.first().toObject().value(u"members"_s).toArray().size(), 1);
        QVERIFY(!groups.find(id)->pending);

        // A replay is harmless; a delete goes once and a second delete is done.
        QVERIFY(alice->store->outbox().enqueue(FriendGroupRepository::kKind, id, kj::store::OutboxEntry::Op::Upsert,
                                               kj::FriendGroupWrite{u"老同学"_s, {bob->username}}.toJson())
                    .ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverGroups(*alice).size(), 1);
        QVERIFY(groups.remove(id).ok());
        QVERIFY(groups.groups().isEmpty());
        const kj::store::OutboxEntry deleteEntry = alice->store->outbox().entries().first();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverGroups(*alice).size(), 0);
        // The delete's answer was lost: sent again, the 404 settles it.
        QVERIFY(alice->store->outbox().enqueue(deleteEntry.kind, deleteEntry.itemId, deleteEntry.op, deleteEntry.payload).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
        // A group never seen here and not on the server: a mistake, told.
        QVERIFY(groups.remove(kj::newItemId()).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 1);
    }

    void aGroupWithAStrangerIsRejected()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto dave = m_world.signUp(u"dave"_s);
        QVERIFY(alice && dave);
        FriendGroupRepository groups(*alice->store);
        const QString id = kj::newItemId();
        QVERIFY(groups.put(id, kj::FriendGroupWrite{u"陌生人"_s, {dave->username}}));
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 1);
        QCOMPARE(alice->store->outbox().rejected().first().payload.value(u"name"_s).toString(), u"陌生人"_s);
        QVERIFY(groups.groups().isEmpty());
        QCOMPARE(serverGroups(*alice).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGroupPusher)
#include "tst_grouppusher.moc"
