// Likes and comments through GET /changes, against the real server: whoever sees the item gets it again with
// the new counts (and their own likedByMe), and the comment itself or its removal; a like that changes nothing
// adds nothing; a reader who cannot see the item learns nothing, not even that it was liked or commented.
#include "models/domain/change.h"
#include "models/domain/comment.h"
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestReactionChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aLikeReachesEveryoneWhoSeesTheItem();
    void aLikeThatChangesNothingAddsNothing();
    void manyLikesCollapseIntoOneChange();
    void aCommentTravelsWithTheNewCount();
    void aDeletedCommentAndItsRepliesAreWithdrawn();
    void commentsOnADiaryTravelToo();
    void whoCannotSeeTheItemLearnsNothing();
    void aPageHoldsAtMostLimitChanges();

private:
    //! Everything since the reader's cursor, following `more`; advances the cursor.
    //! Every page holds at most `limit` changes (`perPage` when given); m_pages counts the pages read.
    QList<kj::Change> sync(const QString &token, QString &cursor, int limit = 100, int perPage = 0)
    {
        QList<kj::Change> all;
        m_pages = 0;
        for (int round = 0; round < 50; ++round) {
            const TestReply reply = m_client->get(
                u"/api/v1/changes?limit=%1"_s.arg(limit) + (cursor.isEmpty() ? QString() : u"&since="_s + cursor), token);
            if (reply.status != 200) {
                qWarning() << "changes:" << reply.status << reply.body;
                return {};
            }
            kj::Result<kj::ChangesPage> page = kj::ChangesPage::fromJson(reply.json);
            if (!page) {
                qWarning() << "changes page:" << page.error().message;
                return {};
            }
            if (page->changes.size() > (perPage > 0 ? perPage : limit)) {
                qWarning() << "a page of" << page->changes.size() << "changes for a limit of" << limit;
                return {};
            }
            ++m_pages;
            all.append(page->changes);
            cursor = page->cursor;
            if (!page->more)
                break;
        }
        return all;
    }
    static QStringList describe(const QList<kj::Change> &changes)
    {
        QStringList lines;
        for (const kj::Change &change : changes)
            lines.append(change.kind + u' ' + (change.op == kj::Change::Op::Upsert ? u"upsert"_s : u"delete"_s) + u' ' + change.id);
        return lines;
    }
    static QString upsert(const QString &kind, const QString &id) { return kind + u" upsert "_s + id; }
    static QString removal(const QString &kind, const QString &id) { return kind + u" delete "_s + id; }
    //! The item of the change of (kind, id) in `changes`; empty when there is none.
    static QJsonObject itemOf(const QList<kj::Change> &changes, const QString &kind, const QString &id)
    {
        for (const kj::Change &change : changes) {
            if (change.kind == kind && change.id == id)
                return change.item;
        }
        return {};
    }
    static QJsonObject counts(const QJsonObject &item)
    {
        return {{u"likeCount"_s, item.value(u"likeCount"_s)},
                {u"commentCount"_s, item.value(u"commentCount"_s)},
                {u"likedByMe"_s, item.value(u"likedByMe"_s)}};
    }
    static QJsonObject counts(int likes, int comments, bool mine)
    {
        return {{u"likeCount"_s, likes}, {u"commentCount"_s, comments}, {u"likedByMe"_s, mine}};
    }
    QString newPost(const QString &visibility, const QString &token, const QStringList &groups = {})
    {
        const QString id = kj::newItemId();
        QJsonObject body{{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, visibility}};
        if (!groups.isEmpty())
            body.insert(u"groups"_s, QJsonArray::fromStringList(groups));
        const TestReply reply = m_client->put(u"/api/v1/posts/"_s + id, body, token);
        if (reply.status != 201)
            qWarning() << "post:" << reply.status << reply.body;
        return reply.status == 201 ? id : QString();
    }
    int like(const QString &kind, const QString &id, const QString &token)
    {
        return m_client->send("PUT", u"/api/v1/items/%1/%2/like"_s.arg(kind, id), {}, {}, token).status;
    }
    int unlike(const QString &kind, const QString &id, const QString &token)
    {
        return m_client->del(u"/api/v1/items/%1/%2/like"_s.arg(kind, id), token).status;
    }
    QString comment(const QString &kind, const QString &id, const QString &token, const QString &replyTo = {})
    {
        const QString commentId = kj::newItemId();
        QJsonObject body{{u"id"_s, commentId}, {u"text"_s, u"好看"_s}};
        if (!replyTo.isEmpty())
            body.insert(u"replyTo"_s, replyTo);
        const TestReply reply = m_client->post(u"/api/v1/items/%1/%2/comments"_s.arg(kind, id), body, token);
        if (reply.status != 201)
            qWarning() << "comment:" << reply.status << reply.body;
        return reply.status == 201 ? commentId : QString();
    }
    //! Brings every reader's cursor up to date.
    void catchUp()
    {
        (void)sync(m_alice, m_aliceCursor);
        (void)sync(m_bob, m_bobCursor);
        (void)sync(m_carol, m_carolCursor);
        (void)sync(m_dave, m_daveCursor);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol, m_dave; // bob and carol are alice's friends, dave a stranger to her
    QString m_aliceCursor, m_bobCursor, m_carolCursor, m_daveCursor;
    int m_pages = 0;
};

