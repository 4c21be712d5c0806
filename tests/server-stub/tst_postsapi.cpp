// 说说 through the real server: create, read, revisions and conflicts, idempotent retries, tombstones,
// other people's posts, paged lists, posts in the feed (merged with diaries) and in /changes, and the
// audience matrix (owner, friend, stranger, anonymous x public, friends, private) over every read.
#include "models/domain/change.h"
#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject postWrite(const QString &text, const QString &visibility, std::optional<qint64> baseRevision = std::nullopt,
                      const QStringList &photoIds = {})
{
    QJsonObject json{{u"text"_s, text}, {u"photoIds"_s, QJsonArray::fromStringList(photoIds)}, {u"visibility"_s, visibility}};
    if (baseRevision)
        json.insert(u"baseRevision"_s, *baseRevision);
    return json;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}
} // namespace

class TestPostsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void creates();
    void updatesAtTheCurrentRevision();
    void conflictsOnAStaleRevision();
    void acceptsARetryOfTheSameWrite();
    void refusesBadWrites_data();
    void refusesBadWrites();
    void showsOnlyTheAuthorsOwnPhotos();
    void protectsOtherPeoplesPosts();
    void deletesAsATombstone();
    void restoresATombstone();
    void listsNewestFirstInPages();
    void audienceMatrix_data();
    void audienceMatrix();
    void feedMergesDiariesAndPosts();
    void feedPagesAcrossATieOfTimeAndId();
    void feedRefusesBadCursors();
    void changesCarryPosts();
    void unfriendingWithdrawsFriendsOnlyPosts();

