// GET /changes through the real server: what each reader learns about diaries, friendships and
// requests, collapsing, withdrawals, paging with the cursor, and that strangers learn nothing.
#include "models/domain/change.h"
#include "models/domain/diary.h"
#include "models/domain/friendship.h"
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestChangesApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmptyAndStaysSmall();
    void ownerLearnsOwnWrites();
    void friendLearnsWhatTheyMaySee();
    void narrowingTheAudienceWithdraws();
    void strangersLearnNothing();
    void collapsesRowsOfOneItem();
    void deletesReachEveryoneWhoSawIt();
    void friendshipsAndRequests();
    void unfriendingWithdrawsFriendsOnlyDiaries();
    void pagesWithMore();
    void refusesBadParameters();

private:
    //! Everything since the reader's cursor, following `more`; advances the cursor.
    QList<kj::Change> sync(const QString &token, QString &cursor, int limit = 100)
    {
        QList<kj::Change> all;
        for (int round = 0; round < 50; ++round) {
            const TestReply reply = m_client->get(u"/api/v1/changes?limit=%1%2"_s.arg(limit).arg(
                                                      cursor.isEmpty() ? QString() : u"&since="_s + cursor),
                                                  token);
            if (reply.status != 200) {
                qWarning() << "changes:" << reply.status << reply.body;
                return {};
            }
            kj::Result<kj::ChangesPage> page = kj::ChangesPage::fromJson(reply.json);
            if (!page) {
                qWarning() << "changes page:" << page.error().message;
                return {};
            }
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
    QString write(const QString &token, const QString &id, const QString &visibility, std::optional<qint64> base = std::nullopt,
                  const QString &body = u"text"_s)
    {
        const TestReply reply = m_client->put(u"/api/v1/diaries/"_s + id, JsonClient::diaryWrite(u"title"_s, body, visibility, base), token);
        if (reply.status != 200 && reply.status != 201)
            qWarning() << "write failed" << reply.status << reply.body;
        return id;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol; // alice and bob are friends, carol a stranger
    QString m_aliceCursor, m_bobCursor, m_carolCursor;
};

void TestChangesApi::init()
{
    m_server = std::make_unique<TestServer>();
    const kj::Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server->baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    // Start every test with everyone caught up.
    m_aliceCursor.clear();
    m_bobCursor.clear();
    m_carolCursor.clear();
    (void)sync(m_alice, m_aliceCursor);
    (void)sync(m_bob, m_bobCursor);
    (void)sync(m_carol, m_carolCursor);
}

void TestChangesApi::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestChangesApi::startsEmptyAndStaysSmall()
{
    const TestReply first = m_client->get(u"/api/v1/changes"_s, m_carol);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"changes"_s).toArray().size(), 0);
    QCOMPARE(first.json.value(u"more"_s), QJsonValue(false));
    const QString cursor = first.json.value(u"cursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    const TestReply again = m_client->get(u"/api/v1/changes?since="_s + cursor, m_carol);
    QCOMPARE(again.json, first.json);
    QVERIFY(again.body.size() < 64); // a sync with nothing new is one small answer
    QCOMPARE(m_client->get(u"/api/v1/changes"_s).status, 401);
}

void TestChangesApi::ownerLearnsOwnWrites()
{
    const QString priv = write(m_alice, kj::newItemId(), u"private"_s);
    const QList<kj::Change> changes = sync(m_alice, m_aliceCursor);
    QCOMPARE(describe(changes), QStringList{u"diary upsert "_s + priv});
    kj::Result<kj::Diary> diary = kj::Diary::fromJson(changes.first().item);
    QVERIFY(diary);
    QCOMPARE(diary->visibility, kj::Visibility::Private);
    QCOMPARE(diary->revision, 1);
    QVERIFY(sync(m_alice, m_aliceCursor).isEmpty());
}

void TestChangesApi::friendLearnsWhatTheyMaySee()
{
    const QString pub = write(m_alice, kj::newItemId(), u"public"_s);
    const QString fr = write(m_alice, kj::newItemId(), u"friends"_s);
    const QString priv = write(m_alice, kj::newItemId(), u"private"_s);
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), (QStringList{u"diary upsert "_s + pub, u"diary upsert "_s + fr}));
    // Widening a private diary reaches the friend as an upsert.
    write(m_alice, priv, u"friends"_s, 1);
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), QStringList{u"diary upsert "_s + priv});
    // An edit the friend cannot see (private stays private) tells them nothing.
    const QString hidden = write(m_alice, kj::newItemId(), u"private"_s);
    write(m_alice, hidden, u"private"_s, 1, u"edited"_s);
    QVERIFY(sync(m_bob, m_bobCursor).isEmpty());
}

