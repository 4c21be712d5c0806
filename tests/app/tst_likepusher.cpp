#include "app/sync/likepusher.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "tests/app/pushertest.h"

#include <QTest>

using kj::store::LikeRepository;

//! LikePusher against the real server: like, unlike, like again offline sends one final state.
class TestLikePusher : public QObject
{
    Q_OBJECT

    PusherWorld m_world;

    QJsonObject serverPost(const SyncClient &client, const QString &post)
    {
        return m_world.json->get(u"/api/v1/posts/"_s + post, client.token).json.value(u"post"_s).toObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_world.start()); }

    void likeUnlikeLikeOfflineSendsTheFinalStateOnce()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        const QString post = m_world.post(*alice);
        alice->goOffline();
        LikeRepository likes(*alice->store);
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, true).ok());
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, false).ok());
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, true).ok());
        QCOMPARE(alice->pending(), 1);
        QCOMPARE(likes.pending(kj::ItemKind::Post, post), std::optional<bool>(true));
        QVERIFY(!alice->syncOnce().ok());
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QCOMPARE(serverPost(*alice, post).value(u"likeCount"_s).toInt(), 1);
        QVERIFY(serverPost(*alice, post).value(u"likedByMe"_s).toBool());

        // Unlike, like, unlike: not liked, and a replay changes nothing.
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, false).ok());
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, true).ok());
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, false).ok());
        const kj::store::OutboxEntry entry = alice->store->outbox().entries().first();
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(alice->store->outbox().enqueue(entry.kind, entry.itemId, entry.op, entry.payload).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverPost(*alice, post).value(u"likeCount"_s).toInt(), 0);
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
    }

    void theServersCountAndStateGoIntoTheCachedItem()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto bob = m_world.signUp(u"bob"_s);
        QVERIFY(alice && bob);
        const QString post = m_world.post(*bob);
        QVERIFY(alice->syncOnce().ok());
        kj::store::ItemRepository items(*alice->store);
        // Alice sees bob's public post only once it is in her cache: put it there as a read would.
        QJsonObject cached = serverPost(*alice, post);
        QVERIFY(!cached.isEmpty());
        QVERIFY(items.applyServerItem(u"post"_s, cached).ok());
        QCOMPARE(items.find(u"post"_s, post)->json.value(u"likeCount"_s).toInt(), 0);

        // Someone else (another device, kongjian-cli, a third person) likes it meanwhile.
        auto carol = m_world.signUp(u"carol"_s);
        QVERIFY(carol);
        QCOMPARE(m_world.json->put(u"/api/v1/items/post/"_s + post + u"/like"_s, {}, carol->token).status, 200);

        LikeRepository likes(*alice->store);
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, true).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QJsonObject after = items.find(u"post"_s, post)->json;
        QCOMPARE(after.value(u"likeCount"_s).toInt(), 2);
        QVERIFY(after.value(u"likedByMe"_s).toBool());

        // And back: my unlike leaves carol's like counted.
        QVERIFY(likes.setLiked(kj::ItemKind::Post, post, false).ok());
        QVERIFY(alice->syncOnce().ok());
        after = items.find(u"post"_s, post)->json;
        QCOMPARE(after.value(u"likeCount"_s).toInt(), 1);
        QVERIFY(!after.value(u"likedByMe"_s).toBool());
    }

    void theServersCountAndStateGoIntoTheCachedDiary()
    {
        auto alice = m_world.signUp(u"alice"_s);
        auto bob = m_world.signUp(u"bob"_s);
        QVERIFY(alice && bob);
        const kj::Result<kj::store::LocalDiary> written =
            bob->store->diaries().saveMyDiary({}, u"公开的日志"_s, u"大家好"_s, kj::Visibility::Public);
        QVERIFY(written);
        QVERIFY(bob->syncOnce().ok());
        const std::optional<kj::store::LocalDiary> sent = bob->store->diaries().find(written->diary.id);
        QVERIFY(sent && sent->diary.revision > 0);
        // Alice is no friend of bob's: her sync never brings the diary, only her like's answer can change it.
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(alice->store->diaries().applyServerDiary(sent->diary, kj::Reactions{}).ok());

        auto carol = m_world.signUp(u"carol"_s);
        QVERIFY(carol);
        QCOMPARE(m_world.json->put(u"/api/v1/items/diary/"_s + sent->diary.id + u"/like"_s, {}, carol->token).status, 200);

        LikeRepository likes(*alice->store);
        QVERIFY(likes.setLiked(kj::ItemKind::Diary, sent->diary.id, true).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QCOMPARE(alice->store->diaries().find(sent->diary.id)->reactions, (kj::Reactions{2, 0, true}));

        QVERIFY(likes.setLiked(kj::ItemKind::Diary, sent->diary.id, false).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->diaries().find(sent->diary.id)->reactions, (kj::Reactions{1, 0, false}));
    }

    void likingAGoneItemIsRejectedUnlikingItIsDone()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        const QString gone = m_world.post(*alice);
        QCOMPARE(m_world.json->del(u"/api/v1/posts/"_s + gone, alice->token).status, 204);
        const QString other = m_world.post(*alice);
        LikeRepository likes(*alice->store);
        QVERIFY(likes.setLiked(kj::ItemKind::Post, gone, true).ok());
        QVERIFY(likes.setLiked(kj::ItemKind::Post, other, false).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->pending(), 0);
        QCOMPARE(alice->store->outbox().rejectedCount(), 1);
        QCOMPARE(alice->store->outbox().rejected().first().itemId, LikeRepository::key(kj::ItemKind::Post, gone));
        QVERIFY(likes.setLiked(kj::ItemKind::Post, gone, false).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLikePusher)
#include "tst_likepusher.moc"