void TestReactionChanges::init()
{
    m_server = std::make_unique<TestServer>();
    const kj::Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server->baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    m_dave = m_client->signUp(u"dave"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    QVERIFY(m_client->befriend(m_alice, u"carol"_s, m_carol));
    QVERIFY(m_client->befriend(m_bob, u"dave"_s, m_dave)); // dave reads bob's rows, never alice's
    m_aliceCursor.clear();
    m_bobCursor.clear();
    m_carolCursor.clear();
    m_daveCursor.clear();
}

void TestReactionChanges::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestReactionChanges::aLikeReachesEveryoneWhoSeesTheItem()
{
    const QString post = newPost(u"friends"_s, m_alice);
    QVERIFY(!post.isEmpty());
    catchUp();

    QCOMPARE(like(u"post"_s, post, m_bob), 200);
    const QList<kj::Change> alice = sync(m_alice, m_aliceCursor);
    QCOMPARE(describe(alice), QStringList{upsert(u"post"_s, post)});
    QCOMPARE(counts(itemOf(alice, u"post"_s, post)), counts(1, 0, false));
    QCOMPARE(itemOf(alice, u"post"_s, post).value(u"text"_s).toString(), u"说说"_s); // the whole item, as a read gives it
    const QList<kj::Change> bob = sync(m_bob, m_bobCursor);
    QCOMPARE(describe(bob), QStringList{upsert(u"post"_s, post)});
    QCOMPARE(counts(itemOf(bob, u"post"_s, post)), counts(1, 0, true)); // likedByMe is the reader's own
    const QList<kj::Change> carol = sync(m_carol, m_carolCursor);
    QCOMPARE(describe(carol), QStringList{upsert(u"post"_s, post)});
    QCOMPARE(counts(itemOf(carol, u"post"_s, post)), counts(1, 0, false));
    QCOMPARE(describe(sync(m_dave, m_daveCursor)), QStringList());

    // Taking the like back travels the same way.
    QCOMPARE(unlike(u"post"_s, post, m_bob), 200);
    const QList<kj::Change> again = sync(m_carol, m_carolCursor);
    QCOMPARE(describe(again), QStringList{upsert(u"post"_s, post)});
    QCOMPARE(counts(itemOf(again, u"post"_s, post)), counts(0, 0, false));
}

void TestReactionChanges::aLikeThatChangesNothingAddsNothing()
{
    const QString post = newPost(u"public"_s, m_alice);
    QVERIFY(!post.isEmpty());
    QCOMPARE(like(u"post"_s, post, m_bob), 200);
    catchUp();

    QCOMPARE(like(u"post"_s, post, m_bob), 200);   // liked already
    QCOMPARE(unlike(u"post"_s, post, m_carol), 200); // never liked
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), QStringList());
    QCOMPARE(describe(sync(m_carol, m_carolCursor)), QStringList());
    const TestReply quiet = m_client->get(u"/api/v1/changes?since="_s + m_aliceCursor, m_alice);
    QCOMPARE(quiet.json.value(u"changes"_s).toArray().size(), 0);
}

