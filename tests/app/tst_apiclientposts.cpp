// ApiClient's calls for 说说, the mixed feed, comments and likes against the real server in-process:
// typed answers, created vs. retried, reactions, paging, and the errors a caller gets.
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "tests/app/awaitresult.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;

class TestApiClientPosts : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_alice, m_bob, m_carol; // alice and bob are friends, carol a stranger
    QString m_aliceToken;

    template<typename T>
    kj::Result<T> call(const std::function<void(ApiClient::Callback<T>)> &start)
    {
        std::optional<kj::Result<T>> result = awaitResult<T>(start);
        if (!result)
            return kj::fail(kj::ErrorCode::Timeout, u"the test gave up waiting"_s);
        return *result;
    }

    std::unique_ptr<ApiClient> client(const QString &token)
    {
        auto api = std::make_unique<ApiClient>(m_network);
        api->setServer(QUrl(m_server.baseUrl()));
        api->setToken(token);
        return api;
    }

    kj::Result<kj::app::PostWriteResult> putPost(ApiClient &api, const QString &id, const QString &text,
                                                 kj::Visibility visibility, std::optional<qint64> base = std::nullopt)
    {
        const kj::PostWrite write{text, {}, visibility, base};
        return call<kj::app::PostWriteResult>([&](auto done) { api.putPost(id, write, nullptr, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        JsonClient json(m_server.baseUrl());
        const QString alice = json.signUp(u"alice"_s), bob = json.signUp(u"bob"_s), carol = json.signUp(u"carol"_s);
        QVERIFY(json.befriend(alice, u"bob"_s, bob));
        m_alice = client(alice);
        m_aliceToken = alice;
        m_bob = client(bob);
        m_carol = client(carol);
    }

    void writesReadsAndDeletesPosts()
    {
        const QString id = kj::newItemId();
        auto created = putPost(*m_alice, id, u"第一条说说"_s, kj::Visibility::Friends);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        QVERIFY(created->created);
        QCOMPARE(created->post.id, id);
        QCOMPARE(created->post.revision, 1);
        QCOMPARE(created->post.author.username, u"alice"_s);

        auto retried = putPost(*m_alice, id, u"第一条说说"_s, kj::Visibility::Friends);
        QVERIFY(retried.ok());
        QVERIFY(!retried->created);
        auto updated = putPost(*m_alice, id, u"改过了"_s, kj::Visibility::Friends, 1);
        QVERIFY(updated.ok());
        QCOMPARE(updated->post.revision, 2);
        auto stale = putPost(*m_alice, id, u"stale"_s, kj::Visibility::Friends, 1);
        QCOMPARE(stale.error().code, kj::ErrorCode::Conflict);
        QCOMPARE(stale.error().details.value(u"current"_s).toObject().value(u"text"_s).toString(), u"改过了"_s);
        auto bad = putPost(*m_alice, kj::newItemId(), u"   "_s, kj::Visibility::Public);
        QCOMPARE(bad.error().code, kj::ErrorCode::InvalidField);

        auto read = call<kj::app::PostItem>([&](auto done) { m_bob->post(id, nullptr, done); });
        QVERIFY(read.ok());
        QCOMPARE(read->post.text, u"改过了"_s);
        QCOMPARE(read->reactions, kj::Reactions{});
        QCOMPARE(call<kj::app::PostItem>([&](auto done) { m_carol->post(id, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
        QCOMPARE(call<void>([&](auto done) { m_bob->deletePost(id, nullptr, done); }).error().code, kj::ErrorCode::Forbidden);
        QVERIFY(call<void>([&](auto done) { m_alice->deletePost(id, nullptr, done); }).ok());
        QCOMPARE(call<kj::app::PostItem>([&](auto done) { m_alice->post(id, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
    }

    void pagesSomeonesPosts()
    {
        QStringList written;
        for (int i = 0; i < 5; ++i) {
            const QString id = kj::newItemId();
            QVERIFY(putPost(*m_bob, id, u"bob %1"_s.arg(i), kj::Visibility::Public).ok());
            written.prepend(id);
            QTest::qWait(2);
        }
        QStringList seen;
        QString cursor;
        for (int round = 0; round < 10; ++round) {
            auto page = call<kj::app::PostPage>([&](auto done) { m_carol->userPosts(u"bob"_s, cursor, 2, nullptr, done); });
            QVERIFY(page.ok());
            for (const kj::app::PostItem &item : std::as_const(page->items))
                seen.append(item.post.id);
            cursor = page->nextCursor;
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(seen, written);
        QCOMPARE(call<kj::app::PostPage>([&](auto done) { m_carol->userPosts(u"nobody_here"_s, {}, 10, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
    }

    void feedHoldsDiariesAndPosts()
    {
        const QString diary = kj::newItemId(), post = kj::newItemId();
        auto wrote = call<kj::app::DiaryWriteResult>([&](auto done) {
            m_alice->putDiary(diary, kj::DiaryWrite{u"日记"_s, u"body"_s, kj::Visibility::Friends, std::nullopt}, nullptr, done);
        });
        QVERIFY(wrote.ok());
        QTest::qWait(2);
        QVERIFY(putPost(*m_alice, post, u"说说 in the feed"_s, kj::Visibility::Friends).ok());
        QVERIFY(call<kj::app::LikeState>([&](auto done) { m_bob->setLiked(kj::ItemKind::Post, post, true, nullptr, done); }).ok());
        auto feed = call<kj::app::FeedPage>([&](auto done) { m_bob->feed({}, 2, nullptr, done); });
        QVERIFY2(feed.ok(), qPrintable(feed ? QString() : feed.error().message));
        QCOMPARE(feed->items.size(), 2);
        QCOMPARE(feed->items.at(0).kind(), kj::ItemKind::Post);
        QCOMPARE(feed->items.at(0).id(), post);
        QCOMPARE(std::get<kj::Post>(feed->items.at(0).item).text, u"说说 in the feed"_s);
        QCOMPARE(feed->items.at(0).reactions, (kj::Reactions{1, 0, true}));
        QCOMPARE(feed->items.at(0).author().username, u"alice"_s);
        QCOMPARE(feed->items.at(1).kind(), kj::ItemKind::Diary);
        QCOMPARE(feed->items.at(1).id(), diary);
        QVERIFY(!feed->nextCursor.isEmpty());
    }

    void feedHoldsPhotoBatches()
    {
        MediaClient media(m_server.baseUrl());
        const QString alice = m_aliceToken;
        const QString album = media.newAlbum(alice, u"friends"_s);
        QStringList photos;
        for (int i = 0; i < 2; ++i) {
            const QString mediaId = media.uploadWhole(alice, MediaClient::encoded(MediaClient::testImage(40 + i, 30), "png"));
            photos.append(media.newPhoto(alice, mediaId, album, u"public"_s, u"第%1张"_s.arg(i + 1))
                              .json.value(u"photo"_s).toObject().value(u"id"_s).toString());
        }
        auto feed = call<kj::app::FeedPage>([&](auto done) { m_bob->feed({}, 1, nullptr, done); });
        QVERIFY2(feed.ok(), qPrintable(feed ? QString() : feed.error().message));
        QCOMPARE(feed->items.size(), 1);
        const kj::app::FeedItem &entry = feed->items.constFirst();
        QCOMPARE(entry.kind(), kj::ItemKind::Photo);
        QCOMPARE(entry.id(), photos.first());
        QCOMPARE(entry.author().username, u"alice"_s);
        const auto &batch = std::get<kj::PhotoBatch>(entry.item);
        QCOMPARE(batch.photoCount, 2);
        QCOMPARE(batch.photos.size(), 2);
        QCOMPARE(batch.photos.at(1).id, photos.at(1));
        QCOMPARE(batch.photos.at(1).caption, u"第2张"_s);
        QCOMPARE(entry.createdAt(), batch.latestAt);
    }

    void feedHoldsRepostsAndTracks()
    {
        MediaClient media(m_server.baseUrl());
        const QString post = kj::newItemId();
        QVERIFY(putPost(*m_alice, post, u"转发我"_s, kj::Visibility::Friends).ok());
        const QString repost = kj::newItemId();
        QCOMPARE(media.json().put(u"/api/v1/reposts/"_s + repost,
                                  {{u"kind"_s, u"post"_s}, {u"itemId"_s, post}, {u"comment"_s, u"好"_s}, {u"visibility"_s, u"friends"_s}},
                                  m_aliceToken).status, 201);
        QTest::qWait(2);
        const QByteArray song = AudioFixtures::wav(300);
        const TestReply started = media.startRaw(m_aliceToken, song.size(), MediaClient::sha256(song), u"歌.wav"_s, u"track"_s);
        const QString mediaId = media.patch(m_aliceToken, started.json.value(u"uploadId"_s).toString(), 0, song)
                                    .json.value(u"mediaId"_s).toString();
        const QString track = kj::newItemId();
        QCOMPARE(media.json().put(u"/api/v1/tracks/"_s + track, {{u"mediaId"_s, mediaId}, {u"title"_s, u"夜曲"_s}, {u"visibility"_s, u"friends"_s}},
                                  m_aliceToken).status, 201);

        auto feed = call<kj::app::FeedPage>([&](auto done) { m_bob->feed({}, 2, nullptr, done); });
        QVERIFY2(feed.ok(), qPrintable(feed ? QString() : feed.error().message));
        QCOMPARE(feed->items.size(), 2);
        const kj::app::FeedItem &newest = feed->items.at(0);
        QCOMPARE(newest.kind(), kj::ItemKind::Track);
        QCOMPARE(newest.id(), track);
        QCOMPARE(newest.author().username, u"alice"_s);
        QCOMPARE(std::get<kj::Track>(newest.item).title, u"夜曲"_s);
        const kj::app::FeedItem &older = feed->items.at(1);
        QCOMPARE(older.kind(), kj::ItemKind::Repost);
        QCOMPARE(older.id(), repost);
        const auto &passedOn = std::get<kj::Repost>(older.item);
        QCOMPARE(passedOn.itemId, post);
        QCOMPARE(passedOn.comment, u"好"_s);
        QVERIFY(passedOn.original.has_value());
        QCOMPARE(passedOn.original->value(u"text"_s).toString(), u"转发我"_s);
    }

    void commentsAndReplies()
    {
        const QString post = kj::newItemId();
        QVERIFY(putPost(*m_alice, post, u"comment on me"_s, kj::Visibility::Friends).ok());
        const kj::CommentWrite first{kj::newItemId(), u"好看"_s, std::nullopt};
        auto posted = call<kj::app::CommentResult>([&](auto done) { m_bob->postComment(kj::ItemKind::Post, post, first, nullptr, done); });
        QVERIFY2(posted.ok(), qPrintable(posted ? QString() : posted.error().message));
        QVERIFY(posted->created);
        QCOMPARE(posted->comment.author.username, u"bob"_s);
        auto again = call<kj::app::CommentResult>([&](auto done) { m_bob->postComment(kj::ItemKind::Post, post, first, nullptr, done); });
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QTest::qWait(2); // a later time, so "oldest first" puts the reply second
        const kj::CommentWrite reply{kj::newItemId(), u"谢谢"_s, first.id};
        QVERIFY(call<kj::app::CommentResult>([&](auto done) { m_alice->postComment(kj::ItemKind::Post, post, reply, nullptr, done); }).ok());
        const kj::CommentWrite deeper{kj::newItemId(), u"too deep"_s, reply.id};
        QCOMPARE(call<kj::app::CommentResult>([&](auto done) { m_bob->postComment(kj::ItemKind::Post, post, deeper, nullptr, done); }).error().code,
                 kj::ErrorCode::InvalidField);
        const kj::CommentWrite spam{kj::newItemId(), u"spam"_s, std::nullopt};
        QCOMPARE(call<kj::app::CommentResult>([&](auto done) { m_carol->postComment(kj::ItemKind::Post, post, spam, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);

        auto page = call<kj::app::CommentPage>([&](auto done) { m_bob->comments(kj::ItemKind::Post, post, {}, 1, nullptr, done); });
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().id, first.id);
        QVERIFY(!page->nextCursor.isEmpty());
        auto rest = call<kj::app::CommentPage>([&](auto done) { m_bob->comments(kj::ItemKind::Post, post, page->nextCursor, 10, nullptr, done); });
        QVERIFY(rest.ok());
        QCOMPARE(rest->items.size(), 1);
        QCOMPARE(rest->items.first().replyTo, std::optional(first.id));
        QVERIFY(rest->nextCursor.isEmpty());

        QCOMPARE(call<void>([&](auto done) { m_bob->deleteComment(reply.id, nullptr, done); }).error().code, kj::ErrorCode::Forbidden);
        QVERIFY(call<void>([&](auto done) { m_alice->deleteComment(first.id, nullptr, done); }).ok()); // the owner, and its reply goes
        auto after = call<kj::app::CommentPage>([&](auto done) { m_alice->comments(kj::ItemKind::Post, post, {}, 10, nullptr, done); });
        QVERIFY(after.ok());
        QVERIFY(after->items.isEmpty());
    }

    void likesAndUnlikes()
    {
        const QString post = kj::newItemId();
        QVERIFY(putPost(*m_alice, post, u"like me"_s, kj::Visibility::Friends).ok());
        auto liked = call<kj::app::LikeState>([&](auto done) { m_bob->setLiked(kj::ItemKind::Post, post, true, nullptr, done); });
        QVERIFY(liked.ok());
        QCOMPARE(liked->likeCount, 1);
        QVERIFY(liked->likedByMe);
        liked = call<kj::app::LikeState>([&](auto done) { m_bob->setLiked(kj::ItemKind::Post, post, true, nullptr, done); });
        QCOMPARE(liked->likeCount, 1);
        auto unliked = call<kj::app::LikeState>([&](auto done) { m_bob->setLiked(kj::ItemKind::Post, post, false, nullptr, done); });
        QVERIFY(unliked.ok());
        QCOMPARE(unliked->likeCount, 0);
        QVERIFY(!unliked->likedByMe);
        QCOMPARE(call<kj::app::LikeState>([&](auto done) { m_carol->setLiked(kj::ItemKind::Post, post, true, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
        QCOMPARE(call<kj::app::LikeState>([&](auto done) { m_bob->setLiked(kj::ItemKind::Album, post, true, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
    }

    void saysWhenTheServerIsAway()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        ApiClient away(m_network);
        away.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        away.setToken(u"token"_s);
        const kj::PostWrite write{u"x"_s, {}, kj::Visibility::Public, std::nullopt};
        auto result = call<kj::app::PostWriteResult>([&](auto done) { away.putPost(kj::newItemId(), write, nullptr, done); });
        QCOMPARE(result.error().code, kj::ErrorCode::NetworkError);
        QVERIFY(ApiClient::isTransient(result.error()));
    }
};

QTEST_MAIN(TestApiClientPosts)
#include "tst_apiclientposts.moc"
