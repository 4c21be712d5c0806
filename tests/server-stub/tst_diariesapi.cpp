// Diaries through the real server: create, read, revisions and conflicts, idempotent retries,
// tombstones, other people's diaries and paged lists.
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
//! A diary as GET answers it, without the reactions a single item carries beside the diary's own fields.
QJsonObject withoutReactions(QJsonObject diary)
{
    for (const QString &key : {u"likeCount"_s, u"commentCount"_s, u"likedByMe"_s})
        diary.remove(key);
    return diary;
}
} // namespace

class TestDiariesApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void creates();
    void updatesAtTheCurrentRevision();
    void conflictsOnAStaleRevision();
    void acceptsARetryOfTheSameWrite();
    void refusesInvalidIds_data();
    void refusesInvalidIds();
    void protectsOtherPeoplesDiaries();
    void deletesAsATombstone();
    void restoresATombstone();
    void deletesOnlyTheRevisionSeen();
    void listsNewestFirstInPages();
    void refusesBadPaging_data();
    void refusesBadPaging();
    void concurrentWritesAllLand();

private:
    TestReply putDiary(const QString &id, const QJsonObject &body, const QString &token)
    {
        return m_client->put(u"/api/v1/diaries/"_s + id, body, token);
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol; // alice and bob are friends, carol a stranger
};

void TestDiariesApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
}

void TestDiariesApi::creates()
{
    const QString id = kj::newItemId();
    const QDateTime before = kj::nowUtc();
    const TestReply created = putDiary(id, JsonClient::diaryWrite(u"第一篇"_s, u"# 你好\n\n*Markdown*"_s, u"public"_s), m_alice);
    QCOMPARE(created.status, 201);
    const QJsonObject diary = created.json.value(u"diary"_s).toObject();
    QCOMPARE(diary.value(u"kind"_s).toString(), u"diary"_s);
    QCOMPARE(diary.value(u"id"_s).toString(), id);
    QCOMPARE(diary.value(u"title"_s).toString(), u"第一篇"_s);
    QCOMPARE(diary.value(u"body"_s).toString(), u"# 你好\n\n*Markdown*"_s);
    QCOMPARE(diary.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(diary.value(u"revision"_s).toInteger(), 1);
    QCOMPARE(diary.value(u"author"_s).toObject().value(u"username"_s).toString(), u"alice"_s);
    const std::optional<QDateTime> createdAt = kj::fromRfc3339(diary.value(u"createdAt"_s).toString());
    QVERIFY(createdAt && *createdAt >= before);
    QCOMPARE(diary.value(u"updatedAt"_s), diary.value(u"createdAt"_s));

    const TestReply read = m_client->get(u"/api/v1/diaries/"_s + id, m_alice);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"diary"_s).toObject().value(u"likeCount"_s), QJsonValue(0));
    QCOMPARE(read.json.value(u"diary"_s).toObject().value(u"commentCount"_s), QJsonValue(0));
    QCOMPARE(read.json.value(u"diary"_s).toObject().value(u"likedByMe"_s), QJsonValue(false));
    QCOMPARE(withoutReactions(read.json.value(u"diary"_s).toObject()), diary);
    QCOMPARE(withoutReactions(m_client->get(u"/api/v1/diaries/"_s + id).json.value(u"diary"_s).toObject()), diary); // public: anyone
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + kj::newItemId(), m_alice).status, 404);
}

void TestDiariesApi::updatesAtTheCurrentRevision()
{
    const QString id = kj::newItemId();
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"v1"_s, u"one"_s, u"friends"_s), m_alice).status, 201);
    const TestReply updated = putDiary(id, JsonClient::diaryWrite(u"v2"_s, u"two"_s, u"private"_s, 1), m_alice);
    QCOMPARE(updated.status, 200);
    const QJsonObject diary = updated.json.value(u"diary"_s).toObject();
    QCOMPARE(diary.value(u"revision"_s).toInteger(), 2);
    QCOMPARE(diary.value(u"title"_s).toString(), u"v2"_s);
    QCOMPARE(diary.value(u"visibility"_s).toString(), u"private"_s);
    QVERIFY(diary.value(u"updatedAt"_s).toString() >= diary.value(u"createdAt"_s).toString());
    QCOMPARE(withoutReactions(m_client->get(u"/api/v1/diaries/"_s + id, m_alice).json.value(u"diary"_s).toObject()), diary);
}