private:
    TestReply putPost(const QString &id, const QJsonObject &body, const QString &token)
    {
        return m_client->put(u"/api/v1/posts/"_s + id, body, token);
    }
    //! Everything since the reader's cursor, following `more`; advances the cursor.
    QList<kj::Change> changes(const QString &token, QString &cursor)
    {
        QList<kj::Change> all;
        for (int round = 0; round < 50; ++round) {
            const TestReply reply = m_client->get(u"/api/v1/changes?limit=100"_s + (cursor.isEmpty() ? QString() : u"&since="_s + cursor),
                                                  token);
            if (reply.status != 200)
                return {};
            kj::Result<kj::ChangesPage> page = kj::ChangesPage::fromJson(reply.json);
            if (!page)
                return {};
            all.append(page->changes);
            cursor = page->cursor;
            if (!page->more)
                break;
        }
        return all;
    }
    //! The whole feed of a reader, walking the cursor with pages of `limit`.
    QStringList walkFeed(const QString &token, int limit)
    {
        QStringList seen;
        QString cursor;
        for (int round = 0; round < 200; ++round) {
            const TestReply page = m_client->get(u"/api/v1/feed?limit=%1%2"_s.arg(limit).arg(cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                                 token);
            if (page.status != 200)
                return {u"HTTP %1"_s.arg(page.status)};
            const QJsonArray items = page.json.value(u"items"_s).toArray();
            if (items.size() > limit)
                return {u"a page longer than its limit"_s};
            for (const QJsonValue &item : items)
                seen.append(item.toObject().value(u"kind"_s).toString() + u':' + item.toObject().value(u"id"_s).toString());
            const QJsonValue next = page.json.value(u"nextCursor"_s);
            if (next.isNull())
                return seen;
            cursor = next.toString();
        }
        return {u"the feed never ended"_s};
    }

    //! A photo of the token's user, through the media API: a small PNG uploaded into a new album.
    QString newPhoto(const QString &token)
    {
        static const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAABlklEQVR4nBXRURVEIQhFUSMYgQhGMAIRiGCEE8EIRiACEYhABCLMG7/ZrMt1jMEcyGAN9kAHNjgDBnfwBj6IQQ5q0IMxJnMikzXZE53Y5EyY3Mmb+CQmOalJzw8IUxBhCVtQwYQjIFzhCS6EkEIJLR9YzIUs1mIvdGGLs2BxF2/hi1jkoha9PrCZG9mszd7oxjZnw+Zu3sY3sclNbXp/QJmKKEvZiiqmHAXlKk9xJZRUSmn9gDENMZaxDTXMOAbGNZ7hRhhplNH2gcM8yGEd9kEPdjgHDvfwDn6IQx7q0OcD/wK/Sr4jv9hfkG/1N/x/Fx44BCQU9Pc94zIvclmXfdGLXc79j9/Lu/glLnmpS98PPOZDHuuxH/qwx3n/5ffxHv6IRz7q0e8DznTEWc521DHn+D/KdZ7jTjjplNP+gWAGEqxgBxpYcOIf/AYv8CCCDCro+EAyE0lWshNNLDn5P/MmL/Ekkkwq6fxAMQspVrELLaw49S/lFq/wIoosquj6QDMbaVazG22sOf2v8Dav8SaabKrp5geIAnAQEbP2+wAAAABJRU5ErkJggg==");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        const TestReply started = m_client->post(u"/api/v1/uploads"_s, {{u"size"_s, png.size()}, {u"sha256"_s, sha},
                                                 {u"kind"_s, u"photo"_s}, {u"filename"_s, u"tiny.png"_s}}, token);
        QJsonObject source;
        if (started.status == 200) {
            source.insert(u"mediaId"_s, started.json.value(u"mediaId"_s));
        } else if (started.status == 201) {
            const QString upload = started.json.value(u"uploadId"_s).toString();
            QNetworkRequest request(QUrl(m_server.baseUrl() + u"/api/v1/uploads/"_s + upload));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setRawHeader("Upload-Offset", "0");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/offset+octet-stream"));
            QNetworkAccessManager network;
            QNetworkReply *reply = network.sendCustomRequest(request, "PATCH", png);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)
                || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 != 2) {
                qWarning() << "PATCH failed:" << reply->readAll();
                delete reply;
                return {};
            }
            delete reply;
            source.insert(u"uploadId"_s, upload);
        } else {
            qWarning() << "upload refused:" << started.status << started.body;
            return {};
        }
        const QString album = kj::newItemId(), photo = kj::newItemId();
        if (m_client->put(u"/api/v1/albums/"_s + album, {{u"title"_s, u"相册"_s}, {u"description"_s, u""_s}, {u"visibility"_s, u"public"_s}}, token).status != 201)
            return {};
        source.insert(u"albumId"_s, album);
        source.insert(u"caption"_s, u""_s);
        source.insert(u"visibility"_s, u"public"_s);
        const TestReply made = m_client->put(u"/api/v1/photos/"_s + photo, source, token);
        if (made.status != 201) {
            qWarning() << "photo refused:" << made.status << made.body;
            return {};
        }
        return photo;
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol; // alice and bob are friends, carol a stranger
};

void TestPostsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
}

