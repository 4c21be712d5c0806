#include "app/sync/commentpusher.h"
#include "models/store/commentrepository.h"
#include "tests/app/pushertest.h"

#include <QJsonArray>
#include <QTest>

using kj::store::CommentRepository;

//! CommentPusher against the real server: comments written offline go once, replays do not double, a comment on
//! an item deleted meanwhile is kept among the rejected changes with its words.
class TestCommentPusher : public QObject
{
    Q_OBJECT

    PusherWorld m_world;

    QJsonArray serverComments(const SyncClient &client, const QString &post)
    {
        return m_world.json->get(u"/api/v1/items/post/%1/comments"_s.arg(post), client.token).json.value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_world.start()); }

    void queuedOfflineThenPushedOnce()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        const QString post = m_world.post(*alice);
        QVERIFY(!post.isEmpty());
        alice->goOffline();
        CommentRepository comments(*alice->store);
        kj::Result<kj::Comment> written = comments.addMine(kj::ItemKind::Post, post, u"火车上写的评论"_s, std::nullopt);
        QVERIFY(written);
        QCOMPARE(alice->pending(), 1);
        QVERIFY(comments.commentsOf(kj::ItemKind::Post, post).first().pending);
        QVERIFY(!alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 1);
        QCOMPARE(serverComments(*alice, post).size(), 0);

        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        const QJsonArray stored = serverComments(*alice, post);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"id"_s).toString(), written->id);
        QCOMPARE(stored.first().toObject().value(u"text"_s).toString(), u"火车上写的评论"_s);
        QVERIFY(!comments.find(written->id)->pending);
    }

    void aReplayAfterALostAnswerDoesNotDouble()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        const QString post = m_world.post(*alice);
        CommentRepository comments(*alice->store);
        kj::Result<kj::Comment> written = comments.addMine(kj::ItemKind::Post, post, u"once"_s, std::nullopt);
        QVERIFY(written);
        const kj::store::OutboxEntry entry = alice->store->outbox().entries().first();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverComments(*alice, post).size(), 1);
        // The answer was lost: the same entry is sent again.
        QVERIFY(alice->store->outbox().enqueue(entry.kind, entry.itemId, entry.op, entry.payload).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
        QCOMPARE(serverComments(*alice, post).size(), 1);
    }

    void aCommentOnADeletedItemIsRejectedWithItsWords()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        const QString post = m_world.post(*alice);
        CommentRepository comments(*alice->store);
        kj::Result<kj::Comment> written = comments.addMine(kj::ItemKind::Post, post, u"too late"_s, std::nullopt);
        QVERIFY(written);
        // Deleted on another device meanwhile; a change behind the comment still goes.
        QCOMPARE(m_world.json->del(u"/api/v1/posts/"_s + post, alice->token).status, 204);
        const QString other = m_world.post(*alice);
        QVERIFY(comments.addMine(kj::ItemKind::Post, other, u"this one arrives"_s, std::nullopt));
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        const QList<kj::store::RejectedChange> rejected = alice->store->outbox().rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().itemId, written->id);
        QCOMPARE(rejected.first().payload.value(u"text"_s).toString(), u"too late"_s);
        QCOMPARE(rejected.first().errorCode, kj::errorCodeName(kj::ErrorCode::NotFound));
        QVERIFY(!comments.find(written->id));
        QCOMPARE(serverComments(*alice, other).size(), 1);
    }

    void aDeleteGoesOnceAndAGoneCommentIsDone()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        const QString post = m_world.post(*alice);
        CommentRepository comments(*alice->store);
        kj::Result<kj::Comment> written = comments.addMine(kj::ItemKind::Post, post, u"soon gone"_s, std::nullopt);
        QVERIFY(alice->syncOnce().ok());
        alice->goOffline();
        QVERIFY(comments.remove(written->id).ok());
        QVERIFY(comments.commentsOf(kj::ItemKind::Post, post).isEmpty());
        QVERIFY(!alice->syncOnce().ok());
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverComments(*alice, post).size(), 0);
        // Written and deleted offline: the delete settles it whether or not the comment ever arrived.
        kj::Result<kj::Comment> brief = comments.addMine(kj::ItemKind::Post, post, u"never sent"_s, std::nullopt);
        QVERIFY(comments.remove(brief->id).ok());
        QCOMPARE(alice->pending(), 1);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
        QCOMPARE(serverComments(*alice, post).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommentPusher)
#include "tst_commentpusher.moc"