void TestDiariesApi::conflictsOnAStaleRevision()
{
    const QString id = kj::newItemId();
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"base"_s, u"base"_s, u"public"_s), m_alice).status, 201);
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"laptop"_s, u"laptop edit"_s, u"public"_s, 1), m_alice).status, 200);
    const TestReply stale = putDiary(id, JsonClient::diaryWrite(u"phone"_s, u"phone edit"_s, u"public"_s, 1), m_alice);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), u"revision_conflict"_s);
    const QJsonObject current = stale.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    QCOMPARE(current.value(u"body"_s).toString(), u"laptop edit"_s);
    // A create (baseRevision null) over an existing, different diary conflicts too; so does a future revision.
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"new"_s, u"new"_s, u"public"_s), m_alice).status, 409);
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"new"_s, u"new"_s, u"public"_s, 7), m_alice).status, 409);
    QCOMPARE(withoutReactions(m_client->get(u"/api/v1/diaries/"_s + id, m_alice).json.value(u"diary"_s).toObject()), current);
}

void TestDiariesApi::acceptsARetryOfTheSameWrite()
{
    const QString id = kj::newItemId();
    const QJsonObject create = JsonClient::diaryWrite(u"retry"_s, u"same"_s, u"friends"_s);
    const TestReply first = putDiary(id, create, m_alice);
    QCOMPARE(first.status, 201);
    const TestReply again = putDiary(id, create, m_alice);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"diary"_s).toObject(), first.json.value(u"diary"_s).toObject());
    const QJsonObject edit = JsonClient::diaryWrite(u"retry"_s, u"edited"_s, u"friends"_s, 1);
    const TestReply edited = putDiary(id, edit, m_alice);
    QCOMPARE(edited.status, 200);
    const TestReply editedAgain = putDiary(id, edit, m_alice); // the answer was lost; the client sends it again
    QCOMPARE(editedAgain.status, 200);
    QCOMPARE(editedAgain.json.value(u"diary"_s).toObject(), edited.json.value(u"diary"_s).toObject());
    QCOMPARE(editedAgain.json.value(u"diary"_s).toObject().value(u"revision"_s).toInteger(), 2);
}

void TestDiariesApi::refusesInvalidIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("not a uuid") << u"not-a-uuid"_s;
    QTest::newRow("upper case") << kj::newItemId().toUpper();
    QTest::newRow("braces") << u"{"_s + kj::newItemId() + u"}"_s;
    QTest::newRow("too short") << kj::newItemId().left(35);
}

void TestDiariesApi::refusesInvalidIds()
{
    QFETCH(QString, id);
    const QString path = u"/api/v1/diaries/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    const TestReply put = m_client->put(path, JsonClient::diaryWrite(u"x"_s, u"x"_s, u"public"_s), m_alice);
    QCOMPARE(put.status, 400);
    QCOMPARE(put.errorCode(), u"invalid_id"_s);
    QCOMPARE(m_client->get(path, m_alice).errorCode(), u"invalid_id"_s);
    QCOMPARE(m_client->del(path, m_alice).errorCode(), u"invalid_id"_s);
}

