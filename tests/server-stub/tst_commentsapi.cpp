// Comments through the real server: posting (with idempotent retries), one level of replies, paging
// oldest first, who may delete, the audience rule on every read and write, unknown kinds, and that
// comments go with their item.
#include "models/domain/comment.h"
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject commentWrite(const QString &id, const QString &text, const QString &replyTo = {})
{
    QJsonObject json{{u"id"_s, id}, {u"text"_s, text}};
    if (!replyTo.isEmpty())
        json.insert(u"replyTo"_s, replyTo);
    return json;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

//! The same ids in a fixed order, for checks of what is there rather than of its order (comments made
//! in the same millisecond are ordered by id).
QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}
} // namespace

class TestCommentsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postsAComment();
    void acceptsARetryAndRefusesAClash();
    void repliesOneLevelDeep();
    void listsOldestFirstInPages();
    void followsTheAudience();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void deletesByAuthorOrOwnerOnly();
    void deletingAParentTakesItsReplies();
    void goWithTheirItem_data();
    void goWithTheirItem();
    void countsInListsAndTheFeed();

private:
    QString newPost(const QString &visibility, const QString &token)
    {
        const QString id = kj::newItemId();
        const TestReply reply = m_client->put(u"/api/v1/posts/"_s + id,
                                              {{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, visibility}}, token);
        return reply.status == 201 ? id : QString();
    }
    TestReply comment(const QString &kind, const QString &itemId, const QJsonObject &body, const QString &token)
    {
        return m_client->post(u"/api/v1/items/%1/%2/comments"_s.arg(kind, itemId), body, token);
    }
    QStringList commentIds(const QString &kind, const QString &itemId, const QString &token)
    {
        return idsOf(m_client->get(u"/api/v1/items/%1/%2/comments?limit=100"_s.arg(kind, itemId), token).json.value(u"items"_s).toArray());
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol, m_dave; // alice, bob and dave are friends of alice; carol a stranger
};

void TestCommentsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    m_dave = m_client->signUp(u"dave"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    QVERIFY(m_client->befriend(m_alice, u"dave"_s, m_dave));
}

void TestCommentsApi::postsAComment()
{
    const QString post = newPost(u"friends"_s, m_alice);
    const QString id = kj::newItemId();
    const TestReply posted = comment(u"post"_s, post, commentWrite(id, u"好看 👍"_s), m_bob);
    QCOMPARE(posted.status, 201);
    const kj::Result<kj::Comment> parsed = kj::Comment::fromJson(posted.json.value(u"comment"_s).toObject());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->id, id);
    QCOMPARE(parsed->itemKind, kj::ItemKind::Post);
    QCOMPARE(parsed->itemId, post);
    QCOMPARE(parsed->author.username, u"bob"_s);
    QCOMPARE(parsed->text, u"好看 👍"_s);
    QCOMPARE(parsed->replyTo, std::nullopt);
    const TestReply listed = m_client->get(u"/api/v1/items/post/%1/comments"_s.arg(post), m_alice);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(listed.json.value(u"items"_s).toArray().first().toObject(), posted.json.value(u"comment"_s).toObject());
    QVERIFY(listed.json.value(u"nextCursor"_s).isNull());
    // Diaries take comments the same way.
    const QString diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s), m_alice).status, 201);
    QCOMPARE(comment(u"diary"_s, diary, commentWrite(kj::newItemId(), u"nice"_s), m_carol).status, 201);
}

void TestCommentsApi::acceptsARetryAndRefusesAClash()
{
    const QString post = newPost(u"public"_s, m_alice);
    const QString id = kj::newItemId();
    const TestReply first = comment(u"post"_s, post, commentWrite(id, u"once"_s), m_bob);
    QCOMPARE(first.status, 201);
    const TestReply retry = comment(u"post"_s, post, commentWrite(id, u"once"_s), m_bob);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json.value(u"comment"_s).toObject(), first.json.value(u"comment"_s).toObject());
    QCOMPARE(comment(u"post"_s, post, commentWrite(id, u"other words"_s), m_bob).status, 409);
    QCOMPARE(comment(u"post"_s, post, commentWrite(id, u"once"_s), m_carol).status, 409); // someone else's id
    QCOMPARE(comment(u"post"_s, newPost(u"public"_s, m_alice), commentWrite(id, u"once"_s), m_bob).status, 409); // another item
    QCOMPARE(commentIds(u"post"_s, post, m_bob), QStringList{id});
}