void TestPostsApi::creates()
{
    const QString id = kj::newItemId();
    const QStringList photos{newPhoto(m_alice), newPhoto(m_alice)};
    QVERIFY(!photos.first().isEmpty() && !photos.last().isEmpty());
    const QDateTime before = kj::nowUtc();
    const TestReply created = putPost(id, postWrite(u"第一条说说 😀"_s, u"public"_s, std::nullopt, photos), m_alice);
    QCOMPARE(created.status, 201);
    const QJsonObject post = created.json.value(u"post"_s).toObject();
    QCOMPARE(post.value(u"kind"_s).toString(), u"post"_s);
    QCOMPARE(post.value(u"id"_s).toString(), id);
    QCOMPARE(post.value(u"text"_s).toString(), u"第一条说说 😀"_s);
    QCOMPARE(post.value(u"photoIds"_s).toArray(), QJsonArray::fromStringList(photos));
    QCOMPARE(post.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(post.value(u"revision"_s).toInteger(), 1);
    QCOMPARE(post.value(u"author"_s).toObject().value(u"username"_s).toString(), u"alice"_s);
    const std::optional<QDateTime> createdAt = kj::fromRfc3339(post.value(u"createdAt"_s).toString());
    QVERIFY(createdAt && *createdAt >= before);
    QVERIFY(kj::Post::fromJson(post).ok());

    // GET answers the post with its reactions; anyone may read a public one.
    const TestReply read = m_client->get(u"/api/v1/posts/"_s + id);
    QCOMPARE(read.status, 200);
    QJsonObject got = read.json.value(u"post"_s).toObject();
    QCOMPARE(got.value(u"likeCount"_s).toInt(-1), 0);
    QCOMPARE(got.value(u"commentCount"_s).toInt(-1), 0);
    QCOMPARE(got.value(u"likedByMe"_s), QJsonValue(false));
    for (const QString &key : {u"likeCount"_s, u"commentCount"_s, u"likedByMe"_s})
        got.remove(key);
    QCOMPARE(got, post);
}

void TestPostsApi::updatesAtTheCurrentRevision()
{
    const QString id = kj::newItemId();
    QCOMPARE(putPost(id, postWrite(u"v1"_s, u"friends"_s), m_alice).status, 201);
    const TestReply updated = putPost(id, postWrite(u"v2"_s, u"private"_s, 1), m_alice);
    QCOMPARE(updated.status, 200);
    const QJsonObject post = updated.json.value(u"post"_s).toObject();
    QCOMPARE(post.value(u"revision"_s).toInteger(), 2);
    QCOMPARE(post.value(u"text"_s).toString(), u"v2"_s);
    QCOMPARE(post.value(u"visibility"_s).toString(), u"private"_s);
    QVERIFY(kj::fromRfc3339(post.value(u"updatedAt"_s).toString()) >= kj::fromRfc3339(post.value(u"createdAt"_s).toString()));
}

void TestPostsApi::conflictsOnAStaleRevision()
{
    const QString id = kj::newItemId();
    QCOMPARE(putPost(id, postWrite(u"v1"_s, u"public"_s), m_alice).status, 201);
    QCOMPARE(putPost(id, postWrite(u"v2"_s, u"public"_s, 1), m_alice).status, 200);
    const TestReply stale = putPost(id, postWrite(u"other"_s, u"public"_s, 1), m_alice);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), u"revision_conflict"_s);
    const QJsonObject current = stale.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"text"_s).toString(), u"v2"_s);
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    // A create (no baseRevision) of an id that exists with other content is a conflict too.
    QCOMPARE(putPost(id, postWrite(u"again"_s, u"public"_s), m_alice).status, 409);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, m_alice).json.value(u"post"_s).toObject().value(u"text"_s).toString(), u"v2"_s);
}

void TestPostsApi::acceptsARetryOfTheSameWrite()
{
    const QString id = kj::newItemId();
    const QJsonObject create = postWrite(u"once"_s, u"friends"_s);
    QCOMPARE(putPost(id, create, m_alice).status, 201);
    const TestReply retried = putPost(id, create, m_alice);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(u"post"_s).toObject().value(u"revision"_s).toInteger(), 1);
    const QJsonObject update = postWrite(u"twice"_s, u"friends"_s, 1);
    QCOMPARE(putPost(id, update, m_alice).status, 200);
    const TestReply again = putPost(id, update, m_alice);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"post"_s).toObject().value(u"revision"_s).toInteger(), 2);
}

void TestPostsApi::refusesBadWrites_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString id = kj::newItemId();
    QTest::newRow("upper-case id") << id.toUpper() << QByteArray(R"({"text":"x","photoIds":[],"visibility":"public"})") << 400 << u"invalid_id"_s;
    QTest::newRow("not an id") << u"hello"_s << QByteArray(R"({"text":"x","photoIds":[],"visibility":"public"})") << 400 << u"invalid_id"_s;
    QTest::newRow("empty text") << id << QByteArray(R"({"text":"","photoIds":[],"visibility":"public"})") << 400 << u"invalid_field"_s;
    QTest::newRow("no photoIds") << id << QByteArray(R"({"text":"x","visibility":"public"})") << 400 << u"missing_field"_s;
    QTest::newRow("a photo id that is a path") << id << QByteArray(R"({"text":"x","photoIds":["../../etc/passwd"],"visibility":"public"})") << 400 << u"invalid_id"_s;
    QTest::newRow("groups not yet") << id << QByteArray(R"({"text":"x","photoIds":[],"visibility":"groups"})") << 400 << u"invalid_field"_s;
    QTest::newRow("unknown field") << id << QByteArray(R"({"text":"x","photoIds":[],"visibility":"public","title":"t"})") << 400 << u"unknown_field"_s;
    QTest::newRow("malformed") << id << QByteArray(R"({"text":)") << 400 << u"malformed_json"_s;
    QJsonArray ten;
    for (int i = 0; i < 10; ++i)
        ten.append(kj::newItemId());
    QJsonObject tenPhotos = postWrite(u"x"_s, u"public"_s);
    tenPhotos.insert(u"photoIds"_s, ten);
    QTest::newRow("ten photos") << id << QJsonDocument(tenPhotos).toJson(QJsonDocument::Compact) << 400 << u"invalid_field"_s;
    QTest::newRow("10,001 characters") << id
                                       << QJsonDocument(postWrite(u"😀"_s.repeated(kj::Post::kMaxTextLength + 1), u"public"_s)).toJson(QJsonDocument::Compact)
                                       << 400 << u"invalid_field"_s;
}

