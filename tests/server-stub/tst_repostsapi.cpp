// Reposts (转发) through the real server: create, idempotent retries, updates and conflicts, tombstones; 404 for
// originals the reposter cannot see (absent, deleted, hidden); the width rule for every pair of audiences; the
// embedded original shown or null for each kind of reader; reposts of reposts; comments and likes on a repost;
// per-user lists, the feed and /changes.
#include "models/domain/change.h"
#include "models/domain/ids.h"
#include "models/domain/repost.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject repostWrite(const QString &kind, const QString &itemId, const QString &comment, const QString &visibility,
                        std::optional<qint64> baseRevision = std::nullopt)
{
    QJsonObject json{{u"kind"_s, kind}, {u"itemId"_s, itemId}, {u"comment"_s, comment}, {u"visibility"_s, visibility}};
    if (baseRevision)
        json.insert(u"baseRevision"_s, *baseRevision);
    return json;
}
} // namespace

class TestRepostsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsWithTheOriginal();
    void retriesUpdatesAndConflicts();
    void refusesBadWrites_data();
    void refusesBadWrites();
    void hiddenAbsentOrDeletedOriginalsAre404();
    void widthRule_data();
    void widthRule();
    void groupsAudience();
    void originalShownPerReader();
    void repostOfARepost();
    void chainsAreBounded();
    void deletedOriginalLeavesTheRepost();
    void commentsAndLikesOnARepost();
    void deletesAsATombstone();
    void othersCannotTouchIt();
    void listsNewestFirstInPages();
    void feedAndChangesCarryReposts();
    void repostsATrack();

private:
    QString newPost(const QString &token, const QString &visibility, const QString &text = u"原文"_s)
    {
        const QString id = kj::newItemId();
        const TestReply reply = m_client->put(u"/api/v1/posts/"_s + id,
                                              {{u"text"_s, text}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, visibility}}, token);
        return reply.status == 201 ? id : QString();
    }
    TestReply putRepost(const QString &id, const QJsonObject &body, const QString &token)
    {
        return m_client->put(u"/api/v1/reposts/"_s + id, body, token);
    }
    //! Makes a repost; its id, or empty when refused.
    QString repost(const QString &token, const QString &kind, const QString &itemId, const QString &visibility,
                   const QString &comment = u"转发"_s)
    {
        const QString id = kj::newItemId();
        const TestReply reply = putRepost(id, repostWrite(kind, itemId, comment, visibility), token);
        if (reply.status != 201)
            qWarning() << "repost refused:" << reply.status << reply.body;
        return reply.status == 201 ? id : QString();
    }
    QList<kj::Change> allChanges(const QString &token)
    {
        const TestReply reply = m_client->get(u"/api/v1/changes?limit=1000"_s, token);
        kj::Result<kj::ChangesPage> page = kj::ChangesPage::fromJson(reply.json);
        return page ? page->changes : QList<kj::Change>();
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    // alice and bob are friends, bob and carol are friends (carol is a stranger to alice), dave knows nobody.
    QString m_alice, m_bob, m_carol, m_dave;
};

void TestRepostsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    m_dave = m_client->signUp(u"dave"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    QVERIFY(m_client->befriend(m_bob, u"carol"_s, m_carol));
}