void TestChangesApi::narrowingTheAudienceWithdraws()
{
    const QString id = write(m_alice, kj::newItemId(), u"friends"_s);
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), QStringList{u"diary upsert "_s + id});
    write(m_alice, id, u"private"_s, 1);
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), QStringList{u"diary delete "_s + id});
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), QStringList{u"diary upsert "_s + id});
}

void TestChangesApi::strangersLearnNothing()
{
    const QString pub = write(m_alice, kj::newItemId(), u"public"_s);
    const QString fr = write(m_alice, kj::newItemId(), u"friends"_s);
    const QString priv = write(m_alice, kj::newItemId(), u"private"_s);
    write(m_alice, fr, u"private"_s, 1);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + priv, m_alice).status, 204);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + pub, m_alice).status, 204);
    const TestReply reply = m_client->get(u"/api/v1/changes"_s, m_carol);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"changes"_s).toArray().size(), 0);
    for (const QString &id : {pub, fr, priv})
        QVERIFY(!reply.body.contains(id.toLatin1()));
}

void TestChangesApi::collapsesRowsOfOneItem()
{
    const QString id = write(m_alice, kj::newItemId(), u"friends"_s);
    write(m_alice, id, u"friends"_s, 1, u"two"_s);
    write(m_alice, id, u"friends"_s, 2, u"three"_s);
    const QList<kj::Change> changes = sync(m_bob, m_bobCursor);
    QCOMPARE(describe(changes), QStringList{u"diary upsert "_s + id});
    QCOMPARE(changes.first().item.value(u"body"_s).toString(), u"three"_s);
    // friends -> private -> private in one page: the withdrawal survives the collapse.
    write(m_alice, id, u"private"_s, 3);
    write(m_alice, id, u"private"_s, 4, u"secret"_s);
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), QStringList{u"diary delete "_s + id});
}

void TestChangesApi::deletesReachEveryoneWhoSawIt()
{
    const QString fr = write(m_alice, kj::newItemId(), u"friends"_s);
    const QString priv = write(m_alice, kj::newItemId(), u"private"_s);
    (void)sync(m_bob, m_bobCursor);
    (void)sync(m_alice, m_aliceCursor);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + fr, m_alice).status, 204);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + priv, m_alice).status, 204);
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), (QStringList{u"diary delete "_s + fr, u"diary delete "_s + priv}));
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), QStringList{u"diary delete "_s + fr});
    // Restoring brings it back.
    write(m_alice, fr, u"friends"_s, 2);
    QCOMPARE(describe(sync(m_bob, m_bobCursor)), QStringList{u"diary upsert "_s + fr});
}