void TestReactionChanges::manyLikesCollapseIntoOneChange()
{
    const QString post = newPost(u"friends"_s, m_alice);
    QVERIFY(!post.isEmpty());
    catchUp();
    for (int round = 0; round < 5; ++round) {
        QCOMPARE(like(u"post"_s, post, m_bob), 200);
        QCOMPARE(unlike(u"post"_s, post, m_bob), 200);
    }
    QCOMPARE(like(u"post"_s, post, m_carol), 200);
    QCOMPARE(like(u"post"_s, post, m_alice), 200);
    const QList<kj::Change> alice = sync(m_alice, m_aliceCursor);
    QCOMPARE(describe(alice), QStringList{upsert(u"post"_s, post)});
    QCOMPARE(counts(itemOf(alice, u"post"_s, post)), counts(2, 0, true));
}

void TestReactionChanges::aCommentTravelsWithTheNewCount()
{
    const QString post = newPost(u"friends"_s, m_alice);
    QVERIFY(!post.isEmpty());
    catchUp();

    const QString said = comment(u"post"_s, post, m_bob);
    QVERIFY(!said.isEmpty());
    for (QString *cursor : {&m_aliceCursor, &m_carolCursor, &m_bobCursor}) {
        const QString &token = cursor == &m_aliceCursor ? m_alice : cursor == &m_carolCursor ? m_carol : m_bob;
        const QList<kj::Change> changes = sync(token, *cursor);
        QCOMPARE(describe(changes), (QStringList{upsert(u"comment"_s, said), upsert(u"post"_s, post)}));
        kj::Result<kj::Comment> shown = kj::Comment::fromJson(itemOf(changes, u"comment"_s, said));
        QVERIFY2(shown, qPrintable(shown ? QString() : shown.error().message));
        QCOMPARE(shown->itemKind, kj::ItemKind::Post);
        QCOMPARE(shown->itemId, post);
        QCOMPARE(shown->author.username, u"bob"_s);
        QCOMPARE(shown->text, u"好看"_s);
        QCOMPARE(counts(itemOf(changes, u"post"_s, post)), counts(0, 1, false));
    }
    QCOMPARE(describe(sync(m_dave, m_daveCursor)), QStringList());

    // A retry of the same comment (its answer lost) adds nothing.
    const TestReply retry = m_client->post(u"/api/v1/items/post/%1/comments"_s.arg(post),
                                           {{u"id"_s, said}, {u"text"_s, u"好看"_s}}, m_bob);
    QCOMPARE(retry.status, 200);
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), QStringList());
}

void TestReactionChanges::aDeletedCommentAndItsRepliesAreWithdrawn()
{
    const QString post = newPost(u"friends"_s, m_alice);
    QVERIFY(!post.isEmpty());
    const QString first = comment(u"post"_s, post, m_bob);
    const QString reply = comment(u"post"_s, post, m_carol, first);
    const QString other = comment(u"post"_s, post, m_carol);
    QVERIFY(!first.isEmpty() && !reply.isEmpty() && !other.isEmpty());
    catchUp();

    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + first, m_alice).status, 204); // the owner deletes it, and its reply
    const QList<kj::Change> carol = sync(m_carol, m_carolCursor);
    QCOMPARE(describe(carol), (QStringList{removal(u"comment"_s, first), removal(u"comment"_s, reply), upsert(u"post"_s, post)}));
    QCOMPARE(counts(itemOf(carol, u"post"_s, post)), counts(0, 1, false));
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), describe(carol));
    QCOMPARE(describe(sync(m_dave, m_daveCursor)), QStringList());
}