void TestRepostsApi::createsWithTheOriginal()
{
    const QString post = newPost(m_alice, u"public"_s, u"春天来了"_s);
    QVERIFY(!post.isEmpty());
    const QString id = kj::newItemId();
    const TestReply created = putRepost(id, repostWrite(u"post"_s, post, u"好文 😀"_s, u"public"_s), m_bob);
    QCOMPARE(created.status, 201);
    const QJsonObject json = created.json.value(u"repost"_s).toObject();
    QCOMPARE(json.value(u"kind"_s).toString(), u"repost"_s);
    QCOMPARE(json.value(u"id"_s).toString(), id);
    QCOMPARE(json.value(u"itemKind"_s).toString(), u"post"_s);
    QCOMPARE(json.value(u"itemId"_s).toString(), post);
    QCOMPARE(json.value(u"comment"_s).toString(), u"好文 😀"_s);
    QCOMPARE(json.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(json.value(u"revision"_s).toInteger(), 1);
    QCOMPARE(json.value(u"author"_s).toObject().value(u"username"_s).toString(), u"bob"_s);
    const QJsonObject original = json.value(u"original"_s).toObject();
    QCOMPARE(original.value(u"kind"_s).toString(), u"post"_s);
    QCOMPARE(original.value(u"id"_s).toString(), post);
    QCOMPARE(original.value(u"text"_s).toString(), u"春天来了"_s);
    kj::Result<kj::Repost> parsed = kj::Repost::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QVERIFY(parsed->original.has_value());

    // GET: the same, with the repost's reactions; the original with its own.
    const TestReply read = m_client->get(u"/api/v1/reposts/"_s + id);
    QCOMPARE(read.status, 200);
    const QJsonObject got = read.json.value(u"repost"_s).toObject();
    QCOMPARE(got.value(u"likeCount"_s).toInt(-1), 0);
    QCOMPARE(got.value(u"commentCount"_s).toInt(-1), 0);
    QCOMPARE(got.value(u"original"_s).toObject().value(u"likeCount"_s).toInt(-1), 0);
    QCOMPARE(got.value(u"original"_s).toObject().value(u"text"_s).toString(), u"春天来了"_s);
}

void TestRepostsApi::retriesUpdatesAndConflicts()
{
    const QString post = newPost(m_alice, u"friends"_s);
    const QString id = kj::newItemId();
    const QJsonObject body = repostWrite(u"post"_s, post, u"first"_s, u"friends"_s);
    QCOMPARE(putRepost(id, body, m_bob).status, 201);
    // A retry of the same write (its answer was lost) is answered as the first, nothing changes.
    const TestReply retry = putRepost(id, body, m_bob);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json.value(u"repost"_s).toObject().value(u"revision"_s).toInteger(), 1);
    // An update at the current revision changes comment and audience.
    const TestReply updated = putRepost(id, repostWrite(u"post"_s, post, u"second"_s, u"private"_s, 1), m_bob);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(u"repost"_s).toObject().value(u"revision"_s).toInteger(), 2);
    QCOMPARE(updated.json.value(u"repost"_s).toObject().value(u"comment"_s).toString(), u"second"_s);
    QCOMPARE(updated.json.value(u"repost"_s).toObject().value(u"visibility"_s).toString(), u"private"_s);
    // A stale revision is 409 with the current repost.
    const TestReply stale = putRepost(id, repostWrite(u"post"_s, post, u"third"_s, u"friends"_s, 1), m_bob);
    QCOMPARE(stale.status, 409);
    const QJsonObject current = stale.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    QCOMPARE(current.value(u"comment"_s).toString(), u"second"_s);
    // So is a create (no baseRevision) of an id that exists with other content.
    QCOMPARE(putRepost(id, repostWrite(u"post"_s, post, u"other"_s, u"friends"_s), m_bob).status, 409);
    // A repost never changes what it passes on.
    const QString other = newPost(m_alice, u"public"_s);
    const TestReply moved = putRepost(id, repostWrite(u"post"_s, other, u"second"_s, u"private"_s, 2), m_bob);
    QCOMPARE(moved.status, 400);
    // Updates keep the width rule: the original is friends-only.
    const TestReply wider = putRepost(id, repostWrite(u"post"_s, post, u"second"_s, u"public"_s, 2), m_bob);
    QCOMPARE(wider.status, 403);
}

void TestRepostsApi::refusesBadWrites_data()
{
    QTest::addColumn<QJsonObject>("body");
    const QString item = u"0b9a7f4e-3c2d-4e1f-8a6b-5c4d3e2f1a0b"_s;
    QTest::newRow("no kind") << QJsonObject{{u"itemId"_s, item}, {u"comment"_s, u""_s}, {u"visibility"_s, u"public"_s}};
    QTest::newRow("unknown kind") << repostWrite(u"story"_s, item, u""_s, u"public"_s);
    QTest::newRow("bad item id") << repostWrite(u"post"_s, u"NOT-AN-ID"_s, u""_s, u"public"_s);
    QTest::newRow("bad visibility") << repostWrite(u"post"_s, item, u""_s, u"everyone"_s);
    QTest::newRow("comment too long") << repostWrite(u"post"_s, item, QString(2001, u'字'), u"public"_s);
    QTest::newRow("comment not text") << QJsonObject{{u"kind"_s, u"post"_s}, {u"itemId"_s, item}, {u"comment"_s, 5}, {u"visibility"_s, u"public"_s}};
    QJsonObject extra = repostWrite(u"post"_s, item, u""_s, u"public"_s);
    extra.insert(u"text"_s, u"surprise"_s);
    QTest::newRow("unknown field") << extra;
}

