#include "app/sync/likepusher.h"
#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"
#include "models/feed/feedmodel.h"
#include "models/store/commentrepository.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "tests/app/syncclient.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Others' likes and comments reach my window through sync: three clients in this process (alice, and her
// friends bob and carol) against the real server. Alice's cached 说说 and her feed's card show the like count
// and the comments of the others after her next sync, a deleted comment goes away, and a like of hers still
// waiting in her outbox is not undone by the server's older count. The same holds for diaries, whose
// reactions the client keeps in its diary cache: others' likes and comments show, a like of mine stays
// shown once the server has it, and across a restart.

using namespace Qt::StringLiterals;
using kj::models::FeedModel;
using kj::store::CommentRepository;
using kj::store::ItemRepository;
using kj::store::LikeRepository;

namespace {
//! The built-in like pusher, except that it holds every like back while `hold` is set (as the user holds a
//! paused upload), so a test can pull /changes with a like of mine still queued.
class HoldingLikePusher : public kj::app::OutboxPusher
{
public:
    HoldingLikePusher(kj::store::ClientStore &store, kj::app::ApiClient &api, QObject &context, std::shared_ptr<const bool> hold)
        : m_pusher(store, api, context), m_hold(std::move(hold))
    {
    }
    QStringList kinds() const override { return m_pusher.kinds(); }
    void push(const kj::store::OutboxEntry &entry, kj::app::PushRun &run, Done done) override
    {
        m_pusher.push(entry, run, std::move(done));
    }
    bool isHeld(const kj::store::OutboxEntry &) const override { return *m_hold; }

private:
    kj::app::LikePusher m_pusher;
    std::shared_ptr<const bool> m_hold;
};
} // namespace

class TestReactionSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void othersLikesAndCommentsReachMyFeed();
    void myQueuedLikeIsNotUndoneByTheServersCount();
    void othersReactionsOnADiaryReachMyFeed();
    void myLikeOfADiaryStaysAfterItsPushAndARestart();

private:
    std::unique_ptr<SyncClient> client(const QString &username)
    {
        const QString token = m_json->signUp(username);
        if (token.isEmpty())
            return nullptr;
        return std::make_unique<SyncClient>(m_network, m_server.baseUrl(), username, token, username.toUpper());
    }
    //! Writes a friends-only 说说 of `owner` (offline first); its id.
    static QString post(SyncClient &owner, const QString &text)
    {
        kj::Post post;
        post.id = kj::newItemId();
        post.author = kj::User{owner.username, owner.username.toUpper(), {}};
        post.text = text;
        post.visibility = kj::Visibility::Friends;
        post.createdAt = kj::nowUtc();
        post.updatedAt = post.createdAt;
        return ItemRepository(*owner.store).saveMine(u"post"_s, post.toJson()) ? post.id : QString();
    }
    //! Writes a friends-only diary of `owner` (offline first); its id.
    static QString diary(SyncClient &owner, const QString &title)
    {
        const kj::Result<kj::store::LocalDiary> saved =
            owner.store->diaries().saveMyDiary({}, title, u"正文"_s, kj::Visibility::Friends);
        return saved ? saved->diary.id : QString();
    }
    static kj::Reactions diaryReactions(SyncClient &device, const QString &id)
    {
        const std::optional<kj::store::LocalDiary> local = device.store->diaries().find(id);
        return local ? local->reactions : kj::Reactions{-1, -1, false};
    }
    static QVariant diaryRole(const FeedModel &feed, const QString &id, FeedModel::Role role)
    {
        const int row = feed.rowOfKey(u"diary/"_s + id);
        return row < 0 ? QVariant() : feed.data(feed.index(row), role);
    }
    //! Makes `device` keep its store in the file `path` (opened again when it exists), with a new sync engine.
    static bool keepStoreIn(SyncClient &device, const QString &path)
    {
        device.sync.reset();
        device.store.reset();
        kj::Result<std::unique_ptr<kj::store::ClientStore>> opened =
            kj::store::ClientStore::open(path, kj::User{device.username, device.username.toUpper(), {}});
        if (!opened)
            return false;
        device.store = std::move(*opened);
        device.sync = std::make_unique<kj::app::SyncEngine>(*device.store, *device.api);
        return true;
    }
    static QJsonObject cached(SyncClient &device, const QString &id)
    {
        const std::optional<kj::store::CachedItem> row = ItemRepository(*device.store).find(u"post"_s, id);
        return row ? row->json : QJsonObject();
    }
    static QStringList commentTexts(SyncClient &device, const QString &id)
    {
        QStringList texts;
        for (const kj::store::LocalComment &local : CommentRepository(*device.store).commentsOf(kj::ItemKind::Post, id))
            texts.append(local.comment.author.username + u": "_s + local.comment.text);
        return texts;
    }
    static QVariant role(const FeedModel &feed, const QString &id, FeedModel::Role role)
    {
        const int row = feed.rowOfKey(u"post/"_s + id);
        return row < 0 ? QVariant() : feed.data(feed.index(row), role);
    }

    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<JsonClient> m_json;
    std::unique_ptr<SyncClient> m_alice, m_bob, m_carol;
};