void TestPostsApi::refusesBadWrites()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const TestReply reply = m_client->send("PUT", u"/api/v1/posts/"_s + id, body, "application/json", m_alice);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    if (kj::isValidItemId(id))
        QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, m_alice).status, 404); // nothing stored
}

void TestPostsApi::showsOnlyTheAuthorsOwnPhotos()
{
    const QString mine = newPhoto(m_alice), bobs = newPhoto(m_bob);
    QVERIFY(!mine.isEmpty() && !bobs.isEmpty());
    const QString id = kj::newItemId();
    // bob's public photo, or a photo that does not exist: the same 400, nothing stored.
    for (const QString &photo : {bobs, kj::newItemId()}) {
        const TestReply refused = putPost(id, postWrite(u"not mine"_s, u"public"_s, std::nullopt, {mine, photo}), m_alice);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"invalid_field"_s);
        QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, m_alice).status, 404);
    }
    QCOMPARE(putPost(id, postWrite(u"mine"_s, u"public"_s, std::nullopt, {mine}), m_alice).status, 201);
    QCOMPARE(putPost(id, postWrite(u"now bob's"_s, u"public"_s, 1, {mine, bobs}), m_alice).status, 400);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, m_alice).json.value(u"post"_s).toObject().value(u"revision"_s).toInteger(), 1);
}

void TestPostsApi::protectsOtherPeoplesPosts()
{
    const QString open = kj::newItemId(), hidden = kj::newItemId();
    QCOMPARE(putPost(open, postWrite(u"mine"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(putPost(hidden, postWrite(u"secret"_s, u"private"_s), m_alice).status, 201);
    // bob may read the friends-only post, so he learns why he may not write it: 403.
    QCOMPARE(putPost(open, postWrite(u"bob's"_s, u"friends"_s, 1), m_bob).status, 403);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + open, m_bob).status, 403);
    // What he cannot see does not exist for him: 404, as for carol.
    QCOMPARE(putPost(hidden, postWrite(u"bob's"_s, u"friends"_s, 1), m_bob).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + hidden, m_bob).status, 404);
    QCOMPARE(putPost(open, postWrite(u"carol's"_s, u"friends"_s, 1), m_carol).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + open, m_carol).status, 404);
    QCOMPARE(m_client->put(u"/api/v1/posts/"_s + open, postWrite(u"x"_s, u"public"_s)).status, 401);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + open).status, 401);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + open, m_alice).json.value(u"post"_s).toObject().value(u"text"_s).toString(), u"mine"_s);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + kj::newItemId(), m_alice).status, 404);
}

void TestPostsApi::deletesAsATombstone()
{
    const QString id = kj::newItemId();
    QCOMPARE(putPost(id, postWrite(u"soon gone"_s, u"public"_s, std::nullopt, {newPhoto(m_alice)}), m_alice).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + id, m_alice).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, m_alice).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + id, m_alice).status, 204); // twice is once
    QVERIFY(!idsOf(m_client->get(u"/api/v1/users/alice/posts?limit=100"_s, m_alice).json.value(u"items"_s).toArray()).contains(id));
    // A write at an old revision learns of the deletion: 409 with the tombstone.
    const TestReply stale = putPost(id, postWrite(u"edit"_s, u"public"_s, 1), m_alice);
    QCOMPARE(stale.status, 409);
    const QJsonObject current = stale.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"deleted"_s), QJsonValue(true));
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    QVERIFY(!current.contains(u"text"_s));
    // Nobody else learns that the id was ever used.
    QCOMPARE(putPost(id, postWrite(u"bob's"_s, u"public"_s), m_bob).status, 404);
}