void TestRepostsApi::refusesBadWrites()
{
    QFETCH(QJsonObject, body);
    const TestReply reply = putRepost(kj::newItemId(), body, m_bob);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.errorCode().isEmpty());
    QCOMPARE(putRepost(u"Not-A-Uuid"_s, repostWrite(u"post"_s, newPost(m_alice, u"public"_s), u""_s, u"public"_s), m_bob).status, 400);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"post"_s, newPost(m_alice, u"public"_s), u""_s, u"public"_s), {}).status, 401);
}

void TestRepostsApi::hiddenAbsentOrDeletedOriginalsAre404()
{
    // Absent.
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"post"_s, kj::newItemId(), u""_s, u"private"_s), m_bob).status, 404);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"diary"_s, kj::newItemId(), u""_s, u"private"_s), m_bob).status, 404);
    // Hidden: alice's private post from her friend, her friends-only post from strangers.
    const QString privatePost = newPost(m_alice, u"private"_s);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"post"_s, privatePost, u""_s, u"private"_s), m_bob).status, 404);
    const QString friendsPost = newPost(m_alice, u"friends"_s);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"post"_s, friendsPost, u""_s, u"private"_s), m_carol).status, 404);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"post"_s, friendsPost, u""_s, u"private"_s), m_dave).status, 404);
    // Deleted.
    const QString gone = newPost(m_alice, u"public"_s);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + gone, m_alice).status, 204);
    const TestReply deleted = putRepost(kj::newItemId(), repostWrite(u"post"_s, gone, u""_s, u"public"_s), m_bob);
    QCOMPARE(deleted.status, 404);
    // The same answer for all three, so it tells nothing.
    const TestReply hidden = putRepost(kj::newItemId(), repostWrite(u"post"_s, privatePost, u""_s, u"private"_s), m_bob);
    QCOMPARE(hidden.json.value(u"error"_s).toObject().value(u"message"_s),
             deleted.json.value(u"error"_s).toObject().value(u"message"_s));
    // Diaries are reposted by the same rule.
    const QString diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + diary, JsonClient::diaryWrite(u"日记"_s, u"正文"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"diary"_s, diary, u""_s, u"friends"_s), m_dave).status, 404);
    QVERIFY(!repost(m_bob, u"diary"_s, diary, u"friends"_s).isEmpty());
}

void TestRepostsApi::widthRule_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<int>("status");
    const QStringList audiences{u"public"_s, u"friends"_s, u"private"_s}; // widest first
    for (qsizetype o = 0; o < audiences.size(); ++o) {
        for (qsizetype w = 0; w < audiences.size(); ++w) {
            QTest::addRow("%s reposted to %s", qPrintable(audiences.at(o)), qPrintable(audiences.at(w)))
                << audiences.at(o) << audiences.at(w) << (w >= o ? 201 : 403);
        }
    }
}

void TestRepostsApi::widthRule()
{
    QFETCH(QString, original);
    QFETCH(QString, wanted);
    QFETCH(int, status);
    // alice reposts her own post, so she sees it whatever its audience.
    const QString post = newPost(m_alice, original);
    const TestReply reply = putRepost(kj::newItemId(), repostWrite(u"post"_s, post, u""_s, wanted), m_alice);
    QCOMPARE(reply.status, status);
    if (status == 403) {
        QCOMPARE(reply.errorCode(), u"forbidden"_s);
        if (original == u"friends"_s) {
            QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"message"_s).toString(),
                     u"a friends-only item can only be reposted to friends or narrower"_s);
        }
    }
    // A friend reposting it: the same rule where they can see it.
    if (original == u"friends"_s) {
        const TestReply friendReply = putRepost(kj::newItemId(), repostWrite(u"post"_s, post, u""_s, wanted), m_bob);
        QCOMPARE(friendReply.status, status);
    }
}

