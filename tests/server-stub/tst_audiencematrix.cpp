// The audience matrix over HTTP: every item kind (diary, post, album, photo, track) in every visibility
// (public, friends, groups, private), read by the owner, a friend in the item's group, a friend outside
// it, a stranger and an anonymous caller, over get, list, feed, changes, comment, like and media (a
// photo's thumb, a track's audio). What each may do is kj::canSee of their relation, so the test holds the server to the
// one rule. Then the group audience moving: members joining and leaving, a group deleted, an unfriending,
// an audience narrowed, each reaching /changes.
#include "models/domain/ids.h"
#include "models/domain/visibility.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::Relation;
using kj::Visibility;

namespace {
struct Viewer {
    const char *name;
    Relation relation;
    QString token; // empty: anonymous
};

struct Item {
    QString kind;
    QString id;
    Visibility visibility;
    QString mediaId; // photos, tracks
    QString albumId; // photos
};

const QList<Visibility> kVisibilities{Visibility::Public, Visibility::Friends, Visibility::Groups, Visibility::Private};
} // namespace

class TestAudienceMatrix : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_dave, m_carol;
    QString m_group;
    QString m_publicAlbum;
    QList<Item> m_items;
    QList<Viewer> m_viewers;
    int m_seed = 0;

    JsonClient &json() { return m_media->json(); }

    QJsonObject audience(Visibility visibility)
    {
        QJsonObject body{{u"visibility"_s, kj::visibilityName(visibility)}};
        if (visibility == Visibility::Groups)
            body.insert(u"groups"_s, QJsonArray{m_group});
        return body;
    }

    template <typename Body>
    QString put(const QString &path, Body body, Visibility visibility)
    {
        const QString id = kj::newItemId();
        const QJsonObject a = audience(visibility);
        for (auto it = a.begin(); it != a.end(); ++it)
            body.insert(it.key(), it.value());
        const TestReply reply = json().put(path + id, body, m_alice);
        if (reply.status != 201)
            qWarning() << path << reply.status << reply.body;
        return reply.status == 201 ? id : QString();
    }

    QString newPhoto(const QString &album, Visibility visibility, QString *mediaId)
    {
        ++m_seed;
        *mediaId = m_media->uploadWhole(m_alice, MediaClient::encoded(MediaClient::testImage(200 + m_seed, 150), "jpeg"));
        return put(u"/api/v1/photos/"_s, QJsonObject{{u"mediaId"_s, *mediaId}, {u"albumId"_s, album}, {u"caption"_s, u"c"_s}},
                   visibility);
    }

    QString newTrack(Visibility visibility, QString *mediaId)
    {
        const QByteArray wav = AudioFixtures::wav(300 + ++m_seed);
        const TestReply started = m_media->startRaw(m_alice, wav.size(), MediaClient::sha256(wav), u"song.wav"_s, u"track"_s);
        *mediaId = m_media->patch(m_alice, started.json.value(u"uploadId"_s).toString(), 0, wav).json.value(u"mediaId"_s).toString();
        return put(u"/api/v1/tracks/"_s, QJsonObject{{u"mediaId"_s, *mediaId}}, visibility);
    }

    static QStringList idsIn(const QJsonValue &value)
    {
        QStringList ids;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                ids += idsIn(v);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.contains(u"id"_s))
                ids.append(object.value(u"id"_s).toString());
            for (auto it = object.begin(); it != object.end(); ++it)
                ids += idsIn(it.value());
        }
        return ids;
    }

    // What /changes gives a reader from `since`: item id -> "upsert" or "delete" (the last word on each).
    QHash<QString, QString> changes(const QString &token, qint64 *cursor = nullptr)
    {
        QHash<QString, QString> result;
        qint64 since = cursor ? *cursor : 0;
        for (;;) {
            const TestReply reply = json().get(u"/api/v1/changes?since=%1"_s.arg(since), token);
            if (reply.status != 200)
                return {};
            for (const QJsonValue &change : reply.json.value(u"changes"_s).toArray()) {
                const QJsonObject c = change.toObject();
                result.insert(c.value(u"id"_s).toString(), c.value(u"op"_s).toString());
            }
            since = reply.json.value(u"cursor"_s).toString().toLongLong();
            if (!reply.json.value(u"more"_s).toBool())
                break;
        }
        if (cursor)
            *cursor = since;
        return result;
    }

    bool sees(const QString &itemKind, const QString &id, const QString &token)
    {
        return json().get(u"/api/v1/items/"_s + itemKind + u'/' + id + u"/comments"_s, token).status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_media = std::make_unique<MediaClient>(m_server.baseUrl());
        m_alice = json().signUp(u"alice"_s);
        m_bob = json().signUp(u"bob"_s);
        m_dave = json().signUp(u"dave"_s);
        m_carol = json().signUp(u"carol"_s);
        QVERIFY(json().befriend(m_alice, u"bob"_s, m_bob));
        QVERIFY(json().befriend(m_alice, u"dave"_s, m_dave));
        m_group = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + m_group, {{u"name"_s, u"同学"_s}, {u"members"_s, QJsonArray{u"bob"_s}}}, m_alice).status,
                 201);
        m_viewers = {{"owner", Relation::Owner, m_alice},
                     {"group member", Relation::GroupMember, m_bob},
                     {"friend outside the group", Relation::Friend, m_dave},
                     {"stranger", Relation::Stranger, m_carol},
                     {"anonymous", Relation::Anonymous, {}}};

        m_publicAlbum = put(u"/api/v1/albums/"_s, QJsonObject{{u"title"_s, u"公开"_s}}, Visibility::Public);
        QVERIFY(!m_publicAlbum.isEmpty());
        for (Visibility visibility : kVisibilities) {
            const QString diary = put(u"/api/v1/diaries/"_s, QJsonObject{{u"title"_s, u"日记"_s}, {u"body"_s, u"b"_s}}, visibility);
            const QString post = put(u"/api/v1/posts/"_s, QJsonObject{{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray{}}}, visibility);
            const QString album = put(u"/api/v1/albums/"_s, QJsonObject{{u"title"_s, u"相册"_s}}, visibility);
            QString media;
            const QString photo = newPhoto(m_publicAlbum, visibility, &media);
            // A public photo in an album of this audience: seen only by whom the album admits.
            QString innerMedia;
            const QString inner = newPhoto(album, Visibility::Public, &innerMedia);
            QVERIFY(!diary.isEmpty() && !post.isEmpty() && !album.isEmpty() && !photo.isEmpty() && !inner.isEmpty());
            m_items += {{u"diary"_s, diary, visibility, {}, {}}, {u"post"_s, post, visibility, {}, {}},
                        {u"album"_s, album, visibility, {}, {}}, {u"photo"_s, photo, visibility, media, m_publicAlbum},
                        {u"photo"_s, inner, visibility, innerMedia, album}};
        }
        // Tracks after the items above, whose places the tests below name.
        for (Visibility visibility : kVisibilities) {
            QString media;
            const QString track = newTrack(visibility, &media);
            QVERIFY(!track.isEmpty());
            m_items.append({u"track"_s, track, visibility, media, {}});
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("viewer");
        for (int v = 0; v < 5; ++v)
            QTest::addRow("%s", std::array{"owner", "group member", "friend outside the group", "stranger", "anonymous"}[v]) << v;
    }
    void matrix()
    {
        QFETCH(int, viewer);
        const Viewer &who = m_viewers.at(viewer);
        const bool signedIn = !who.token.isEmpty();
        const bool inCircle = who.relation == Relation::Owner || who.relation == Relation::GroupMember
                              || who.relation == Relation::Friend;

        QStringList listed;
        for (const QString &list : {u"diaries"_s, u"posts"_s, u"albums"_s, u"tracks"_s})
            listed += idsIn(json().get(u"/api/v1/users/alice/"_s + list, who.token).json.value(u"items"_s));
        const TestReply feed = json().get(u"/api/v1/feed?limit=100"_s, who.token);
        QCOMPARE(feed.status, signedIn ? 200 : 401);
        const QString feedBody = QString::fromUtf8(feed.body);
        const QHash<QString, QString> changed = signedIn ? changes(who.token) : QHash<QString, QString>();

        for (const Item &item : std::as_const(m_items)) {
            const bool mayRead = kj::canSee(who.relation, item.visibility);
            const QByteArray what = QByteArray(who.name) + " / " + item.kind.toUtf8() + " / "
                                    + kj::visibilityName(item.visibility).toUtf8() + (item.kind == u"photo"_s ? " " + item.id.left(8).toUtf8() : QByteArray());
            // get
            if (item.kind == u"diary"_s || item.kind == u"post"_s || item.kind == u"track"_s) {
                const QString path = u"/api/v1/%1/"_s.arg(item.kind == u"diary"_s ? u"diaries"_s : item.kind + u's');
                QVERIFY2(json().get(path + item.id, who.token).status == (mayRead ? 200 : 404), what.constData());
            }
            if (item.kind == u"album"_s)
                QVERIFY2(json().get(u"/api/v1/albums/"_s + item.id + u"/photos"_s, who.token).status == (mayRead ? 200 : 404), what.constData());
            // list
            if (item.kind != u"photo"_s)
                QVERIFY2(listed.contains(item.id) == mayRead, what.constData());
            else
                QVERIFY2(idsIn(json().get(u"/api/v1/albums/"_s + item.albumId + u"/photos"_s, who.token).json.value(u"items"_s))
                                 .contains(item.id)
                             == mayRead,
                         what.constData());
            // feed (diaries, 说说 and new tracks of oneself and one's friends)
            if (item.kind == u"diary"_s || item.kind == u"post"_s || item.kind == u"track"_s)
                QVERIFY2(feedBody.contains(item.id) == (inCircle && mayRead), what.constData());
            // changes
            if (signedIn)
                QVERIFY2((changed.value(item.id) == u"upsert"_s) == (inCircle && mayRead), what.constData());
            // comment, like
            const QString itemPath = u"/api/v1/items/"_s + item.kind + u'/' + item.id;
            // anonymous callers may read, never write
            const int commented = !signedIn ? 401 : mayRead ? 201 : 404;
            const int liked = !signedIn ? 401 : mayRead ? 200 : 404;
            QVERIFY2(json().post(itemPath + u"/comments"_s, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"hi"_s}}, who.token).status
                         == commented, what.constData());
            QVERIFY2(json().put(itemPath + u"/like"_s, {}, who.token).status == liked, what.constData());
            QVERIFY2(json().get(itemPath + u"/comments"_s, who.token).status == (mayRead ? 200 : 404), what.constData());
            // media
            if (!item.mediaId.isEmpty())
                QVERIFY2(m_media->getMedia(who.token, item.mediaId, item.kind == u"track"_s ? u"original"_s : u"thumb"_s).status
                             == (mayRead ? 200 : 404),
                         what.constData());
        }
    }

    void theOwnerAloneSeesTheGroupIds()
    {
        const Item &item = m_items.at(2 * 5); // the groups diary
        QCOMPARE(item.visibility, Visibility::Groups);
        const QJsonObject mine = json().get(u"/api/v1/diaries/"_s + item.id, m_alice).json.value(u"diary"_s).toObject();
        QCOMPARE(mine.value(u"groups"_s).toArray(), QJsonArray{m_group});
        const QJsonObject theirs = json().get(u"/api/v1/diaries/"_s + item.id, m_bob).json.value(u"diary"_s).toObject();
        QCOMPARE(theirs.value(u"visibility"_s).toString(), u"groups"_s);
        QVERIFY(!theirs.contains(u"groups"_s));
        const QString listed = QString::fromUtf8(json().get(u"/api/v1/users/alice/diaries"_s, m_bob).body);
        QVERIFY(!listed.contains(m_group));
        const QString feed = QString::fromUtf8(json().get(u"/api/v1/feed"_s, m_bob).body);
        QVERIFY(!feed.contains(m_group));
    }

    void joiningAndLeavingReachChanges()
    {
        qint64 bobCursor = 0, daveCursor = 0;
        (void)changes(m_bob, &bobCursor);
        (void)changes(m_dave, &daveCursor);
        QStringList groupItems;
        for (const Item &item : std::as_const(m_items)) {
            if (item.visibility == Visibility::Groups)
                groupItems.append(item.id);
        }
        // dave joins, bob leaves: dave gets the group's items, bob drops them.
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + m_group, {{u"name"_s, u"同学"_s}, {u"members"_s, QJsonArray{u"dave"_s}}}, m_alice).status,
                 200);
        const QHash<QString, QString> dave = changes(m_dave, &daveCursor);
        const QHash<QString, QString> bob = changes(m_bob, &bobCursor);
        for (const QString &id : std::as_const(groupItems)) {
            QCOMPARE(dave.value(id), u"upsert"_s);
            QCOMPARE(bob.value(id), u"delete"_s);
            QVERIFY(sees(u"diary"_s, m_items.at(10).id, m_dave));
            QVERIFY(!sees(u"diary"_s, m_items.at(10).id, m_bob));
        }
        // Items of other audiences are not replayed, and a friend who never saw a group item learns nothing.
        QCOMPARE(dave.size(), groupItems.size());
        QCOMPARE(bob.size(), groupItems.size());

        // An audience narrowed from the group to private withdraws the item from the member.
        const Item &post = m_items.at(11);
        QCOMPARE(post.kind, u"post"_s);
        QCOMPARE(json().put(u"/api/v1/posts/"_s + post.id,
                            {{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray{}}, {u"visibility"_s, u"private"_s}, {u"baseRevision"_s, 1}},
                            m_alice)
                     .status,
                 200);
        QCOMPARE(changes(m_dave, &daveCursor).value(post.id), u"delete"_s);
        QCOMPARE(changes(m_bob, &bobCursor).value(post.id), QString()); // bob never saw it since he left

        // The group deleted: its items stay "groups" and only their owner sees them.
        QCOMPARE(json().del(u"/api/v1/me/groups/"_s + m_group, m_alice).status, 204);
        const QHash<QString, QString> afterDelete = changes(m_dave, &daveCursor);
        QCOMPARE(afterDelete.value(m_items.at(10).id), u"delete"_s);
        QVERIFY(!sees(u"diary"_s, m_items.at(10).id, m_dave));
        QVERIFY(sees(u"diary"_s, m_items.at(10).id, m_alice));
        const QJsonObject diary = json().get(u"/api/v1/diaries/"_s + m_items.at(10).id, m_alice).json.value(u"diary"_s).toObject();
        QCOMPARE(diary.value(u"visibility"_s).toString(), u"groups"_s);
        QVERIFY(!diary.contains(u"groups"_s));
    }

    void unfriendingLeavesTheGroupsAndWithdraws()
    {
        const QString group = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + group, {{u"name"_s, u"密友"_s}, {u"members"_s, QJsonArray{u"bob"_s}}}, m_alice).status,
                 201);
        qint64 cursor = 0;
        (void)changes(m_bob, &cursor);
        const QString diary = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/diaries/"_s + diary,
                            {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{group}}},
                            m_alice)
                     .status,
                 201);
        QCOMPARE(changes(m_bob, &cursor).value(diary), u"upsert"_s);
        QCOMPARE(json().del(u"/api/v1/friends/alice"_s, m_bob).status, 204);
        QCOMPARE(changes(m_bob, &cursor).value(diary), u"delete"_s);
        const QJsonObject stored = json().get(u"/api/v1/me/groups/"_s + group, m_alice).json.value(u"group"_s).toObject();
        QCOMPARE(stored.value(u"members"_s).toArray(), QJsonArray{});
        // Friends again, not in the group again: still hidden.
        QVERIFY(json().befriend(m_alice, u"bob"_s, m_bob));
        QVERIFY(!sees(u"diary"_s, diary, m_bob));
    }
};

QTEST_GUILESS_MAIN(TestAudienceMatrix)
#include "tst_audiencematrix.moc"