void TestPostsApi::restoresATombstone()
{
    const QString id = kj::newItemId();
    QCOMPARE(putPost(id, postWrite(u"v1"_s, u"public"_s), m_alice).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + id, m_alice).status, 204);
    const TestReply restored = putPost(id, postWrite(u"back"_s, u"friends"_s, 2), m_alice);
    QCOMPARE(restored.status, 200);
    QCOMPARE(restored.json.value(u"post"_s).toObject().value(u"revision"_s).toInteger(), 3);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, m_bob).json.value(u"post"_s).toObject().value(u"text"_s).toString(), u"back"_s);
}

void TestPostsApi::listsNewestFirstInPages()
{
    const QString dave = m_client->signUp(u"dave"_s);
    QStringList written;
    for (int i = 0; i < 7; ++i) {
        const QString id = kj::newItemId();
        QCOMPARE(putPost(id, postWrite(u"post %1"_s.arg(i), u"public"_s), dave).status, 201);
        written.prepend(id);
        QTest::qWait(2); // distinct times, so "newest first" is observable
    }
    QStringList seen;
    QString cursor;
    for (int round = 0; round < 10; ++round) {
        const TestReply page = m_client->get(u"/api/v1/users/dave/posts?limit=3"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        QVERIFY(items.size() <= 3);
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(u"likeCount"_s).toInt(-1), 0);
        seen += idsOf(items);
        if (page.json.value(u"nextCursor"_s).isNull())
            break;
        cursor = page.json.value(u"nextCursor"_s).toString();
    }
    QCOMPARE(seen, written);
    QCOMPARE(m_client->get(u"/api/v1/users/nobody_here/posts"_s).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/users/dave/posts?limit=0"_s).status, 400);
    QCOMPARE(m_client->get(u"/api/v1/users/dave/posts?cursor=bm9wZQ"_s).status, 400);
}

void TestPostsApi::audienceMatrix_data()
{
    QTest::addColumn<QString>("viewer");
    QTest::addColumn<QString>("visibility");
    QTest::addColumn<bool>("sees");
    const QList<std::pair<QString, QStringList>> admitted = {
        {u"owner"_s, {u"public"_s, u"friends"_s, u"private"_s}},
        {u"friend"_s, {u"public"_s, u"friends"_s}},
        {u"stranger"_s, {u"public"_s}},
        {u"anonymous"_s, {u"public"_s}},
    };
    for (const auto &[viewer, visible] : admitted) {
        for (const QString &visibility : {u"public"_s, u"friends"_s, u"private"_s})
            QTest::addRow("%s sees %s", qPrintable(viewer), qPrintable(visibility)) << viewer << visibility << visible.contains(visibility);
    }
}

void TestPostsApi::audienceMatrix()
{
    QFETCH(QString, viewer);
    QFETCH(QString, visibility);
    QFETCH(bool, sees);
    // Fresh people for each row, so the feed and /changes hold only this row's post.
    static int row = 0;
    ++row;
    const QString owner = u"owner%1"_s.arg(row), friendName = u"friend%1"_s.arg(row), strangerName = u"stranger%1"_s.arg(row);
    const QString ownerToken = m_client->signUp(owner), friendToken = m_client->signUp(friendName),
                  strangerToken = m_client->signUp(strangerName);
    QVERIFY(m_client->befriend(ownerToken, friendName, friendToken));
    const QString token = viewer == u"owner"_s ? ownerToken : viewer == u"friend"_s ? friendToken
                          : viewer == u"stranger"_s ? strangerToken : QString();
    const QString id = kj::newItemId();
    QCOMPARE(putPost(id, postWrite(u"matrix"_s, visibility), ownerToken).status, 201);
    const QString item = u"/api/v1/items/post/"_s + id;

    // get
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + id, token).status, sees ? 200 : 404);
    // list
    QCOMPARE(idsOf(m_client->get(u"/api/v1/users/%1/posts"_s.arg(owner), token).json.value(u"items"_s).toArray()).contains(id), sees);
    // comments: read, write
    QCOMPARE(m_client->get(item + u"/comments"_s, token).status, sees ? 200 : 404);
    const TestReply comment = m_client->post(item + u"/comments"_s, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"hi"_s}}, token);
    // like
    const TestReply like = m_client->put(item + u"/like"_s, {}, token);
    if (token.isEmpty()) {
        QCOMPARE(comment.status, 401);
        QCOMPARE(like.status, 401);
        QCOMPARE(m_client->get(u"/api/v1/feed"_s).status, 401);
        QCOMPARE(m_client->get(u"/api/v1/changes"_s).status, 401);
        return;
    }
    QCOMPARE(comment.status, sees ? 201 : 404);
    QCOMPARE(like.status, sees ? 200 : 404);
    // feed: the owner's and friends' items the viewer may see; a stranger never has them in the feed
    const bool inFeed = sees && viewer != u"stranger"_s;
    QCOMPARE(idsOf(m_client->get(u"/api/v1/feed?limit=100"_s, token).json.value(u"items"_s).toArray()).contains(id), inFeed);
    // changes: the same readers as the feed
    QString cursor;
    bool upserted = false;
    for (const kj::Change &change : changes(token, cursor))
        upserted = upserted || (change.kind == u"post"_s && change.id == id && change.op == kj::Change::Op::Upsert);
    QCOMPARE(upserted, inFeed);
    // Whoever could react sees the reactions counted.
    if (sees) {
        const QJsonObject post = m_client->get(u"/api/v1/posts/"_s + id, token).json.value(u"post"_s).toObject();
        QCOMPARE(post.value(u"likeCount"_s).toInt(), 1);
        QCOMPARE(post.value(u"commentCount"_s).toInt(), 1);
        QCOMPARE(post.value(u"likedByMe"_s), QJsonValue(true));
    }
}