// The "groups" audience ranks between friends and private: a groups item reposts to groups or privately, and a
// friends-only one to groups too. A repost for a group is seen by its members only, and they see the original
// only where it admits them.
void TestRepostsApi::groupsAudience()
{
    const QString aliceGroup = kj::newItemId(), bobGroup = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/me/groups/"_s + aliceGroup, {{u"name"_s, u"同学"_s}, {u"members"_s, QJsonArray{u"bob"_s}}}, m_alice).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/me/groups/"_s + bobGroup, {{u"name"_s, u"朋友"_s}, {u"members"_s, QJsonArray{u"carol"_s}}}, m_bob).status, 201);
    const QString groupPost = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/posts/"_s + groupPost, {{u"text"_s, u"只给同学"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"groups"_s},
                                                             {u"groups"_s, QJsonArray{aliceGroup}}}, m_alice).status, 201);
    const auto write = [&](const QString &visibility, const QString &group) {
        QJsonObject body = repostWrite(u"post"_s, groupPost, u""_s, visibility);
        if (!group.isEmpty())
            body.insert(u"groups"_s, QJsonArray{group});
        return putRepost(kj::newItemId(), body, m_bob);
    };
    // bob, in alice's group, sees the post; he may pass it on to his own groups or keep it, no wider.
    QCOMPARE(write(u"public"_s, {}).status, 403);
    const TestReply tooWide = write(u"friends"_s, {});
    QCOMPARE(tooWide.status, 403);
    QVERIFY(tooWide.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"groups"_s));
    QCOMPARE(write(u"private"_s, {}).status, 201);
    QCOMPARE(write(u"groups"_s, aliceGroup).status, 400); // not one of bob's groups
    const TestReply forGroup = write(u"groups"_s, bobGroup);
    QCOMPARE(forGroup.status, 201);
    const QString id = forGroup.json.value(u"repost"_s).toObject().value(u"id"_s).toString();
    // carol (in bob's group) sees the repost but not alice's post; alice (not in it) does not see the repost.
    const TestReply asCarol = m_client->get(u"/api/v1/reposts/"_s + id, m_carol);
    QCOMPARE(asCarol.status, 200);
    QVERIFY(asCarol.json.value(u"repost"_s).toObject().value(u"original"_s).isNull());
    QVERIFY(!asCarol.json.value(u"repost"_s).toObject().contains(u"groups"_s)); // only its owner learns the groups
    const TestReply asBob = m_client->get(u"/api/v1/reposts/"_s + id, m_bob);
    QCOMPARE(asBob.json.value(u"repost"_s).toObject().value(u"groups"_s).toArray(), QJsonArray{bobGroup});
    QCOMPARE(m_client->get(u"/api/v1/reposts/"_s + id, m_alice).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/reposts/"_s + id, m_dave).status, 404);
    // carol is not in alice's group: she cannot repost the post itself.
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"post"_s, groupPost, u""_s, u"private"_s), m_carol).status, 404);
    // A friends-only original may go to a group.
    const QString friendsPost = newPost(m_alice, u"friends"_s);
    QJsonObject toGroup = repostWrite(u"post"_s, friendsPost, u""_s, u"groups"_s);
    toGroup.insert(u"groups"_s, QJsonArray{bobGroup});
    QCOMPARE(putRepost(kj::newItemId(), toGroup, m_bob).status, 201);
}