void TestReactionSync::initTestCase()
{
    qRegisterMetaType<kj::Status>("kj::Status");
    QVERIFY(m_server.start().ok());
    m_json = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = client(u"alice"_s);
    m_bob = client(u"bob"_s);
    m_carol = client(u"carol"_s);
    QVERIFY(m_alice && m_bob && m_carol);
    QVERIFY(m_json->befriend(m_alice->token, u"bob"_s, m_bob->token));
    QVERIFY(m_json->befriend(m_alice->token, u"carol"_s, m_carol->token));
}

void TestReactionSync::othersLikesAndCommentsReachMyFeed()
{
    const QString id = post(*m_alice, u"今天爬山了"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_alice->syncOnce().ok());
    QVERIFY(m_bob->syncOnce().ok()); // bob's client caches alice's 说说 (a new friend's items are fetched)
    QVERIFY(m_carol->syncOnce().ok());
    QVERIFY(ItemRepository(*m_bob->store).find(u"post"_s, id));

    FeedModel feed(*m_alice->store);
    QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(feed.rowOfKey(u"post/"_s + id) >= 0);
    QCOMPARE(role(feed, id, FeedModel::LikeCountRole).toInt(), 0);
    QCOMPARE(role(feed, id, FeedModel::CommentCountRole).toInt(), 0);

    // Bob likes and comments on his device; carol comments on hers.
    QVERIFY(LikeRepository(*m_bob->store).setLiked(kj::ItemKind::Post, id, true).ok());
    const kj::Result<kj::Comment> bobs = CommentRepository(*m_bob->store).addMine(kj::ItemKind::Post, id, u"好风景"_s, std::nullopt);
    QVERIFY(bobs);
    QVERIFY(m_bob->syncOnce().ok());
    QCOMPARE(m_bob->pending(), 0);
    QVERIFY(CommentRepository(*m_carol->store).addMine(kj::ItemKind::Post, id, u"下次叫上我"_s, bobs->id));
    QVERIFY(m_carol->syncOnce().ok());

    // Nothing reaches alice before her sync; after it, her cache and her feed's card have both.
    QCOMPARE(cached(*m_alice, id).value(u"likeCount"_s).toInt(), 0);
    QVERIFY(m_alice->syncOnce().ok());
    QCOMPARE(cached(*m_alice, id).value(u"likeCount"_s).toInt(), 1);
    QCOMPARE(cached(*m_alice, id).value(u"commentCount"_s).toInt(), 2);
    QCOMPARE(cached(*m_alice, id).value(u"likedByMe"_s).toBool(), false);
    QCOMPARE(commentTexts(*m_alice, id), (QStringList{u"bob: 好风景"_s, u"carol: 下次叫上我"_s}));
    QTRY_COMPARE(role(feed, id, FeedModel::LikeCountRole).toInt(), 1);
    QCOMPARE(role(feed, id, FeedModel::CommentCountRole).toInt(), 2);
    QCOMPARE(role(feed, id, FeedModel::LikedByMeRole).toBool(), false);
    feed.setCommentsExpanded(feed.rowOfKey(u"post/"_s + id), true);
    const QVariantList comments = role(feed, id, FeedModel::CommentsRole).toList();
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(1).value<kj::models::FeedComment>().replyTo, bobs->id);

    // Bob's like reached carol's cache too, with her own likedByMe.
    QVERIFY(m_carol->syncOnce().ok());
    QCOMPARE(cached(*m_carol, id).value(u"likeCount"_s).toInt(), 1);
    QCOMPARE(cached(*m_carol, id).value(u"likedByMe"_s).toBool(), false);
    QCOMPARE(commentTexts(*m_carol, id).size(), 2);

    // Bob takes his like back and deletes his comment (carol's reply goes with it): alice's card follows.
    QVERIFY(LikeRepository(*m_bob->store).setLiked(kj::ItemKind::Post, id, false).ok());
    QVERIFY(CommentRepository(*m_bob->store).remove(bobs->id).ok());
    QVERIFY(m_bob->syncOnce().ok());
    QVERIFY(m_alice->syncOnce().ok());
    QCOMPARE(commentTexts(*m_alice, id), QStringList());
    QTRY_COMPARE(role(feed, id, FeedModel::LikeCountRole).toInt(), 0);
    QCOMPARE(role(feed, id, FeedModel::CommentCountRole).toInt(), 0);
    QCOMPARE(role(feed, id, FeedModel::CommentsRole).toList().size(), 0);

    // When alice deletes her 说说, carol's cache drops it and the comments it had.
    QVERIFY(CommentRepository(*m_bob->store).addMine(kj::ItemKind::Post, id, u"再见"_s, std::nullopt));
    QVERIFY(m_bob->syncOnce().ok());
    QVERIFY(m_carol->syncOnce().ok());
    QCOMPARE(commentTexts(*m_carol, id), QStringList{u"bob: 再见"_s});
    QVERIFY(ItemRepository(*m_alice->store).deleteMine(u"post"_s, id).ok());
    QVERIFY(m_alice->syncOnce().ok());
    QVERIFY(m_carol->syncOnce().ok());
    QVERIFY(!ItemRepository(*m_carol->store).find(u"post"_s, id));
    QCOMPARE(commentTexts(*m_carol, id), QStringList());
}

