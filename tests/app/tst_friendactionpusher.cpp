#include "app/sync/friendactionpusher.h"
#include "models/store/friendactionqueue.h"
#include "models/store/friendrepository.h"
#include "tests/app/pushertest.h"

#include <QJsonArray>
#include <QTest>

using kj::store::FriendActionQueue;

//! FriendActionPusher against the real server: requests, answers and removals made offline, settled when replayed.
class TestFriendActionPusher : public QObject
{
    Q_OBJECT

    PusherWorld m_world;

    bool areFriends(const SyncClient &a, const QString &b)
    {
        for (const QJsonValue &person : m_world.json->get(u"/api/v1/friends"_s, a.token).json.value(u"items"_s).toArray()) {
            if (person.toObject().value(u"username"_s).toString() == b)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_world.start()); }

    void requestAcceptRemoveOffline()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto bob = m_world.signUp(u"bob"_s);
        QVERIFY(alice && bob);
        alice->goOffline();
        QVERIFY(FriendActionQueue(*alice->store).request(bob->username).ok());
        QCOMPARE(alice->store->friends().outgoing().size(), 1); // shown at once
        QVERIFY(!alice->syncOnce().ok());
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QCOMPARE(alice->store->friends().outgoing().size(), 1);
        const QString requestId = alice->store->friends().outgoing().first().id;

        // A replay (the answer was lost): 409 already_exists settles it, still one request.
        QVERIFY(FriendActionQueue(*alice->store).request(bob->username).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
        QCOMPARE(alice->store->friends().outgoing().size(), 1);
        QCOMPARE(alice->store->friends().outgoing().first().id, requestId);

        // Bob accepts offline, by name, without having seen the request here.
        bob->goOffline();
        QVERIFY(FriendActionQueue(*bob->store).answer(alice->username, QString(), true).ok());
        QVERIFY(bob->store->friends().isFriend(alice->username)); // shown at once
        bob->goOnline();
        QVERIFY(bob->syncOnce().ok());
        QVERIFY(areFriends(*bob, alice->username));
        // Accepted again (a lost answer): the request is gone, the friendship found, done.
        QVERIFY(FriendActionQueue(*bob->store).answer(alice->username, requestId, true).ok());
        QVERIFY(bob->syncOnce().ok());
        QCOMPARE(bob->store->outbox().rejectedCount(), 0);
        QVERIFY(bob->store->friends().isFriend(alice->username));

        // Alice ends it offline; ending it twice is done.
        alice->goOffline();
        QVERIFY(FriendActionQueue(*alice->store).removeFriend(bob->username).ok());
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(!areFriends(*alice, bob->username));
        QVERIFY(FriendActionQueue(*alice->store).removeFriend(bob->username).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
    }

    void anAcceptOfNothingIsRejectedAndTakenBack()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto carol = m_world.signUp(u"carol"_s);
        QVERIFY(alice && carol);
        QVERIFY(FriendActionQueue(*alice->store).answer(carol->username, QString(), true).ok());
        QVERIFY(alice->store->friends().isFriend(carol->username));
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 1);
        QVERIFY(!alice->store->friends().isFriend(carol->username));
        // A request to nobody is rejected too, and leaves the requests shown here.
        QVERIFY(FriendActionQueue(*alice->store).request(u"nobody_at_all"_s).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 2);
        QVERIFY(alice->store->friends().outgoing().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFriendActionPusher)
#include "tst_friendactionpusher.moc"