void TestRepostsApi::originalShownPerReader()
{
    const QString post = newPost(m_alice, u"friends"_s, u"只给朋友"_s);
    const QString id = repost(m_bob, u"post"_s, post, u"friends"_s, u"看这个"_s);
    QVERIFY(!id.isEmpty());
    const auto read = [&](const QString &token) { return m_client->get(u"/api/v1/reposts/"_s + id, token); };
    // The original's owner and the reposter see the original.
    for (const QString &token : {m_alice, m_bob}) {
        const TestReply reply = read(token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"repost"_s).toObject().value(u"original"_s).toObject().value(u"text"_s).toString(), u"只给朋友"_s);
    }
    // carol is bob's friend and sees his repost, but is a stranger to alice: the original is null, and no word of it.
    const TestReply carol = read(m_carol);
    QCOMPARE(carol.status, 200);
    QCOMPARE(carol.json.value(u"repost"_s).toObject().value(u"comment"_s).toString(), u"看这个"_s);
    QVERIFY(carol.json.value(u"repost"_s).toObject().value(u"original"_s).isNull());
    QVERIFY(!carol.body.contains("只给朋友"));
    // dave and anonymous readers do not see a friends-only repost at all.
    QCOMPARE(read(m_dave).status, 404);
    QCOMPARE(read({}).status, 404);
    // The list shows the same to carol.
    const TestReply list = m_client->get(u"/api/v1/users/bob/reposts"_s, m_carol);
    QCOMPARE(list.status, 200);
    bool found = false;
    for (const QJsonValue &item : list.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toString() == id) {
            found = true;
            QVERIFY(item.toObject().value(u"original"_s).isNull());
        }
    }
    QVERIFY(found);
    QVERIFY(!list.body.contains("只给朋友"));

    // A public original is shown to anonymous readers of a public repost.
    const QString open = newPost(m_alice, u"public"_s, u"大家好"_s);
    const QString openRepost = repost(m_bob, u"post"_s, open, u"public"_s);
    const TestReply anonymous = m_client->get(u"/api/v1/reposts/"_s + openRepost);
    QCOMPARE(anonymous.status, 200);
    QCOMPARE(anonymous.json.value(u"repost"_s).toObject().value(u"original"_s).toObject().value(u"text"_s).toString(), u"大家好"_s);
    // When alice narrows her post, the original goes from everyone who can no longer see it.
    QCOMPARE(m_client->put(u"/api/v1/posts/"_s + open, {{u"text"_s, u"大家好"_s}, {u"photoIds"_s, QJsonArray()},
                                                        {u"visibility"_s, u"private"_s}, {u"baseRevision"_s, 1}}, m_alice).status, 200);
    const TestReply narrowed = m_client->get(u"/api/v1/reposts/"_s + openRepost, m_bob);
    QCOMPARE(narrowed.status, 200);
    QVERIFY(narrowed.json.value(u"repost"_s).toObject().value(u"original"_s).isNull());
    QVERIFY(!narrowed.body.contains("大家好"));
}

void TestRepostsApi::repostOfARepost()
{
    const QString post = newPost(m_alice, u"friends"_s, u"层层转发"_s);
    const QString first = repost(m_bob, u"post"_s, post, u"friends"_s, u"bob says"_s);
    QVERIFY(!first.isEmpty());
    // carol sees bob's friends-only repost and may pass it on, no wider than it.
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"repost"_s, first, u""_s, u"public"_s), m_carol).status, 403);
    const QString second = repost(m_carol, u"repost"_s, first, u"friends"_s, u"carol says"_s);
    QVERIFY(!second.isEmpty());
    // What carol sees as its original: bob's repost, whose own original (alice's post) is hidden from her.
    const TestReply asCarol = m_client->get(u"/api/v1/reposts/"_s + second, m_carol);
    QCOMPARE(asCarol.status, 200);
    const QJsonObject inner = asCarol.json.value(u"repost"_s).toObject().value(u"original"_s).toObject();
    QCOMPARE(inner.value(u"kind"_s).toString(), u"repost"_s);
    QCOMPARE(inner.value(u"id"_s).toString(), first);
    QCOMPARE(inner.value(u"comment"_s).toString(), u"bob says"_s);
    QVERIFY(inner.value(u"original"_s).isNull());
    QVERIFY(!asCarol.body.contains("层层转发"));
    // bob (carol's friend) sees the whole chain.
    const TestReply asBob = m_client->get(u"/api/v1/reposts/"_s + second, m_bob);
    QCOMPARE(asBob.status, 200);
    QCOMPARE(asBob.json.value(u"repost"_s).toObject().value(u"original"_s).toObject().value(u"original"_s).toObject()
                 .value(u"text"_s).toString(), u"层层转发"_s);
    // alice is not carol's friend: carol's friends-only repost is hidden from her.
    QCOMPARE(m_client->get(u"/api/v1/reposts/"_s + second, m_alice).status, 404);
}

