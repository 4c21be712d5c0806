// Photos in the friends' feed through the real server: one entry per upload batch, holding the photos of
// the batch the viewer may see, with its reactions, paged together with diaries and 说说.
#include "models/domain/ids.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedPhotos : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_carol; // alice and bob are friends, carol is nobody's
    int m_seed = 0;

    JsonClient &json() { return m_media->json(); }

    // A new photo of a fresh image in the album; its id.
    QString addPhoto(const QString &album, const QString &visibility)
    {
        ++m_seed;
        const QByteArray bytes = MediaClient::encoded(MediaClient::testImage(64 + m_seed, 48), "png");
        const QString media = m_media->uploadWhole(m_alice, bytes);
        const TestReply reply = m_media->newPhoto(m_alice, media, album, visibility, u"照片 %1"_s.arg(m_seed));
        if (reply.status != 201)
            qWarning() << "could not add a photo" << reply.status << reply.body;
        return reply.json.value(u"photo"_s).toObject().value(u"id"_s).toString();
    }

    QJsonArray feed(const QString &token, const QString &query = u"limit=100"_s)
    {
        return json().get(u"/api/v1/feed?"_s + query, token).json.value(u"items"_s).toArray();
    }

    // The photo entries of a feed, by their first photo's id.
    static QHash<QString, QJsonObject> batches(const QJsonArray &items)
    {
        QHash<QString, QJsonObject> found;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (item.value(u"kind"_s).toString() == u"photo"_s)
                found.insert(item.value(u"id"_s).toString(), item);
        }
        return found;
    }

    static QStringList photoIdsOf(const QJsonObject &entry)
    {
        QStringList ids;
        for (const QJsonValue &photo : entry.value(u"batch"_s).toObject().value(u"photos"_s).toArray())
            ids.append(photo.toObject().value(u"id"_s).toString());
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

    void photosUploadedTogetherAreOneEntry()
    {
        const QString trip = m_media->newAlbum(m_alice, u"public"_s, u"旅行"_s);
        const QString home = m_media->newAlbum(m_alice, u"friends"_s, u"家"_s);
        const QString first = addPhoto(trip, u"public"_s);
        const QString hidden = addPhoto(trip, u"private"_s);
        const QString third = addPhoto(trip, u"friends"_s);
        const QString atHome = addPhoto(home, u"public"_s);
        const QString fourth = addPhoto(trip, u"public"_s); // still the trip's batch: same album, minutes apart
        QVERIFY(!first.isEmpty() && !hidden.isEmpty() && !third.isEmpty() && !atHome.isEmpty() && !fourth.isEmpty());

        // The owner sees every photo of both batches, oldest first within a batch.
        QHash<QString, QJsonObject> own = batches(feed(m_alice));
        QCOMPARE(own.size(), 2);
        QCOMPARE(photoIdsOf(own.value(first)), (QStringList{first, hidden, third, fourth}));
        QCOMPARE(own.value(first).value(u"batch"_s).toObject().value(u"photoCount"_s).toInt(), 4);
        QCOMPARE(photoIdsOf(own.value(atHome)), QStringList{atHome});

        // A friend sees the batch without the private photo; the entry is its first photo.
        const QJsonArray friendFeed = feed(m_bob);
        QHash<QString, QJsonObject> seen = batches(friendFeed);
        QCOMPARE(seen.size(), 2);
        const QJsonObject entry = seen.value(first);
        QCOMPARE(entry.value(u"id"_s).toString(), first);
        QCOMPARE(entry.value(u"albumId"_s).toString(), trip);
        QCOMPARE(photoIdsOf(entry), (QStringList{first, third, fourth}));
        QCOMPARE(entry.value(u"batch"_s).toObject().value(u"photoCount"_s).toInt(), 3);
        QVERIFY(!QJsonDocument(friendFeed).toJson().contains(hidden.toLatin1()));
        // The batch that grew last is the newest entry.
        QCOMPARE(friendFeed.first().toObject().value(u"id"_s).toString(), first);
        // A batch's id is its own, naming no photo (so none the viewer may not see).
        const QString batchId = entry.value(u"batch"_s).toObject().value(u"id"_s).toString();
        QVERIFY(kj::isValidItemId(batchId));
        QCOMPARE(own.value(first).value(u"batch"_s).toObject().value(u"id"_s).toString(), batchId);
        QVERIFY(batchId != first && batchId != hidden);

        // A stranger's feed carries nobody's photos.
        QVERIFY(batches(feed(m_carol)).isEmpty());

        // Closing the album takes its batch out of the friend's feed at once.
        QCOMPARE(json().put(u"/api/v1/albums/"_s + home,
                            {{u"title"_s, u"家"_s}, {u"description"_s, u""_s}, {u"visibility"_s, u"private"_s}, {u"baseRevision"_s, 1}},
                            m_alice).status, 200);
        seen = batches(feed(m_bob));
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.contains(first));
    }

    void aBatchWhoseFirstPhotoIsHiddenShowsTheNextOne()
    {
        const QString album = m_media->newAlbum(m_alice, u"public"_s, u"私密开头"_s);
        const QString secret = addPhoto(album, u"private"_s);
        const QString shown = addPhoto(album, u"public"_s);
        const QJsonArray friendFeed = feed(m_bob);
        const QHash<QString, QJsonObject> seen = batches(friendFeed);
        QVERIFY(seen.contains(shown));
        QCOMPARE(photoIdsOf(seen.value(shown)), QStringList{shown});
        QVERIFY(!QJsonDocument(friendFeed).toJson().contains(secret.toLatin1()));
        QCOMPARE(photoIdsOf(batches(feed(m_alice)).value(secret)), (QStringList{secret, shown}));
    }

    void entriesCarryTheirReactions()
    {
        const QString album = m_media->newAlbum(m_alice, u"public"_s, u"点赞"_s);
        const QString photo = addPhoto(album, u"public"_s);
        QCOMPARE(json().put(u"/api/v1/items/photo/"_s + photo + u"/like"_s, {}, m_bob).status, 200);
        const QJsonObject entry = batches(feed(m_bob)).value(photo);
        QCOMPARE(entry.value(u"likeCount"_s).toInt(), 1);
        QCOMPARE(entry.value(u"likedByMe"_s).toBool(), true);
        QCOMPARE(batches(feed(m_alice)).value(photo).value(u"likedByMe"_s).toBool(), false);
    }

    void pagesThroughEveryKindWithoutGapsOrRepeats()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(json().put(u"/api/v1/diaries/"_s + kj::newItemId(),
                                JsonClient::diaryWrite(u"日记 %1"_s.arg(i), u"body"_s, u"friends"_s), m_alice).status, 201);
            QCOMPARE(json().put(u"/api/v1/posts/"_s + kj::newItemId(),
                                {{u"text"_s, u"说说 %1"_s.arg(i)}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"friends"_s}},
                                m_alice).status, 201);
        }
        const QJsonArray whole = feed(m_bob);
        QStringList expected;
        for (const QJsonValue &item : whole)
            expected.append(item.toObject().value(u"kind"_s).toString() + u':' + item.toObject().value(u"id"_s).toString());
        QCOMPARE(expected.size(), 9); // three diaries, three 说说, three batches

        QStringList paged;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            const TestReply reply = json().get(u"/api/v1/feed?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), m_bob);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &item : reply.json.value(u"items"_s).toArray())
                paged.append(item.toObject().value(u"kind"_s).toString() + u':' + item.toObject().value(u"id"_s).toString());
            cursor = reply.json.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(paged, expected);
    }
};

QTEST_GUILESS_MAIN(TestFeedPhotos)
#include "tst_feedphotos.moc"