void TestDiariesApi::protectsOtherPeoplesDiaries()
{
    const QString visible = kj::newItemId(), hidden = kj::newItemId();
    QCOMPARE(putDiary(visible, JsonClient::diaryWrite(u"mine"_s, u"friends see it"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(putDiary(hidden, JsonClient::diaryWrite(u"mine"_s, u"only me"_s, u"private"_s), m_alice).status, 201);
    const QJsonObject hijack = JsonClient::diaryWrite(u"hijack"_s, u"x"_s, u"public"_s, 1);
    const TestReply forbidden = putDiary(visible, hijack, m_bob);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"forbidden"_s);
    QCOMPARE(putDiary(visible, hijack, m_carol).status, 404); // carol may not even know it exists
    QCOMPARE(putDiary(hidden, hijack, m_bob).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + visible, m_bob).status, 403);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + visible, m_carol).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + hidden, m_bob).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + visible, m_alice).json.value(u"diary"_s).toObject().value(u"revision"_s).toInteger(), 1);
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + hidden, m_alice).json.value(u"diary"_s).toObject().value(u"body"_s).toString(), u"only me"_s);
}

void TestDiariesApi::deletesAsATombstone()
{
    const QString id = kj::newItemId();
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"bye"_s, u"soon gone"_s, u"public"_s), m_alice).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + id, m_alice).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + id, m_alice).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + id, m_bob).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + id, m_alice).status, 204); // idempotent
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + id, m_bob).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + kj::newItemId(), m_alice).status, 404);
    // The id stays alice's: nobody else can take it.
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"taken"_s, u"x"_s, u"public"_s), m_bob).status, 404);
    const TestReply stale = putDiary(id, JsonClient::diaryWrite(u"again"_s, u"x"_s, u"public"_s), m_alice);
    QCOMPARE(stale.status, 409);
    const QJsonObject current = stale.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"id"_s).toString(), id);
    QCOMPARE(current.value(u"deleted"_s).toBool(), true);
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    QVERIFY(!current.contains(u"body"_s));
    const QJsonArray list = m_client->get(u"/api/v1/users/alice/diaries?limit=100"_s, m_alice).json.value(u"items"_s).toArray();
    QVERIFY(std::none_of(list.begin(), list.end(), [&](const QJsonValue &v) { return v.toObject().value(u"id"_s) == id; }));
}

void TestDiariesApi::restoresATombstone()
{
    const QString id = kj::newItemId();
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"undo"_s, u"text"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/diaries/"_s + id, m_alice).status, 204);
    const TestReply restored = putDiary(id, JsonClient::diaryWrite(u"undo"_s, u"text back"_s, u"friends"_s, 2), m_alice);
    QCOMPARE(restored.status, 200);
    QCOMPARE(restored.json.value(u"diary"_s).toObject().value(u"revision"_s).toInteger(), 3);
    QCOMPARE(m_client->get(u"/api/v1/diaries/"_s + id, m_bob).json.value(u"diary"_s).toObject().value(u"body"_s).toString(),
             u"text back"_s);
}

// A device deleting what it saw at revision 1 does not erase an edit made meanwhile on another device.
void TestDiariesApi::deletesOnlyTheRevisionSeen()
{
    const QString id = kj::newItemId();
    const QString path = u"/api/v1/diaries/"_s + id;
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"t"_s, u"first"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"t"_s, u"edited elsewhere"_s, u"friends"_s, 1), m_alice).status, 200);
    const TestReply stale = m_client->del(path + u"?baseRevision=1"_s, m_alice);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), u"revision_conflict"_s);
    const QJsonObject current = stale.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    QCOMPARE(current.value(u"body"_s).toString(), u"edited elsewhere"_s);
    QCOMPARE(m_client->get(path, m_alice).status, 200);
    QCOMPARE(m_client->del(path + u"?baseRevision=0"_s, m_alice).errorCode(), u"invalid_field"_s);
    QCOMPARE(m_client->del(path + u"?baseRevision=two"_s, m_alice).status, 400);
    // At the revision it has, the delete goes through; deleting again is still the same as once.
    QCOMPARE(m_client->del(path + u"?baseRevision=2"_s, m_alice).status, 204);
    QCOMPARE(m_client->get(path, m_alice).status, 404);
    QCOMPARE(m_client->del(path + u"?baseRevision=2"_s, m_alice).status, 204);
}