void TestPostsApi::feedMergesDiariesAndPosts()
{
    const QString erin = m_client->signUp(u"erin"_s), frank = m_client->signUp(u"frank"_s);
    QVERIFY(m_client->befriend(erin, u"frank"_s, frank));
    QStringList expected; // newest first
    for (int i = 0; i < 9; ++i) {
        const QString id = kj::newItemId();
        const QString &author = i % 3 == 0 ? frank : erin;
        if (i % 2 == 0) {
            QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + id, JsonClient::diaryWrite(u"d%1"_s.arg(i), u"b"_s, u"friends"_s), author).status, 201);
            expected.prepend(u"diary:"_s + id);
        } else {
            QCOMPARE(putPost(id, postWrite(u"p%1"_s.arg(i), u"friends"_s), author).status, 201);
            expected.prepend(u"post:"_s + id);
        }
        QTest::qWait(2);
    }
    for (int limit : {1, 2, 3, 4, 9, 10, 100})
        QCOMPARE(walkFeed(erin, limit), expected);
    const QJsonObject first = m_client->get(u"/api/v1/feed?limit=1"_s, erin).json.value(u"items"_s).toArray().first().toObject();
    QVERIFY(first.contains(u"likeCount"_s) && first.contains(u"commentCount"_s) && first.contains(u"likedByMe"_s));
}

void TestPostsApi::feedPagesAcrossATieOfTimeAndId()
{
    // A diary and a post with the same time and the same id (ids are the clients'): neither may be lost
    // or repeated at a page boundary. Written straight into the store, as no client would do it.
    const QString gina = m_client->signUp(u"gina"_s);
    const QString shared = kj::newItemId(), before = kj::newItemId(), after = kj::newItemId();
    QCOMPARE(putPost(before, postWrite(u"older"_s, u"private"_s), gina).status, 201);
    QTest::qWait(5);
    QCOMPARE(putPost(shared, postWrite(u"tie"_s, u"private"_s), gina).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + shared, JsonClient::diaryWrite(u"tie"_s, u"b"_s, u"private"_s), gina).status, 201);
    QTest::qWait(5);
    QCOMPARE(putPost(after, postWrite(u"newer"_s, u"private"_s), gina).status, 201);
    {
        QSqlDatabase db = m_server.openInspection(u"tie"_s);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"UPDATE diaries SET created_ms = (SELECT created_ms FROM posts WHERE id = '%1') WHERE id = '%1'"_s.arg(shared)),
                 qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tie"_s);
    const QStringList expected{u"post:"_s + after, u"diary:"_s + shared, u"post:"_s + shared, u"post:"_s + before};
    for (int limit : {1, 2, 3, 4})
        QCOMPARE(walkFeed(gina, limit), expected);
}