void TestReactionChanges::commentsOnADiaryTravelToo()
{
    const QString diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"周末"_s, u"荷花"_s, u"friends"_s), m_alice).status, 201);
    catchUp();
    const QString said = comment(u"diary"_s, diary, m_bob);
    QVERIFY(!said.isEmpty());
    QCOMPARE(like(u"diary"_s, diary, m_bob), 200);
    const QList<kj::Change> carol = sync(m_carol, m_carolCursor);
    QCOMPARE(describe(carol), (QStringList{upsert(u"comment"_s, said), upsert(u"diary"_s, diary)}));
    QCOMPARE(counts(itemOf(carol, u"diary"_s, diary)), counts(1, 1, false));
}

void TestReactionChanges::whoCannotSeeTheItemLearnsNothing()
{
    // Alice's group holds bob only: carol is her friend, so the rows reach carol's reads, but the item is
    // not shown to her and neither are its reactions.
    const QString group = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/me/groups/"_s + group,
                           {{u"name"_s, u"同学"_s}, {u"members"_s, QJsonArray{u"bob"_s}}}, m_alice).status, 201);
    const QString post = newPost(u"groups"_s, m_alice, {group});
    QVERIFY(!post.isEmpty());
    catchUp();

    QCOMPARE(like(u"post"_s, post, m_bob), 200);
    const QString said = comment(u"post"_s, post, m_bob);
    QVERIFY(!said.isEmpty());
    QCOMPARE(like(u"post"_s, post, m_carol), 404);
    QCOMPARE(describe(sync(m_carol, m_carolCursor)), QStringList());
    QCOMPARE(describe(sync(m_dave, m_daveCursor)), QStringList());
    const QList<kj::Change> bob = sync(m_bob, m_bobCursor);
    QCOMPARE(describe(bob), (QStringList{upsert(u"comment"_s, said), upsert(u"post"_s, post)}));
    QCOMPARE(counts(itemOf(bob, u"post"_s, post)), counts(1, 1, true));
    const QList<kj::Change> alice = sync(m_alice, m_aliceCursor);
    QCOMPARE(describe(alice), describe(bob));
    QCOMPARE(itemOf(alice, u"post"_s, post).value(u"groups"_s).toArray(), QJsonArray{group}); // the owner's own view

    // Its removal is not told to carol either.
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + said, m_bob).status, 204);
    QCOMPARE(describe(sync(m_carol, m_carolCursor)), QStringList());
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), (QStringList{removal(u"comment"_s, said), upsert(u"post"_s, post)}));
}

void TestReactionChanges::aPageHoldsAtMostLimitChanges()
{
    // A comment brings its item along: three comments on three 说说 are six changes, paged two by two.
    QStringList posts;
    for (int i = 0; i < 3; ++i)
        posts.append(newPost(u"friends"_s, m_alice));
    QVERIFY(!posts.contains(QString()));
    catchUp();
    QStringList expected;
    for (const QString &post : std::as_const(posts)) {
        const QString said = comment(u"post"_s, post, m_bob);
        QVERIFY(!said.isEmpty());
        expected << upsert(u"comment"_s, said) << upsert(u"post"_s, post);
    }
    QCOMPARE(describe(sync(m_carol, m_carolCursor, 2)), expected);
    QCOMPARE(m_pages, 3);
    // A limit of one still moves on, a comment with its item (two changes), and misses nothing.
    QString byOne, byHundred;
    const QStringList one = describe(sync(m_carol, byOne, 1, 2));
    const QStringList hundred = describe(sync(m_carol, byHundred));
    QCOMPARE(QSet<QString>(one.begin(), one.end()), QSet<QString>(hundred.begin(), hundred.end()));
    QCOMPARE(byOne, byHundred);
}

QTEST_GUILESS_MAIN(TestReactionChanges)
#include "tst_reactionchanges.moc"