void TestDiariesApi::listsNewestFirstInPages()
{
    const QString dave = m_client->signUp(u"dave"_s);
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        const QString id = kj::newItemId();
        QCOMPARE(putDiary(id, JsonClient::diaryWrite(u"page %1"_s.arg(i), u"x"_s, i == 3 ? u"private"_s : u"public"_s), dave).status, 201);
        if (i != 3)
            ids.append(id);
    }
    QList<QJsonObject> seen;
    QString cursor;
    int pages = 0;
    do {
        const TestReply page = m_client->get(u"/api/v1/users/dave/diaries?limit=2"_s
                                                 + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            QCOMPARE(object.value(u"likeCount"_s).toInt(-1), 0);
            QCOMPARE(object.value(u"commentCount"_s).toInt(-1), 0);
            QCOMPARE(object.value(u"likedByMe"_s), QJsonValue(false));
            seen.append(object);
        }
        QVERIFY(page.json.contains(u"nextCursor"_s));
        cursor = page.json.value(u"nextCursor"_s).toString();
        QVERIFY(++pages < 10);
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3);
    // Anonymous sees the public ones only, each once, newest first (createdAt, then id).
    QStringList seenIds;
    for (const QJsonObject &object : std::as_const(seen))
        seenIds.append(object.value(u"id"_s).toString());
    QStringList expected = ids;
    std::sort(expected.begin(), expected.end());
    QStringList sortedSeen = seenIds;
    std::sort(sortedSeen.begin(), sortedSeen.end());
    QCOMPARE(sortedSeen, expected);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        const auto key = [](const QJsonObject &o) {
            return std::pair{o.value(u"createdAt"_s).toString(), o.value(u"id"_s).toString()};
        };
        QVERIFY(key(seen.at(i - 1)) > key(seen.at(i)));
    }
    // The owner sees the private one too.
    QCOMPARE(m_client->get(u"/api/v1/users/dave/diaries"_s, dave).json.value(u"items"_s).toArray().size(), 7);
    QCOMPARE(m_client->get(u"/api/v1/users/nobody_here/diaries"_s, dave).status, 404);
}

void TestDiariesApi::refusesBadPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("limit zero") << u"limit=0"_s << 400;
    QTest::newRow("limit negative") << u"limit=-3"_s << 400;
    QTest::newRow("limit text") << u"limit=many"_s << 400;
    QTest::newRow("limit too big is capped") << u"limit=100000"_s << 200;
    QTest::newRow("cursor garbage") << u"cursor=%%%"_s << 400;
    QTest::newRow("cursor not ours") << u"cursor=aGVsbG8"_s << 400;
    QTest::newRow("cursor bad id") << u"cursor="_s + QString::fromLatin1(QByteArray("123:xyz").toBase64(QByteArray::Base64UrlEncoding)) << 400;
}

void TestDiariesApi::refusesBadPaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const TestReply reply = m_client->get(u"/api/v1/users/alice/diaries?"_s + query, m_alice);
    QCOMPARE(reply.status, status);
    if (status == 400)
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
}

void TestDiariesApi::concurrentWritesAllLand()
{
    // Many writes at once reach the server on several I/O threads, each with its own store connection;
    // write transactions queue for the lock instead of failing.
    const QString erin = m_client->signUp(u"erin"_s);
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QList<QNetworkReply *> replies;
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        const QString id = kj::newItemId();
        ids.append(id);
        QNetworkRequest request(QUrl(m_server.baseUrl() + u"/api/v1/diaries/"_s + id));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + erin.toLatin1());
        const QJsonObject body = JsonClient::diaryWrite(u"parallel %1"_s.arg(i), u"x"_s, u"public"_s);
        replies.append(manager.put(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                             60000);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
    }
    const TestReply list = m_client->get(u"/api/v1/users/erin/diaries?limit=100"_s);
    QCOMPARE(list.json.value(u"items"_s).toArray().size(), ids.size());
}

QTEST_GUILESS_MAIN(TestDiariesApi)
#include "tst_diariesapi.moc"