void TestPostsApi::feedRefusesBadCursors()
{
    // Not base64, not ours, and a kind the feed does not carry (albums come to it as photo batches).
    for (const QString &cursor : {u"bm9wZQ"_s, u"!!"_s, QString::fromLatin1(QByteArray("1:" + kj::newItemId().toLatin1() + ":album").toBase64(QByteArray::Base64UrlEncoding))}) {
        const TestReply reply = m_client->get(u"/api/v1/feed?cursor="_s + cursor, m_alice);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
    }
}

void TestPostsApi::changesCarryPosts()
{
    const QString hank = m_client->signUp(u"hank"_s), ivy = m_client->signUp(u"ivy"_s);
    QVERIFY(m_client->befriend(hank, u"ivy"_s, ivy));
    QString cursor;
    (void)changes(ivy, cursor);
    const QString id = kj::newItemId();
    QCOMPARE(putPost(id, postWrite(u"for friends"_s, u"friends"_s), hank).status, 201);
    QList<kj::Change> got = changes(ivy, cursor);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().kind, u"post"_s);
    QCOMPARE(got.first().op, kj::Change::Op::Upsert);
    QCOMPARE(kj::Post::fromJson(got.first().item).value().text, u"for friends"_s);
    // Narrowed to private: withdrawn from ivy's cache.
    QCOMPARE(putPost(id, postWrite(u"for me"_s, u"private"_s, 1), hank).status, 200);
    got = changes(ivy, cursor);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().op, kj::Change::Op::Delete);
    // Widened again, then deleted: ivy learns both.
    QCOMPARE(putPost(id, postWrite(u"public"_s, u"public"_s, 2), hank).status, 200);
    QCOMPARE(changes(ivy, cursor).first().op, kj::Change::Op::Upsert);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + id, hank).status, 204);
    got = changes(ivy, cursor);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().op, kj::Change::Op::Delete);
    // A private post never reaches a friend, not even as a deletion.
    const QString secret = kj::newItemId();
    QCOMPARE(putPost(secret, postWrite(u"mine"_s, u"private"_s), hank).status, 201);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + secret, hank).status, 204);
    QVERIFY(changes(ivy, cursor).isEmpty());
}

void TestPostsApi::unfriendingWithdrawsFriendsOnlyPosts()
{
    const QString jack = m_client->signUp(u"jack"_s), kate = m_client->signUp(u"kate"_s);
    QVERIFY(m_client->befriend(jack, u"kate"_s, kate));
    const QString friendsOnly = kj::newItemId(), open = kj::newItemId();
    QCOMPARE(putPost(friendsOnly, postWrite(u"friends"_s, u"friends"_s), jack).status, 201);
    QCOMPARE(putPost(open, postWrite(u"public"_s, u"public"_s), jack).status, 201);
    QString cursor;
    (void)changes(kate, cursor);
    QCOMPARE(m_client->del(u"/api/v1/friends/kate"_s, jack).status, 204);
    bool withdrawn = false, openWithdrawn = false;
    for (const kj::Change &change : changes(kate, cursor)) {
        withdrawn = withdrawn || (change.kind == u"post"_s && change.id == friendsOnly && change.op == kj::Change::Op::Delete);
        openWithdrawn = openWithdrawn || (change.kind == u"post"_s && change.id == open);
    }
    QVERIFY(withdrawn);
    QVERIFY(!openWithdrawn);
    QCOMPARE(m_client->get(u"/api/v1/posts/"_s + friendsOnly, kate).status, 404);
}

QTEST_MAIN(TestPostsApi)
#include "tst_postsapi.moc"