void TestReactionSync::myQueuedLikeIsNotUndoneByTheServersCount()
{
    const QString id = post(*m_alice, u"晚饭"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_alice->syncOnce().ok());
    QVERIFY(m_bob->syncOnce().ok());
    const auto hold = std::make_shared<bool>(true);
    m_alice->sync->addPusher(std::make_unique<HoldingLikePusher>(*m_alice->store, *m_alice->api, *m_alice->sync, hold));

    FeedModel feed(*m_alice->store);
    QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(feed.rowOfKey(u"post/"_s + id) >= 0);

    // Alice likes her own 说说; it stays queued while bob's like arrives through her sync.
    QVERIFY(LikeRepository(*m_alice->store).setLiked(kj::ItemKind::Post, id, true).ok());
    QVERIFY(LikeRepository(*m_bob->store).setLiked(kj::ItemKind::Post, id, true).ok());
    QVERIFY(m_bob->syncOnce().ok());
    QVERIFY(m_alice->syncOnce().ok());
    QCOMPARE(LikeRepository(*m_alice->store).pending(kj::ItemKind::Post, id), std::optional<bool>(true));
    QCOMPARE(cached(*m_alice, id).value(u"likeCount"_s).toInt(), 1); // the server's: bob's like only
    QTRY_COMPARE(role(feed, id, FeedModel::LikeCountRole).toInt(), 2);
    QCOMPARE(role(feed, id, FeedModel::LikedByMeRole).toBool(), true);

    // Once sent, the server's count has it, and nothing is counted twice.
    *hold = false;
    QVERIFY(m_alice->syncOnce().ok());
    QCOMPARE(m_alice->pending(), 0);
    QCOMPARE(cached(*m_alice, id).value(u"likeCount"_s).toInt(), 2);
    QCOMPARE(cached(*m_alice, id).value(u"likedByMe"_s).toBool(), true);
    QTRY_COMPARE(role(feed, id, FeedModel::LikeCountRole).toInt(), 2);
    QCOMPARE(role(feed, id, FeedModel::LikedByMeRole).toBool(), true);
}

