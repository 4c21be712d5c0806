#include "app/sync/guestbookpusher.h"
#include "models/store/guestbookrepository.h"
#include "tests/app/pushertest.h"

#include <QJsonArray>
#include <QTest>

using kj::store::GuestbookRepository;

//! GuestbookPusher against the real server: messages, replies and deletes written offline go once.
class TestGuestbookPusher : public QObject
{
    Q_OBJECT

    PusherWorld m_world;

    QJsonArray serverGuestbook(const SyncClient &reader, const QString &owner)
    {
        return m_world.json->get(u"/api/v1/users/%1/guestbook"_s.arg(owner), reader.token).json.value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_world.start()); }

    void signReplyAndDeleteOffline()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto bob = m_world.signUp(u"bob"_s);
        QVERIFY(alice && bob);
        bob->goOffline();
        GuestbookRepository bobs(*bob->store);
        kj::Result<kj::GuestbookEntry> message = bobs.sign(alice->username, u"来踩踩"_s, false);
        QVERIFY(message);
        QCOMPARE(bobs.entriesOf(alice->username).size(), 1);
        QVERIFY(bobs.entriesOf(alice->username).first().pending);
        QVERIFY(!bob->syncOnce().ok());
        bob->goOnline();
        QVERIFY(bob->syncOnce().ok());
        QJsonArray stored = serverGuestbook(*alice, alice->username);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"id"_s).toString(), message->id);

        // A replay after a lost answer finds it there.
        QVERIFY(bob->store->outbox().enqueue(GuestbookRepository::kKind, message->id, kj::store::OutboxEntry::Op::Upsert,
                                             {{u"owner"_s, alice->username}, {u"text"_s, u"来踩踩"_s}, {u"private"_s, false}})
                    .ok());
        QVERIFY(bob->syncOnce().ok());
        QCOMPARE(serverGuestbook(*alice, alice->username).size(), 1);
        QCOMPARE(bob->store->outbox().rejectedCount(), 0);

        // Alice replies offline; twice: the newer reply replaces the one waiting.
        alice->goOffline();
        GuestbookRepository alices(*alice->store);
        QVERIFY(alices.reply(message->id, u"谢谢"_s).ok());
        QVERIFY(alices.reply(message->id, u"谢谢来访"_s).ok());
        QCOMPARE(alice->pending(), 1);
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        stored = serverGuestbook(*alice, alice->username);
        QCOMPARE(stored.first().toObject().value(u"reply"_s).toObject().value(u"text"_s).toString(), u"谢谢来访"_s);

        // Bob deletes it; deleting again (a replay) is done.
        QVERIFY(bobs.remove(message->id).ok());
        QVERIFY(bobs.entriesOf(alice->username).isEmpty());
        QVERIFY(bob->syncOnce().ok());
        QCOMPARE(serverGuestbook(*alice, alice->username).size(), 0);
        QVERIFY(bobs.remove(message->id).ok());
        QVERIFY(bob->syncOnce().ok());
        QCOMPARE(bob->store->outbox().rejectedCount(), 0);
    }

    void aMessageToNobodyIsRejectedWithItsWords()
    {
        auto bob = m_world.signUp(u"bob"_s);
        QVERIFY(bob);
        GuestbookRepository bobs(*bob->store);
        kj::Result<kj::GuestbookEntry> message = bobs.sign(u"nobody_at_all"_s, u"hello?"_s, true);
        QVERIFY(message);
        QVERIFY(bob->syncOnce().ok());
        QCOMPARE(bob->pending(), 0);
        const QList<kj::store::RejectedChange> rejected = bob->store->outbox().rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().payload.value(u"text"_s).toString(), u"hello?"_s);
        QVERIFY(rejected.first().errorMessage.contains(u"no user nobody_at_all"_s));
        QVERIFY(!bobs.find(message->id));
    }
};

QTEST_GUILESS_MAIN(TestGuestbookPusher)
#include "tst_guestbookpusher.moc"