void TestCommentsApi::repliesOneLevelDeep()
{
    const QString post = newPost(u"public"_s, m_alice), other = newPost(u"public"_s, m_alice);
    const QString parent = kj::newItemId(), reply = kj::newItemId();
    QCOMPARE(comment(u"post"_s, post, commentWrite(parent, u"question?"_s), m_bob).status, 201);
    const TestReply answered = comment(u"post"_s, post, commentWrite(reply, u"answer"_s, parent), m_alice);
    QCOMPARE(answered.status, 201);
    QCOMPARE(answered.json.value(u"comment"_s).toObject().value(u"replyTo"_s).toString(), parent);
    // A reply to a reply, to a comment of another item, or to nothing: 400, nothing stored.
    const TestReply deeper = comment(u"post"_s, post, commentWrite(kj::newItemId(), u"deeper"_s, reply), m_bob);
    QCOMPARE(deeper.status, 400);
    QCOMPARE(deeper.errorCode(), u"invalid_field"_s);
    QCOMPARE(comment(u"post"_s, other, commentWrite(kj::newItemId(), u"elsewhere"_s, parent), m_bob).status, 400);
    QCOMPARE(comment(u"post"_s, post, commentWrite(kj::newItemId(), u"to nothing"_s, kj::newItemId()), m_bob).status, 400);
    QCOMPARE(sorted(commentIds(u"post"_s, post, m_bob)), sorted({parent, reply}));
}

void TestCommentsApi::listsOldestFirstInPages()
{
    const QString post = newPost(u"public"_s, m_alice);
    QStringList written;
    for (int i = 0; i < 7; ++i) {
        const QString id = kj::newItemId();
        QCOMPARE(comment(u"post"_s, post, commentWrite(id, u"c%1"_s.arg(i)), i % 2 ? m_bob : m_carol).status, 201);
        written.append(id);
        QTest::qWait(2);
    }
    QStringList seen;
    QString cursor;
    for (int round = 0; round < 10; ++round) {
        // Anyone may read the comments of a public item, signed in or not.
        const TestReply page = m_client->get(u"/api/v1/items/post/%1/comments?limit=3%2"_s.arg(post, cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.value(u"items"_s).toArray().size() <= 3);
        seen += idsOf(page.json.value(u"items"_s).toArray());
        if (page.json.value(u"nextCursor"_s).isNull())
            break;
        cursor = page.json.value(u"nextCursor"_s).toString();
    }
    QCOMPARE(seen, written);
}

void TestCommentsApi::followsTheAudience()
{
    const QString friendsOnly = newPost(u"friends"_s, m_alice), mine = newPost(u"private"_s, m_alice);
    // carol cannot see the friends-only post: for her it does not exist.
    QCOMPARE(comment(u"post"_s, friendsOnly, commentWrite(kj::newItemId(), u"spam"_s), m_carol).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/items/post/%1/comments"_s.arg(friendsOnly), m_carol).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/items/post/%1/comments"_s.arg(friendsOnly)).status, 404);
    QCOMPARE(comment(u"post"_s, mine, commentWrite(kj::newItemId(), u"hi"_s), m_bob).status, 404);
    QCOMPARE(comment(u"post"_s, mine, commentWrite(kj::newItemId(), u"note to self"_s), m_alice).status, 201);
    QCOMPARE(comment(u"post"_s, friendsOnly, commentWrite(kj::newItemId(), u"x"_s), QString()).status, 401);
    // The same answer as for an item that never existed, and for a kind nothing is stored of yet.
    const TestReply hidden = comment(u"post"_s, friendsOnly, commentWrite(kj::newItemId(), u"spam"_s), m_carol);
    const TestReply absent = comment(u"post"_s, kj::newItemId(), commentWrite(kj::newItemId(), u"spam"_s), m_carol);
    QCOMPARE(hidden.body, absent.body);
    QCOMPARE(comment(u"track"_s, kj::newItemId(), commentWrite(kj::newItemId(), u"x"_s), m_bob).status, 404);
    // A friend who stops being one loses the item and its comments.
    const QString dave = m_dave;
    QCOMPARE(comment(u"post"_s, friendsOnly, commentWrite(kj::newItemId(), u"while friends"_s), dave).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/friends/dave"_s, m_alice).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/items/post/%1/comments"_s.arg(friendsOnly), dave).status, 404);
    QVERIFY(m_client->befriend(m_alice, u"dave"_s, dave));
}