void TestReactionSync::othersReactionsOnADiaryReachMyFeed()
{
    const QString id = diary(*m_alice, u"秋天的信"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_alice->syncOnce().ok());
    QVERIFY(m_bob->syncOnce().ok());
    QVERIFY(m_bob->store->diaries().find(id));

    FeedModel feed(*m_alice->store);
    QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(feed.rowOfKey(u"diary/"_s + id) >= 0);
    QCOMPARE(diaryRole(feed, id, FeedModel::LikeCountRole).toInt(), 0);

    // Bob likes and comments on alice's diary; her sync brings both to her cache and her card.
    QVERIFY(LikeRepository(*m_bob->store).setLiked(kj::ItemKind::Diary, id, true).ok());
    QVERIFY(CommentRepository(*m_bob->store).addMine(kj::ItemKind::Diary, id, u"写得真好"_s, std::nullopt));
    QVERIFY(m_bob->syncOnce().ok());
    QCOMPARE(m_bob->pending(), 0);
    QCOMPARE(diaryReactions(*m_bob, id), (kj::Reactions{1, 1, true}));
    QVERIFY(m_alice->syncOnce().ok());
    QCOMPARE(diaryReactions(*m_alice, id), (kj::Reactions{1, 1, false}));
    QTRY_COMPARE(diaryRole(feed, id, FeedModel::LikeCountRole).toInt(), 1);
    QCOMPARE(diaryRole(feed, id, FeedModel::CommentCountRole).toInt(), 1);
    QCOMPARE(diaryRole(feed, id, FeedModel::LikedByMeRole).toBool(), false);

    // A new friend's client fetches alice's diaries with what they have.
    std::unique_ptr<SyncClient> dave = client(u"dave"_s);
    QVERIFY(dave);
    QVERIFY(m_json->befriend(m_alice->token, u"dave"_s, dave->token));
    QVERIFY(dave->syncOnce().ok());
    QCOMPARE(diaryReactions(*dave, id), (kj::Reactions{1, 1, false}));

    // Bob takes his like back: alice's card follows.
    QVERIFY(LikeRepository(*m_bob->store).setLiked(kj::ItemKind::Diary, id, false).ok());
    QVERIFY(m_bob->syncOnce().ok());
    QVERIFY(m_alice->syncOnce().ok());
    QTRY_COMPARE(diaryRole(feed, id, FeedModel::LikeCountRole).toInt(), 0);
    QCOMPARE(diaryRole(feed, id, FeedModel::CommentCountRole).toInt(), 1);
}

void TestReactionSync::myLikeOfADiaryStaysAfterItsPushAndARestart()
{
    const QString id = diary(*m_bob, u"旅行计划"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_bob->syncOnce().ok());

    // Alice on a second device that keeps its store in a file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"alice.kjstore"_s);
    SyncClient laptop(m_network, m_server.baseUrl(), u"alice"_s, m_alice->token, u"ALICE"_s);
    QVERIFY(keepStoreIn(laptop, path));
    QVERIFY(laptop.syncOnce().ok());
    QVERIFY(laptop.store->diaries().find(id));

    auto feed = std::make_unique<FeedModel>(*laptop.store);
    auto tester = std::make_unique<QAbstractItemModelTester>(feed.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(feed->rowOfKey(u"diary/"_s + id) >= 0);

    // Queued, the like shows at once; sent, it stays (the server's count and my state are kept).
    QVERIFY(LikeRepository(*laptop.store).setLiked(kj::ItemKind::Diary, id, true).ok());
    QTRY_COMPARE(diaryRole(*feed, id, FeedModel::LikeCountRole).toInt(), 1);
    QCOMPARE(diaryRole(*feed, id, FeedModel::LikedByMeRole).toBool(), true);
    QVERIFY(laptop.syncOnce().ok());
    QCOMPARE(laptop.pending(), 0);
    QCOMPARE(diaryReactions(laptop, id), (kj::Reactions{1, 0, true}));
    QTRY_COMPARE(diaryRole(*feed, id, FeedModel::LikeCountRole).toInt(), 1);
    QCOMPARE(diaryRole(*feed, id, FeedModel::LikedByMeRole).toBool(), true);

    // Bob sees alice's like after his sync.
    QVERIFY(m_bob->syncOnce().ok());
    QCOMPARE(diaryReactions(*m_bob, id), (kj::Reactions{1, 0, false}));

    // After a restart the card still shows it, before any sync.
    tester.reset();
    feed.reset();
    QVERIFY(keepStoreIn(laptop, path));
    FeedModel reopened(*laptop.store);
    QAbstractItemModelTester reopenedTester(&reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(reopened.rowOfKey(u"diary/"_s + id) >= 0);
    QCOMPARE(diaryRole(reopened, id, FeedModel::LikeCountRole).toInt(), 1);
    QCOMPARE(diaryRole(reopened, id, FeedModel::LikedByMeRole).toBool(), true);

    // Unliked and sent: it stays unliked.
    QVERIFY(LikeRepository(*laptop.store).setLiked(kj::ItemKind::Diary, id, false).ok());
    QVERIFY(laptop.syncOnce().ok());
    QCOMPARE(laptop.pending(), 0);
    QCOMPARE(diaryReactions(laptop, id), (kj::Reactions{0, 0, false}));
    QTRY_COMPARE(diaryRole(reopened, id, FeedModel::LikeCountRole).toInt(), 0);
    QCOMPARE(diaryRole(reopened, id, FeedModel::LikedByMeRole).toBool(), false);
}

QTEST_MAIN(TestReactionSync)
#include "tst_reactionsync.moc"