void TestChangesApi::friendshipsAndRequests()
{
    const TestReply sent = m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, u"carol"_s}}, m_alice);
    QCOMPARE(sent.status, 201);
    const QString requestId = sent.json.value(u"request"_s).toObject().value(u"id"_s).toString();
    const QList<kj::Change> incoming = sync(m_carol, m_carolCursor);
    QCOMPARE(describe(incoming), QStringList{u"friend_request upsert "_s + requestId});
    kj::Result<kj::FriendRequest> request = kj::FriendRequest::fromJson(incoming.first().item);
    QVERIFY(request);
    QCOMPARE(request->from.username, u"alice"_s);
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), QStringList{u"friend_request upsert "_s + requestId});
    QVERIFY(sync(m_bob, m_bobCursor).isEmpty()); // not bob's business

    QCOMPARE(m_client->post(u"/api/v1/friends/requests/%1/accept"_s.arg(requestId), {}, m_carol).status, 200);
    const QList<kj::Change> accepted = sync(m_carol, m_carolCursor);
    QCOMPARE(describe(accepted), (QStringList{u"friend_request delete "_s + requestId, u"friend upsert alice"_s}));
    kj::Result<kj::Friend> added = kj::Friend::fromJson(accepted.last().item);
    QVERIFY(added);
    QCOMPARE(added->user.username, u"alice"_s);
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), (QStringList{u"friend_request delete "_s + requestId, u"friend upsert carol"_s}));

    QCOMPARE(m_client->del(u"/api/v1/friends/carol"_s, m_alice).status, 204);
    QCOMPARE(describe(sync(m_carol, m_carolCursor)), QStringList{u"friend delete alice"_s});
    QCOMPARE(describe(sync(m_alice, m_aliceCursor)), QStringList{u"friend delete carol"_s});
}

void TestChangesApi::unfriendingWithdrawsFriendsOnlyDiaries()
{
    const QString pub = write(m_alice, kj::newItemId(), u"public"_s);
    const QString fr = write(m_alice, kj::newItemId(), u"friends"_s);
    const QString bobs = write(m_bob, kj::newItemId(), u"friends"_s);
    (void)sync(m_bob, m_bobCursor);
    (void)sync(m_alice, m_aliceCursor);
    QCOMPARE(m_client->del(u"/api/v1/friends/alice"_s, m_bob).status, 204);
    const QStringList bobLearns = describe(sync(m_bob, m_bobCursor));
    QVERIFY2(bobLearns.contains(u"friend delete alice"_s), qPrintable(bobLearns.join(u", ")));
    QVERIFY(bobLearns.contains(u"diary delete "_s + fr));
    QVERIFY(!bobLearns.join(u' ').contains(pub)); // public stays readable through the list
    const QStringList aliceLearns = describe(sync(m_alice, m_aliceCursor));
    QVERIFY(aliceLearns.contains(u"diary delete "_s + bobs));
    QVERIFY(aliceLearns.contains(u"friend delete bob"_s));
    // New writes of the ex-friend no longer reach bob.
    write(m_alice, kj::newItemId(), u"public"_s);
    QVERIFY(sync(m_bob, m_bobCursor).isEmpty());
}

void TestChangesApi::pagesWithMore()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(write(m_alice, kj::newItemId(), u"friends"_s));
    const TestReply first = m_client->get(u"/api/v1/changes?limit=2&since="_s + m_bobCursor, m_bob);
    QCOMPARE(first.json.value(u"changes"_s).toArray().size(), 2);
    QCOMPARE(first.json.value(u"more"_s), QJsonValue(true));
    QString cursor = m_bobCursor;
    QStringList seen;
    for (const kj::Change &change : sync(m_bob, cursor, 2))
        seen.append(change.id);
    QCOMPARE(seen, ids);
    QVERIFY(sync(m_bob, cursor, 2).isEmpty());
}

void TestChangesApi::refusesBadParameters()
{
    for (const QString &query : {u"since=abc"_s, u"since=-1"_s, u"since=%2B5"_s, u"limit=0"_s, u"limit=x"_s}) {
        const TestReply reply = m_client->get(u"/api/v1/changes?"_s + query, m_alice);
        QVERIFY2(reply.status == 400, qPrintable(query));
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
    }
    QCOMPARE(m_client->get(u"/api/v1/changes?limit=100000"_s, m_alice).status, 200); // capped at 500
}

QTEST_GUILESS_MAIN(TestChangesApi)
#include "tst_changesapi.moc"