void TestRepostsApi::chainsAreBounded()
{
    QString previousKind = u"post"_s;
    QString previous = newPost(m_alice, u"public"_s);
    for (int depth = 1; depth <= kj::Repost::kMaxChainDepth; ++depth) {
        previous = repost(depth % 2 ? m_bob : m_alice, previousKind, previous, u"public"_s);
        QVERIFY2(!previous.isEmpty(), qPrintable(u"depth %1"_s.arg(depth)));
        previousKind = u"repost"_s;
    }
    const TestReply tooDeep = putRepost(kj::newItemId(), repostWrite(u"repost"_s, previous, u""_s, u"public"_s), m_alice);
    QCOMPARE(tooDeep.status, 400);
    // The deepest one still reads, with its whole chain.
    const TestReply read = m_client->get(u"/api/v1/reposts/"_s + previous);
    QCOMPARE(read.status, 200);
}

void TestRepostsApi::deletedOriginalLeavesTheRepost()
{
    const QString post = newPost(m_alice, u"public"_s, u"即将删除"_s);
    const QString id = repost(m_bob, u"post"_s, post, u"public"_s, u"still here"_s);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + post, m_alice).status, 204);
    const TestReply read = m_client->get(u"/api/v1/reposts/"_s + id, m_bob);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"repost"_s).toObject().value(u"comment"_s).toString(), u"still here"_s);
    QVERIFY(read.json.value(u"repost"_s).toObject().value(u"original"_s).isNull());
    // Its comment may still change; its audience only narrow.
    QCOMPARE(putRepost(id, repostWrite(u"post"_s, post, u"edited"_s, u"public"_s, 1), m_bob).status, 200);
    QCOMPARE(putRepost(id, repostWrite(u"post"_s, post, u"edited"_s, u"friends"_s, 2), m_bob).status, 200);
    QCOMPARE(putRepost(id, repostWrite(u"post"_s, post, u"edited"_s, u"public"_s, 3), m_bob).status, 403);
}

void TestRepostsApi::commentsAndLikesOnARepost()
{
    const QString post = newPost(m_alice, u"public"_s);
    const QString id = repost(m_bob, u"post"_s, post, u"friends"_s);
    const QString path = u"/api/v1/items/repost/"_s + id;
    // bob's friends comment and like it; strangers to bob cannot even see it.
    QCOMPARE(m_client->post(path + u"/comments"_s, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"赞"_s}}, m_carol).status, 201);
    QCOMPARE(m_client->send("PUT", path + u"/like"_s, {}, "application/json", m_alice).status, 200);
    QCOMPARE(m_client->post(path + u"/comments"_s, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"spam"_s}}, m_dave).status, 404);
    QCOMPARE(m_client->send("PUT", path + u"/like"_s, {}, "application/json", m_dave).status, 404);
    QCOMPARE(m_client->get(path + u"/comments"_s).status, 404);
    const TestReply read = m_client->get(u"/api/v1/reposts/"_s + id, m_alice);
    QCOMPARE(read.json.value(u"repost"_s).toObject().value(u"likeCount"_s).toInt(), 1);
    QCOMPARE(read.json.value(u"repost"_s).toObject().value(u"commentCount"_s).toInt(), 1);
    QCOMPARE(read.json.value(u"repost"_s).toObject().value(u"likedByMe"_s).toBool(), true);
    // The reactions are the repost's own, not the original's.
    QCOMPARE(read.json.value(u"repost"_s).toObject().value(u"original"_s).toObject().value(u"likeCount"_s).toInt(-1), 0);
}

