// The friends' feed through the real server: whose diaries, which audience, order and paging.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestFeedApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsFriendsAndOwnDiaries();
    void pagesWithoutGapsOrRepeats();
    void findsFriendsBehindMuchNewerWork();
    void needsSignIn();
    void forgetsAnExFriend();
    void keptPagesFollowEveryWrite();

private:
    QString write(const QString &token, const QString &title, const QString &visibility)
    {
        const QString id = kj::newItemId();
        const TestReply reply = m_client->put(u"/api/v1/diaries/"_s + id, JsonClient::diaryWrite(title, u"body"_s, visibility), token);
        if (reply.status != 201)
            qWarning() << "could not write" << title << reply.status << reply.body;
        return id;
    }
    // The titles in the feed, sorted by name; the feed's own order is checked to be newest first
    // (createdAt, then id), since two diaries written in one millisecond have no other order.
    QStringList feedTitles(const QString &token)
    {
        QStringList titles;
        const TestReply reply = m_client->get(u"/api/v1/feed?limit=100"_s, token);
        const QJsonArray items = reply.json.value(u"items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            titles.append(item.value(u"title"_s).toString());
            if (i > 0) {
                const QJsonObject previous = items.at(i - 1).toObject();
                const auto key = [](const QJsonObject &o) {
                    return std::pair{o.value(u"createdAt"_s).toString(), o.value(u"id"_s).toString()};
                };
                if (!(key(previous) > key(item)))
                    return {u"out of order"_s};
            }
        }
        titles.sort();
        return titles;
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol; // alice and bob are friends, carol a stranger to both
};

void TestFeedApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
}

void TestFeedApi::showsFriendsAndOwnDiaries()
{
    write(m_alice, u"alice public"_s, u"public"_s);
    write(m_alice, u"alice friends"_s, u"friends"_s);
    write(m_alice, u"alice private"_s, u"private"_s);
    write(m_bob, u"bob private"_s, u"private"_s);
    write(m_carol, u"carol public"_s, u"public"_s);
    const QString gone = write(m_alice, u"alice deleted"_s, u"public"_s);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + gone, m_alice).status, 204);

    QCOMPARE(feedTitles(m_bob), (QStringList{u"alice friends"_s, u"alice public"_s, u"bob private"_s}));
    QCOMPARE(feedTitles(m_alice), (QStringList{u"alice friends"_s, u"alice private"_s, u"alice public"_s}));
    QCOMPARE(feedTitles(m_carol), QStringList{u"carol public"_s});

    const TestReply reply = m_client->get(u"/api/v1/feed"_s, m_carol);
    const QJsonObject first = reply.json.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"diary"_s);
    QCOMPARE(first.value(u"author"_s).toObject().value(u"username"_s).toString(), u"carol"_s);
    QCOMPARE(first.value(u"likeCount"_s).toInt(-1), 0);
    QCOMPARE(first.value(u"commentCount"_s).toInt(-1), 0);
    QCOMPARE(first.value(u"likedByMe"_s), QJsonValue(false));
    QVERIFY(reply.json.value(u"nextCursor"_s).isNull());
}

void TestFeedApi::pagesWithoutGapsOrRepeats()
{
    const QString dan = m_client->signUp(u"dan"_s), eve = m_client->signUp(u"eve"_s);
    QVERIFY(m_client->befriend(dan, u"eve"_s, eve));
    QStringList written;
    for (int i = 0; i < 9; ++i)
        written.prepend(write(i % 2 ? dan : eve, u"entry %1"_s.arg(i), i % 3 ? u"friends"_s : u"public"_s));
    QStringList paged;
    QString cursor;
    do {
        const TestReply page = m_client->get(u"/api/v1/feed?limit=4"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), dan);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json.value(u"items"_s).toArray())
            paged.append(item.toObject().value(u"id"_s).toString());
        cursor = page.json.value(u"nextCursor"_s).toString();
        QVERIFY(paged.size() <= 12);
    } while (!cursor.isEmpty());
    QCOMPARE(paged.size(), written.size());
    QCOMPARE(QSet<QString>(paged.begin(), paged.end()), QSet<QString>(written.begin(), written.end()));
    QCOMPARE(m_client->get(u"/api/v1/feed?cursor=bm90IGEgY3Vyc29y"_s, dan).status, 400);
}

