// Likes through the real server: idempotent like and unlike, the answer's count and likedByMe, bodies,
// the audience rule, unknown kinds, and the counts every list, single item and the feed carry.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestLikesApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void likesAndUnlikesIdempotently();
    void acceptsNoBodyOrAnEmptyObject_data();
    void acceptsNoBodyOrAnEmptyObject();
    void followsTheAudience();
    void refusesUnknownKindsAndIds();
    void eachViewerSeesTheirOwnLike();
    void countsInListsAndTheFeedInOnePage();

private:
    QString newPost(const QString &visibility, const QString &token)
    {
        const QString id = kj::newItemId();
        const TestReply reply = m_client->put(u"/api/v1/posts/"_s + id,
                                              {{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, visibility}}, token);
        return reply.status == 201 ? id : QString();
    }
    TestReply like(const QString &kind, const QString &id, const QString &token)
    {
        return m_client->send("PUT", u"/api/v1/items/%1/%2/like"_s.arg(kind, id), {}, {}, token);
    }
    TestReply unlike(const QString &kind, const QString &id, const QString &token)
    {
        return m_client->del(u"/api/v1/items/%1/%2/like"_s.arg(kind, id), token);
    }
    static QJsonObject state(int count, bool mine)
    {
        return {{u"likeCount"_s, count}, {u"likedByMe"_s, mine}};
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol, m_dave; // bob and dave are alice's friends, carol a stranger
};

void TestLikesApi::initTestCase()
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

void TestLikesApi::likesAndUnlikesIdempotently()
{
    const QString post = newPost(u"friends"_s, m_alice);
    TestReply reply = like(u"post"_s, post, m_bob);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, state(1, true));
    QCOMPARE(like(u"post"_s, post, m_bob).json, state(1, true)); // twice is once
    QCOMPARE(like(u"post"_s, post, m_dave).json, state(2, true));
    QCOMPARE(like(u"post"_s, post, m_alice).json, state(3, true)); // the owner may like their own
    reply = unlike(u"post"_s, post, m_bob);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, state(2, false));
    QCOMPARE(unlike(u"post"_s, post, m_bob).json, state(2, false)); // twice is once
    const QJsonObject read = m_client->get(u"/api/v1/posts/"_s + post, m_dave).json.value(u"post"_s).toObject();
    QCOMPARE(read.value(u"likeCount"_s).toInt(), 2);
    QCOMPARE(read.value(u"likedByMe"_s), QJsonValue(true));
    // Diaries are liked the same way.
    const QString diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s), m_alice).status, 201);
    QCOMPARE(like(u"diary"_s, diary, m_carol).json, state(1, true));
}

void TestLikesApi::acceptsNoBodyOrAnEmptyObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << QByteArray() << 200;
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("application/json") << 200;
    QTest::newRow("empty object, no type") << QByteArray(" { } ") << QByteArray() << 200;
    QTest::newRow("a field") << QByteArray(R"({"like":true})") << QByteArray("application/json") << 400;
    QTest::newRow("not json") << QByteArray("like") << QByteArray("application/json") << 400;
    QTest::newRow("an array") << QByteArray("[]") << QByteArray("application/json") << 400;
    QTest::newRow("text/plain") << QByteArray("{}") << QByteArray("text/plain") << 415;
}

void TestLikesApi::acceptsNoBodyOrAnEmptyObject()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    const QString post = newPost(u"public"_s, m_alice);
    const TestReply reply = m_client->send("PUT", u"/api/v1/items/post/%1/like"_s.arg(post), body, contentType, m_bob);
    QCOMPARE(reply.status, status);
    const int expected = status == 200 ? 1 : 0;
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + post, m_bob).json.value(u"post"_s).toObject().value(u"likeCount"_s).toInt(), expected);
}

