// Photos through HTTP against the real server: made from a finished upload or the caller's media, only
// in the caller's albums, seen by the album's audience and their own, revised, and in the change log.
#include "models/domain/ids.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject photoBody(const QString &sourceKey, const QString &source, const QString &album, const QString &visibility,
                      const QString &caption = u"西湖"_s, std::optional<qint64> base = std::nullopt)
{
    return {{sourceKey, source}, {u"albumId"_s, album}, {u"caption"_s, caption}, {u"visibility"_s, visibility},
            {u"baseRevision"_s, base ? QJsonValue(*base) : QJsonValue(QJsonValue::Null)}};
}
} // namespace

class TestPhotosApi : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_carol;
    int m_seed = 0;

    JsonClient &json() { return m_media->json(); }
    QByteArray freshJpeg() { ++m_seed; return MediaClient::encoded(MediaClient::testImage(320 + m_seed, 240), "jpeg"); }
    QStringList photoIds(const QString &album, const QString &token)
    {
        QStringList ids;
        for (const QJsonValue &item : json().get(u"/api/v1/albums/"_s + album + u"/photos"_s, token).json.value(u"items"_s).toArray())
            ids.append(item.toObject().value(u"id"_s).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_media = std::make_unique<MediaClient>(m_server.baseUrl());
        m_alice = json().signUp(u"alice"_s);
        m_bob = json().signUp(u"bob"_s);
        m_carol = json().signUp(u"carol"_s);
        QVERIFY(json().befriend(m_alice, u"bob"_s, m_bob));
    }

    void createFromAnUploadAndFromMedia()
    {
        const QString album = m_media->newAlbum(m_alice, u"public"_s);
        const QByteArray bytes = freshJpeg();
        const TestReply started = m_media->start(m_alice, bytes);
        const QString upload = started.json.value(u"uploadId"_s).toString();
        const QString id = kj::newItemId();
        // Not complete yet.
        QCOMPARE(json().put(u"/api/v1/photos/"_s + id, photoBody(u"uploadId"_s, upload, album, u"public"_s), m_alice).status, 409);
        const QString media = m_media->patch(m_alice, upload, 0, bytes).json.value(u"mediaId"_s).toString();
        TestReply reply = json().put(u"/api/v1/photos/"_s + id, photoBody(u"uploadId"_s, upload, album, u"public"_s), m_alice);
        QCOMPARE(reply.status, 201);
        const QJsonObject photo = reply.json.value(u"photo"_s).toObject();
        QCOMPARE(photo.value(u"mediaId"_s).toString(), media);
        QCOMPARE(photo.value(u"albumId"_s).toString(), album);
        QCOMPARE(photo.value(u"width"_s).toInt(), 321);
        QCOMPARE(photo.value(u"height"_s).toInt(), 240);
        QVERIFY(photo.value(u"takenAt"_s).isNull());
        QCOMPARE(photo.value(u"revision"_s).toInt(), 1);
        // The same again is a retry; the same media in a second photo is fine.
        QCOMPARE(json().put(u"/api/v1/photos/"_s + id, photoBody(u"uploadId"_s, upload, album, u"public"_s), m_alice).status, 200);
        QCOMPARE(json().put(u"/api/v1/photos/"_s + kj::newItemId(), photoBody(u"mediaId"_s, media, album, u"private"_s), m_alice).status, 201);
        // Update at the current revision; a stale one conflicts.
        reply = json().put(u"/api/v1/photos/"_s + id, photoBody(u"mediaId"_s, media, album, u"friends"_s, u"新"_s, 1), m_alice);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"photo"_s).toObject().value(u"caption"_s).toString(), u"新"_s);
        reply = json().put(u"/api/v1/photos/"_s + id, photoBody(u"mediaId"_s, media, album, u"public"_s, u"旧"_s, 1), m_alice);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json.value(u"current"_s).toObject().value(u"revision"_s).toInt(), 2);
    }

    void onlyTheCallersAlbumsUploadsAndMedia()
    {
        const QString alicesAlbum = m_media->newAlbum(m_alice, u"friends"_s);
        const QString hiddenAlbum = m_media->newAlbum(m_alice, u"private"_s);
        const QString bobsAlbum = m_media->newAlbum(m_bob, u"public"_s);
        const QByteArray bytes = freshJpeg();
        const QString alicesMedia = m_media->uploadWhole(m_alice, bytes);
        const QString bobsMedia = m_media->uploadWhole(m_bob, freshJpeg());
        const QString upload = m_media->start(m_alice, freshJpeg()).json.value(u"uploadId"_s).toString();

        const auto put = [&](const QJsonObject &body) { return json().put(u"/api/v1/photos/"_s + kj::newItemId(), body, m_bob).status; };
        QCOMPARE(put(photoBody(u"mediaId"_s, bobsMedia, alicesAlbum, u"public"_s)), 403); // visible, not his
        QCOMPARE(put(photoBody(u"mediaId"_s, bobsMedia, hiddenAlbum, u"public"_s)), 404);
        QCOMPARE(put(photoBody(u"mediaId"_s, alicesMedia, bobsAlbum, u"public"_s)), 404); // knowing the id is not enough
        QCOMPARE(put(photoBody(u"uploadId"_s, upload, bobsAlbum, u"public"_s)), 404);
        QCOMPARE(put(photoBody(u"mediaId"_s, kj::newItemId(), bobsAlbum, u"public"_s)), 404);
        QCOMPARE(put(photoBody(u"mediaId"_s, bobsMedia, kj::newItemId(), u"public"_s)), 404);
        QJsonObject both = photoBody(u"mediaId"_s, bobsMedia, bobsAlbum, u"public"_s);
        both.insert(u"uploadId"_s, upload);
        QCOMPARE(put(both), 400);
        QCOMPARE(put(photoBody(u"mediaId"_s, bobsMedia, bobsAlbum, u"public"_s)), 201);
        // Someone else's photo id.
        const QString alicesPhoto = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/photos/"_s + alicesPhoto, photoBody(u"mediaId"_s, alicesMedia, alicesAlbum, u"friends"_s), m_alice).status, 201);
        QCOMPARE(json().put(u"/api/v1/photos/"_s + alicesPhoto, photoBody(u"mediaId"_s, bobsMedia, bobsAlbum, u"public"_s, u""_s, 1), m_bob).status, 403);
        QCOMPARE(json().put(u"/api/v1/photos/"_s + alicesPhoto, photoBody(u"mediaId"_s, bobsMedia, bobsAlbum, u"public"_s, u""_s, 1), m_carol).status, 404);
    }

    void theAlbumsAudienceAndThePhotosBothCount()
    {
        const QString friendsAlbum = m_media->newAlbum(m_alice, u"friends"_s);
        const QString privateAlbum = m_media->newAlbum(m_alice, u"private"_s);
        const QString media = m_media->uploadWhole(m_alice, freshJpeg());
        const QString open = m_media->newPhoto(m_alice, media, friendsAlbum, u"public"_s).json.value(u"photo"_s).toObject().value(u"id"_s).toString();
        const QString mine = m_media->newPhoto(m_alice, media, friendsAlbum, u"private"_s).json.value(u"photo"_s).toObject().value(u"id"_s).toString();
        const QString hidden = m_media->newPhoto(m_alice, media, privateAlbum, u"public"_s).json.value(u"photo"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!open.isEmpty() && !mine.isEmpty() && !hidden.isEmpty());

        QCOMPARE(photoIds(friendsAlbum, m_alice).size(), 2);
        QCOMPARE(photoIds(friendsAlbum, m_bob), QStringList{open});
        QCOMPARE(json().get(u"/api/v1/albums/"_s + friendsAlbum + u"/photos"_s, m_carol).status, 404);
        QCOMPARE(json().get(u"/api/v1/albums/"_s + friendsAlbum + u"/photos"_s).status, 404);
        QCOMPARE(json().get(u"/api/v1/albums/"_s + privateAlbum + u"/photos"_s, m_bob).status, 404);
        const TestReply listed = json().get(u"/api/v1/albums/"_s + friendsAlbum + u"/photos"_s, m_bob);
        QCOMPARE(listed.json.value(u"album"_s).toObject().value(u"id"_s).toString(), friendsAlbum);

        // Comments and likes go through the same audience: a public photo in a private album is hidden.
        QCOMPARE(json().send("PUT", u"/api/v1/items/photo/"_s + hidden + u"/like"_s, {}, {}, m_bob).status, 404);
        QVERIFY(json().send("PUT", u"/api/v1/items/photo/"_s + open + u"/like"_s, {}, {}, m_bob).status / 100 == 2);
    }

    void changesFollowTheAlbum()
    {
        const QString album = m_media->newAlbum(m_alice, u"friends"_s);
        const QString media = m_media->uploadWhole(m_alice, freshJpeg());
        const QString since = json().get(u"/api/v1/changes"_s, m_bob).json.value(u"cursor"_s).toString();
        const QString photo = m_media->newPhoto(m_alice, media, album, u"public"_s).json.value(u"photo"_s).toObject().value(u"id"_s).toString();
        TestReply changes = json().get(u"/api/v1/changes?since="_s + since, m_bob);
        QJsonArray list = changes.json.value(u"changes"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"kind"_s).toString(), u"photo"_s);
        QCOMPARE(list.first().toObject().value(u"op"_s).toString(), u"upsert"_s);

        // The album narrows: the photo (public itself) is withdrawn from the friend.
        const QString next = changes.json.value(u"cursor"_s).toString();
        QCOMPARE(json().put(u"/api/v1/albums/"_s + album, {{u"title"_s, u"相册"_s}, {u"visibility"_s, u"private"_s}, {u"baseRevision"_s, 1}}, m_alice).status, 200);
        list = json().get(u"/api/v1/changes?since="_s + next, m_bob).json.value(u"changes"_s).toArray();
        QStringList withdrawn;
        for (const QJsonValue &change : list) {
            if (change.toObject().value(u"op"_s).toString() == u"delete"_s)
                withdrawn.append(change.toObject().value(u"kind"_s).toString() + u':' + change.toObject().value(u"id"_s).toString());
        }
        QVERIFY2(withdrawn.contains(u"photo:"_s + photo), qPrintable(withdrawn.join(u' ')));
        QVERIFY(withdrawn.contains(u"album:"_s + album));
    }

    // Last: it ends the friendship the other tests use.
    void unfriendingWithdrawsFriendsOnlyAlbumsAndPhotos()
    {
        const QString album = m_media->newAlbum(m_alice, u"friends"_s);
        const QString publicAlbum = m_media->newAlbum(m_alice, u"public"_s);
        const QString media = m_media->uploadWhole(m_alice, freshJpeg());
        const auto photoIn = [&](const QString &in, const QString &visibility) {
            return m_media->newPhoto(m_alice, media, in, visibility).json.value(u"photo"_s).toObject().value(u"id"_s).toString();
        };
        const QString inFriendsAlbum = photoIn(album, u"public"_s);
        const QString friendsPhoto = photoIn(publicAlbum, u"friends"_s);
        const QString publicPhoto = photoIn(publicAlbum, u"public"_s);
        const QString since = json().get(u"/api/v1/changes"_s, m_bob).json.value(u"cursor"_s).toString();
        QCOMPARE(json().del(u"/api/v1/friends/bob"_s, m_alice).status, 204);
        QStringList withdrawn;
        for (const QJsonValue &change : json().get(u"/api/v1/changes?since="_s + since, m_bob).json.value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"op"_s).toString() == u"delete"_s)
                withdrawn.append(change.toObject().value(u"id"_s).toString());
        }
        QVERIFY(withdrawn.contains(album));
        QVERIFY(withdrawn.contains(inFriendsAlbum));
        QVERIFY(withdrawn.contains(friendsPhoto));
        QVERIFY(!withdrawn.contains(publicPhoto));
        QVERIFY(!withdrawn.contains(publicAlbum));
    }
};

QTEST_GUILESS_MAIN(TestPhotosApi)
#include "tst_photosapi.moc"