void TestCommentsApi::refusesBadRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString id = kj::newItemId();
    QTest::newRow("unknown kind") << u"/api/v1/items/guestbook/%1/comments"_s.arg(id) << QByteArray(R"({"id":"%1","text":"x"})").replace("%1", kj::newItemId().toLatin1()) << 404 << u"not_found"_s;
    QTest::newRow("kind in capitals") << u"/api/v1/items/POST/%1/comments"_s.arg(id) << QByteArray(R"({"id":"%1","text":"x"})").replace("%1", kj::newItemId().toLatin1()) << 404 << u"not_found"_s;
    QTest::newRow("bad item id") << u"/api/v1/items/post/NOT-AN-ID/comments"_s << QByteArray(R"({"id":"%1","text":"x"})").replace("%1", kj::newItemId().toLatin1()) << 400 << u"invalid_id"_s;
    QTest::newRow("no comment id") << u"ITEM"_s << QByteArray(R"({"text":"x"})") << 400 << u"missing_field"_s;
    QTest::newRow("empty text") << u"ITEM"_s << QByteArray(R"({"id":"%1","text":""})").replace("%1", kj::newItemId().toLatin1()) << 400 << u"invalid_field"_s;
    QTest::newRow("2,001 characters") << u"ITEM"_s << (QByteArray(R"({"id":")") + kj::newItemId().toLatin1() + R"(","text":")" + QByteArray(2001, 'a') + R"("})") << 400 << u"invalid_field"_s;
    QTest::newRow("unknown field") << u"ITEM"_s << QByteArray(R"({"id":"%1","text":"x","private":true})").replace("%1", kj::newItemId().toLatin1()) << 400 << u"unknown_field"_s;
    QTest::newRow("malformed") << u"ITEM"_s << QByteArray(R"({"id":)") << 400 << u"malformed_json"_s;
}

void TestCommentsApi::refusesBadRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString post = newPost(u"public"_s, m_alice);
    if (path == u"ITEM"_s)
        path = u"/api/v1/items/post/%1/comments"_s.arg(post);
    const TestReply reply = m_client->send("POST", path, body, "application/json", m_bob);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(commentIds(u"post"_s, post, m_bob).isEmpty());
    QCOMPARE(m_client->get(u"/api/v1/items/album2/%1/comments"_s.arg(post)).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/comments/nope"_s, m_bob).status, 400);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + kj::newItemId(), m_bob).status, 404);
}

void TestCommentsApi::deletesByAuthorOrOwnerOnly()
{
    const QString post = newPost(u"friends"_s, m_alice);
    const QString byBob = kj::newItemId(), byDave = kj::newItemId(), byAlice = kj::newItemId();
    QCOMPARE(comment(u"post"_s, post, commentWrite(byBob, u"bob"_s), m_bob).status, 201);
    QCOMPARE(comment(u"post"_s, post, commentWrite(byDave, u"dave"_s), m_dave).status, 201);
    QCOMPARE(comment(u"post"_s, post, commentWrite(byAlice, u"alice"_s), m_alice).status, 201);
    // dave sees the post but neither wrote bob's comment nor owns the post: 403. carol cannot see it: 404.
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byBob, m_dave).status, 403);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byBob, m_carol).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byBob).status, 401);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byAlice, m_bob).status, 403);
    QCOMPARE(sorted(commentIds(u"post"_s, post, m_alice)), sorted({byBob, byDave, byAlice}));
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byBob, m_bob).status, 204);     // its author
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byDave, m_alice).status, 204);  // the item's owner
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + byDave, m_alice).status, 404);  // gone
    QCOMPARE(commentIds(u"post"_s, post, m_alice), QStringList{byAlice});
}