void TestRepostsApi::deletesAsATombstone()
{
    const QString post = newPost(m_alice, u"public"_s);
    const QString id = repost(m_bob, u"post"_s, post, u"public"_s, u"soon gone"_s);
    QCOMPARE(m_client->post(u"/api/v1/items/repost/"_s + id + u"/comments"_s, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"hi"_s}},
                            m_alice).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + id, m_bob).status, 204);
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + id, m_bob).status, 204); // twice is once
    QCOMPARE(m_client->get(u"/api/v1/reposts/"_s + id, m_bob).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/items/repost/"_s + id + u"/comments"_s, m_bob).status, 404);
    // A late retry of the creation does not bring it back: 409 with the tombstone.
    const TestReply retry = putRepost(id, repostWrite(u"post"_s, post, u"soon gone"_s, u"public"_s), m_bob);
    QCOMPARE(retry.status, 409);
    const QJsonObject tombstone = retry.json.value(u"current"_s).toObject();
    QCOMPARE(tombstone.value(u"deleted"_s).toBool(), true);
    // Writing at the tombstone's revision restores it, comments gone.
    const TestReply restored = putRepost(id, repostWrite(u"post"_s, post, u"back"_s, u"public"_s,
                                                         tombstone.value(u"revision"_s).toInteger()), m_bob);
    QCOMPARE(restored.status, 200);
    const TestReply read = m_client->get(u"/api/v1/reposts/"_s + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"repost"_s).toObject().value(u"commentCount"_s).toInt(-1), 0);
}

void TestRepostsApi::othersCannotTouchIt()
{
    const QString post = newPost(m_alice, u"public"_s);
    const QString open = repost(m_bob, u"post"_s, post, u"public"_s);
    const QString hidden = repost(m_bob, u"post"_s, post, u"private"_s);
    // Someone who sees it learns it is not theirs (403); someone who does not, nothing (404).
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + open, m_carol).status, 403);
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + hidden, m_carol).status, 404);
    QCOMPARE(putRepost(open, repostWrite(u"post"_s, post, u"mine now"_s, u"public"_s, 1), m_carol).status, 403);
    QCOMPARE(putRepost(hidden, repostWrite(u"post"_s, post, u"mine now"_s, u"private"_s, 1), m_carol).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + open, {}).status, 401);
    QCOMPARE(m_client->get(u"/api/v1/reposts/"_s + open).status, 200);
    QCOMPARE(m_client->get(u"/api/v1/reposts/"_s + hidden, m_alice).status, 404);
}

void TestRepostsApi::listsNewestFirstInPages()
{
    const QString erin = m_client->signUp(u"erin"_s);
    const QString post = newPost(m_alice, u"public"_s);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        made.prepend(repost(erin, u"post"_s, post, i == 2 ? u"private"_s : u"public"_s, u"#%1"_s.arg(i)));
        QTest::qWait(2); // each repost in its own millisecond: ties are ordered by id, not by creation
    }
    QStringList seen;
    QString cursor;
    for (int round = 0; round < 10; ++round) {
        const TestReply page = m_client->get(u"/api/v1/users/erin/reposts?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue &item : items)
            seen.append(item.toObject().value(u"id"_s).toString());
        if (page.json.value(u"nextCursor"_s).isNull())
            break;
        cursor = page.json.value(u"nextCursor"_s).toString();
    }
    QStringList expected = made;
    expected.removeAt(2); // the private one, which anonymous readers do not see
    QCOMPARE(seen, expected);
    const TestReply own = m_client->get(u"/api/v1/users/erin/reposts?limit=10"_s, erin);
    QCOMPARE(own.json.value(u"items"_s).toArray().size(), 5);
    QCOMPARE(m_client->get(u"/api/v1/users/nobody-here/reposts"_s).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/users/erin/reposts?cursor=%%%"_s).status, 400);
}

void TestRepostsApi::feedAndChangesCarryReposts()
{
    const QString post = newPost(m_alice, u"friends"_s, u"给朋友的"_s);
    const QString id = repost(m_bob, u"post"_s, post, u"friends"_s);
    // carol's feed carries bob's repost with the original hidden from her.
    const TestReply feed = m_client->get(u"/api/v1/feed?limit=100"_s, m_carol);
    QCOMPARE(feed.status, 200);
    bool found = false;
    for (const QJsonValue &item : feed.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toString() == id) {
            found = true;
            QCOMPARE(item.toObject().value(u"kind"_s).toString(), u"repost"_s);
            QVERIFY(item.toObject().value(u"original"_s).isNull());
            QVERIFY(item.toObject().contains(u"likeCount"_s));
        }
    }
    QVERIFY(found);
    QVERIFY(!feed.body.contains("给朋友的"));
    // /changes: carol gets the repost, with the same null original; alice (bob's friend) with the original.
    const auto repostIn = [&](const QList<kj::Change> &changes) -> std::optional<kj::Change> {
        for (const kj::Change &change : changes) {
            if (change.kind == u"repost"_s && change.id == id)
                return change;
        }
        return std::nullopt;
    };
    const std::optional<kj::Change> forCarol = repostIn(allChanges(m_carol));
    QVERIFY(forCarol.has_value());
    QCOMPARE(forCarol->op, kj::Change::Op::Upsert);
    QVERIFY(forCarol->item.value(u"original"_s).isNull());
    const std::optional<kj::Change> forAlice = repostIn(allChanges(m_alice));
    QVERIFY(forAlice.has_value());
    QCOMPARE(forAlice->item.value(u"original"_s).toObject().value(u"text"_s).toString(), u"给朋友的"_s);
    // dave never hears of it.
    QVERIFY(!repostIn(allChanges(m_dave)).has_value());
    // Deleting it reaches its readers' caches as a delete.
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + id, m_bob).status, 204);
    const std::optional<kj::Change> gone = repostIn(allChanges(m_carol));
    QVERIFY(gone.has_value());
    QCOMPARE(gone->op, kj::Change::Op::Delete);
}