void TestLikesApi::followsTheAudience()
{
    const QString friendsOnly = newPost(u"friends"_s, m_alice), mine = newPost(u"private"_s, m_alice);
    const TestReply hidden = like(u"post"_s, friendsOnly, m_carol);
    QCOMPARE(hidden.status, 404);
    QCOMPARE(hidden.body, like(u"post"_s, kj::newItemId(), m_carol).body); // hidden reads like absent
    QCOMPARE(unlike(u"post"_s, friendsOnly, m_carol).status, 404);
    QCOMPARE(like(u"post"_s, mine, m_bob).status, 404);
    QCOMPARE(like(u"post"_s, mine, m_alice).status, 200);
    QCOMPARE(like(u"post"_s, friendsOnly, QString()).status, 401);
    QCOMPARE(unlike(u"post"_s, friendsOnly, QString()).status, 401);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + friendsOnly, m_alice).json.value(u"post"_s).toObject().value(u"likeCount"_s).toInt(), 0);
    // Deleted: its likes go with it, and it cannot be liked.
    QCOMPARE(like(u"post"_s, friendsOnly, m_bob).status, 200);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + friendsOnly, m_alice).status, 204);
    QCOMPARE(like(u"post"_s, friendsOnly, m_bob).status, 404);
}

void TestLikesApi::refusesUnknownKindsAndIds()
{
    const QString post = newPost(u"public"_s, m_alice);
    const TestReply unknown = like(u"status"_s, post, m_bob);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not_found"_s);
    QCOMPARE(like(u"photo"_s, post, m_bob).status, 404); // a known kind, but no photo has this id
    const TestReply badId = like(u"post"_s, u"x"_s, m_bob);
    QCOMPARE(badId.status, 400);
    QCOMPARE(badId.errorCode(), u"invalid_id"_s);
    QCOMPARE(m_client->get(u"/api/v1/items/post/%1/like"_s.arg(post), m_bob).status, 405);
}

void TestLikesApi::eachViewerSeesTheirOwnLike()
{
    const QString post = newPost(u"public"_s, m_alice);
    QCOMPARE(like(u"post"_s, post, m_carol).status, 200);
    const auto read = [&](const QString &token) {
        return m_client->get(u"/api/v1/posts/"_s + post, token).json.value(u"post"_s).toObject();
    };
    QCOMPARE(read(m_carol).value(u"likedByMe"_s), QJsonValue(true));
    QCOMPARE(read(m_bob).value(u"likedByMe"_s), QJsonValue(false));
    QCOMPARE(read(QString()).value(u"likedByMe"_s), QJsonValue(false));
    QCOMPARE(read(QString()).value(u"likeCount"_s).toInt(), 1);
}

void TestLikesApi::countsInListsAndTheFeedInOnePage()
{
    // Items with different counts on one page: each must carry its own.
    const QString erin = m_client->signUp(u"erin"_s), fred = m_client->signUp(u"fred"_s), gus = m_client->signUp(u"gus"_s);
    QVERIFY(m_client->befriend(erin, u"fred"_s, fred));
    QVERIFY(m_client->befriend(erin, u"gus"_s, gus));
    QHash<QString, int> expected;
    QHash<QString, bool> fredLikes;
    for (int i = 0; i < 5; ++i) {
        const QString post = newPost(u"friends"_s, erin);
        int count = 0;
        if (i % 2 == 0) {
            QCOMPARE(like(u"post"_s, post, fred).status, 200);
            ++count;
        }
        if (i % 3 == 0) {
            QCOMPARE(like(u"post"_s, post, gus).status, 200);
            ++count;
        }
        expected.insert(post, count);
        fredLikes.insert(post, i % 2 == 0);
    }
    const QString diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"friends"_s), erin).status, 201);
    QCOMPARE(like(u"diary"_s, diary, gus).status, 200);
    expected.insert(diary, 1);
    fredLikes.insert(diary, false);
    for (const QString &path : {u"/api/v1/feed?limit=100"_s, u"/api/v1/users/erin/posts?limit=100"_s, u"/api/v1/users/erin/diaries"_s}) {
        const QJsonArray items = m_client->get(path, fred).json.value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString id = item.value(u"id"_s).toString();
            QVERIFY2(expected.contains(id), qPrintable(path));
            QCOMPARE(item.value(u"likeCount"_s).toInt(-1), expected.value(id));
            QCOMPARE(item.value(u"likedByMe"_s).toBool(), fredLikes.value(id));
        }
    }
}

QTEST_MAIN(TestLikesApi)
#include "tst_likesapi.moc"