void TestCommentsApi::deletingAParentTakesItsReplies()
{
    const QString post = newPost(u"public"_s, m_alice);
    const QString parent = kj::newItemId(), reply = kj::newItemId(), other = kj::newItemId();
    QCOMPARE(comment(u"post"_s, post, commentWrite(parent, u"p"_s), m_bob).status, 201);
    QCOMPARE(comment(u"post"_s, post, commentWrite(reply, u"r"_s, parent), m_carol).status, 201);
    QCOMPARE(comment(u"post"_s, post, commentWrite(other, u"o"_s), m_carol).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + parent, m_bob).status, 204);
    QCOMPARE(commentIds(u"post"_s, post, m_alice), QStringList{other});
    // Deleting a reply leaves its parent.
    const QString second = kj::newItemId(), answer = kj::newItemId();
    QCOMPARE(comment(u"post"_s, post, commentWrite(second, u"p2"_s), m_bob).status, 201);
    QCOMPARE(comment(u"post"_s, post, commentWrite(answer, u"r2"_s, second), m_carol).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + answer, m_carol).status, 204);
    QCOMPARE(sorted(commentIds(u"post"_s, post, m_alice)), sorted({other, second}));
}

void TestCommentsApi::goWithTheirItem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("post") << u"post"_s;
    QTest::newRow("diary") << u"diary"_s;
}

void TestCommentsApi::goWithTheirItem()
{
    QFETCH(QString, kind);
    const QString item = kj::newItemId();
    const QString path = kind == u"post"_s ? u"/api/v1/posts/"_s + item : u"/api/v1/diaries/"_s + item;
    const QJsonObject created = kind == u"post"_s
                                    ? QJsonObject{{u"text"_s, u"x"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"public"_s}}
                                    : JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s);
    QCOMPARE(m_client->put(path, created, m_alice).status, 201);
    QCOMPARE(comment(kind, item, commentWrite(kj::newItemId(), u"c"_s), m_bob).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/items/%1/%2/like"_s.arg(kind, item), {}, m_bob).status, 200);
    QCOMPARE(m_client->del(path, m_alice).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/items/%1/%2/comments"_s.arg(kind, item), m_alice).status, 404);
    // Brought back from its tombstone, the item starts without the old comments and likes.
    QJsonObject restore = created;
    restore.insert(u"baseRevision"_s, 2);
    QCOMPARE(m_client->put(path, restore, m_alice).status, 200);
    QVERIFY(commentIds(kind, item, m_alice).isEmpty());
    const QJsonObject read = m_client->get(path, m_alice).json.value(kind).toObject();
    QCOMPARE(read.value(u"commentCount"_s).toInt(-1), 0);
    QCOMPARE(read.value(u"likeCount"_s).toInt(-1), 0);
}

void TestCommentsApi::countsInListsAndTheFeed()
{
    const QString erin = m_client->signUp(u"erin"_s), fred = m_client->signUp(u"fred"_s);
    QVERIFY(m_client->befriend(erin, u"fred"_s, fred));
    const QString post = newPost(u"friends"_s, erin);
    const QString diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"friends"_s), erin).status, 201);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(comment(u"post"_s, post, commentWrite(kj::newItemId(), u"c"_s), i % 2 ? erin : fred).status, 201);
    QCOMPARE(comment(u"diary"_s, diary, commentWrite(kj::newItemId(), u"d"_s), fred).status, 201);
    const auto countOf = [](const QJsonArray &items, const QString &id) {
        for (const QJsonValue &item : items) {
            if (item.toObject().value(u"id"_s).toString() == id)
                return item.toObject().value(u"commentCount"_s).toInt(-1);
        }
        return -2;
    };
    const QJsonArray feed = m_client->get(u"/api/v1/feed"_s, fred).json.value(u"items"_s).toArray();
    QCOMPARE(countOf(feed, post), 3);
    QCOMPARE(countOf(feed, diary), 1);
    QCOMPARE(countOf(m_client->get(u"/api/v1/users/erin/posts"_s, fred).json.value(u"items"_s).toArray(), post), 3);
    QCOMPARE(countOf(m_client->get(u"/api/v1/users/erin/diaries"_s, fred).json.value(u"items"_s).toArray(), diary), 1);
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + diary, fred).json.value(u"diary"_s).toObject().value(u"commentCount"_s).toInt(), 1);
}

QTEST_MAIN(TestCommentsApi)
#include "tst_commentsapi.moc"