void TestRepostsApi::repostsATrack()
{
    // A track of alice's, friends only, as its own GET shows it.
    MediaClient media(m_server.baseUrl());
    const QByteArray wav = AudioFixtures::wav(300);
    const TestReply started = media.startRaw(m_alice, wav.size(), MediaClient::sha256(wav), u"song.wav"_s, u"track"_s);
    QCOMPARE(started.status, 201);
    const TestReply uploaded = media.patch(m_alice, started.json.value(u"uploadId"_s).toString(), 0, wav);
    const QString mediaId = uploaded.json.value(u"mediaId"_s).toString();
    QVERIFY2(!mediaId.isEmpty(), uploaded.body.constData());
    const QString track = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/tracks/"_s + track, {{u"mediaId"_s, mediaId}, {u"title"_s, u"晴天"_s}, {u"visibility"_s, u"friends"_s}},
                           m_alice).status, 201);
    const QJsonObject own = m_client->get(u"/api/v1/tracks/"_s + track, m_bob).json.value(u"track"_s).toObject();
    QCOMPARE(own.value(u"title"_s).toString(), u"晴天"_s);

    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"track"_s, track, u""_s, u"public"_s), m_bob).status, 403);
    QCOMPARE(putRepost(kj::newItemId(), repostWrite(u"track"_s, track, u""_s, u"private"_s), m_carol).status, 404);
    const QString id = repost(m_bob, u"track"_s, track, u"friends"_s, u"好听"_s);
    QVERIFY(!id.isEmpty());
    const QJsonObject original = m_client->get(u"/api/v1/reposts/"_s + id, m_bob).json.value(u"repost"_s).toObject()
                                     .value(u"original"_s).toObject();
    QCOMPARE(original.value(u"kind"_s).toString(), u"track"_s);
    QCOMPARE(original.value(u"id"_s).toString(), track);
    QCOMPARE(original.value(u"title"_s).toString(), u"晴天"_s);
    QCOMPARE(original.value(u"mediaId"_s), own.value(u"mediaId"_s));
    // carol (bob's friend, a stranger to alice) sees the repost, not the track.
    const TestReply asCarol = m_client->get(u"/api/v1/reposts/"_s + id, m_carol);
    QCOMPARE(asCarol.status, 200);
    QVERIFY(asCarol.json.value(u"repost"_s).toObject().value(u"original"_s).isNull());
    QVERIFY(!asCarol.body.contains("晴天"));
}

QTEST_MAIN(TestRepostsApi)
#include "tst_repostsapi.moc"