// The store answers a page from everyone's newest rows when the viewer's authors wrote enough of them, and
// from each author's own newest rows otherwise (server-stub/store/feedsql.h). A stranger's thirty newer
// diaries fill that window for a page of 2, so the friend's diaries behind them take the other way.
void TestFeedApi::findsFriendsBehindMuchNewerWork()
{
    const QString frank = m_client->signUp(u"frank"_s), gina = m_client->signUp(u"gina"_s);
    const QString hugo = m_client->signUp(u"hugo"_s);
    QVERIFY(m_client->befriend(frank, u"gina"_s, gina));
    QStringList expected; // newest first
    for (int i = 0; i < 3; ++i)
        expected.prepend(write(frank, u"frank %1"_s.arg(i), u"friends"_s));
    for (int i = 0; i < 30; ++i)
        write(hugo, u"hugo %1"_s.arg(i), u"public"_s);
    expected.prepend(write(frank, u"frank new"_s, u"friends"_s));
    write(frank, u"frank private"_s, u"private"_s); // never shown to gina

    QStringList paged;
    QString cursor;
    do {
        const TestReply page =
            m_client->get(u"/api/v1/feed?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), gina);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json.value(u"items"_s).toArray())
            paged.append(item.toObject().value(u"id"_s).toString());
        cursor = page.json.value(u"nextCursor"_s).toString();
        QVERIFY(paged.size() <= 6);
    } while (!cursor.isEmpty());
    QCOMPARE(QSet<QString>(paged.begin(), paged.end()), QSet<QString>(expected.begin(), expected.end()));
    QCOMPARE(paged.size(), expected.size());
    QCOMPARE(paged.first(), expected.first());
}

void TestFeedApi::needsSignIn()
{
    const TestReply reply = m_client->get(u"/api/v1/feed"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_s);
}

void TestFeedApi::forgetsAnExFriend()
{
    QVERIFY(feedTitles(m_bob).contains(u"alice friends"_s));
    QCOMPARE(m_client->del(u"/api/v1/friends/alice"_s, m_bob).status, 204);
    QCOMPARE(feedTitles(m_bob), QStringList{u"bob private"_s});
    QVERIFY(!feedTitles(m_alice).contains(u"bob private"_s));
}

// The server keeps feed pages until its next write (server-stub/api/feedpagecache.h): the same page asked for again
// after each kind of write must show that write at once, never the page kept before it.
void TestFeedApi::keptPagesFollowEveryWrite()
{
    const QString ida = m_client->signUp(u"ida"_s), jon = m_client->signUp(u"jon"_s);
    QVERIFY(m_client->befriend(ida, u"jon"_s, jon));
    const auto page = [&] { return m_client->get(u"/api/v1/feed?limit=5"_s, ida); };
    const auto firstItem = [&] { return page().json.value(u"items"_s).toArray().first().toObject(); };
    QCOMPARE(page().json.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(page().json.value(u"items"_s).toArray().size(), 0); // kept now

    const QString diary = write(jon, u"jon 1"_s, u"friends"_s);
    QCOMPARE(firstItem().value(u"title"_s).toString(), u"jon 1"_s);
    QCOMPARE(m_client->put(u"/api/v1/items/diary/%1/like"_s.arg(diary), {}, ida).status, 200);
    QCOMPARE(firstItem().value(u"likeCount"_s).toInt(), 1);
    QCOMPARE(firstItem().value(u"likedByMe"_s).toBool(), true);
    QCOMPARE(m_client->post(u"/api/v1/items/diary/%1/comments"_s.arg(diary),
                            {{u"id"_s, kj::newItemId()}, {u"text"_s, u"nice"_s}}, ida).status, 201);
    QCOMPARE(firstItem().value(u"commentCount"_s).toInt(), 1);
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"jon 1 edited"_s, u"b"_s, u"friends"_s, 1), jon).status, 200);
    QCOMPARE(firstItem().value(u"title"_s).toString(), u"jon 1 edited"_s);
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"jon 1"_s, u"b"_s, u"private"_s, 2), jon).status, 200);
    QCOMPARE(page().json.value(u"items"_s).toArray().size(), 0);
    write(jon, u"jon 2"_s, u"friends"_s);
    QCOMPARE(firstItem().value(u"title"_s).toString(), u"jon 2"_s);
    QCOMPARE(m_client->del(u"/api/v1/friends/ida"_s, jon).status, 204);
    QCOMPARE(page().json.value(u"items"_s).toArray().size(), 0);
    // Another viewer's page and another query are kept apart.
    write(ida, u"ida 1"_s, u"friends"_s);
    QCOMPARE(firstItem().value(u"title"_s).toString(), u"ida 1"_s);
    QCOMPARE(m_client->get(u"/api/v1/feed?limit=5"_s, jon).json.value(u"items"_s).toArray().first().toObject()
                 .value(u"title"_s).toString(), u"jon 2"_s);
    QCOMPARE(m_client->get(u"/api/v1/feed?limit=1"_s, ida).json.value(u"items"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestFeedApi)
#include "tst_feedapi.moc"
