// Tracks through the real server: uploads of kind "track" sniffed by content (WAV, MP3, FLAC, Ogg Opus,
// M4A made in the test), hostile and cut-off files refused with 415 while the server lives on, tags,
// duration and cover art read by TagLib, the defaults of title and artist, revisions and retries, other
// people's tracks, the audience matrix over get, list and media, the space's playlist, comments and likes
// on a track, tracks in /changes, and the "groups" audience (the writer's own groups, reads, lists, the
// feed, media, comments, likes, the playlist and /changes following it, the ids shown to the owner only).
#include "models/domain/ids.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QImage>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject trackBody(const QString &key, const QString &id, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(key, id);
    return body;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}
} // namespace

class TestTracksApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsEachFormat_data();
    void acceptsEachFormat();
    void coverArtBecomesRenditions();
    void refusesHostileFiles_data();
    void refusesHostileFiles();
    void limitsSizeAndQuota();
    void titleAndArtistDefaults();
    void revisionsRetriesAndTombstones();
    void othersTracksAndMedia();
    void audienceMatrix_data();
    void audienceMatrix();
    void listsNewestFirstInPages();
    void playlistHoldsOnlyTheOwnersLiveTracks();
    void commentsAndLikes();
    void changesCarryTracks();
    void friendsNewTracksInTheFeed();
    void groupsAudience();

private:
    //! Uploads bytes as a track; the last answer (PATCH, or POST when it refused or knew the bytes).
    TestReply upload(const QString &token, const QByteArray &bytes, const QString &filename)
    {
        const TestReply started = m_media->startRaw(token, bytes.size(), MediaClient::sha256(bytes), filename, u"track"_s);
        if (started.status != 201)
            return started;
        return m_media->patch(token, started.json.value(u"uploadId"_s).toString(), 0, bytes);
    }
    //! Uploads and makes a track of it; the track's JSON (empty on failure).
    QJsonObject newTrack(const QString &token, const QByteArray &bytes, const QString &visibility,
                         const QString &filename = u"song.wav"_s)
    {
        const TestReply uploaded = upload(token, bytes, filename);
        const QString media = uploaded.json.value(u"mediaId"_s).toString();
        if (media.isEmpty())
            return {};
        return withMedia(token, media, visibility);
    }
    QJsonObject withMedia(const QString &token, const QString &media, const QString &visibility)
    {
        const TestReply reply = m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(),
                                              trackBody(u"mediaId"_s, media, {{u"visibility"_s, visibility}}), token);
        return reply.status == 201 ? reply.json.value(u"track"_s).toObject() : QJsonObject();
    }
    //! A fresh WAV (each call a different length, so different bytes).
    QByteArray freshWav() { return AudioFixtures::wav(200 + m_fresh++); }
    static QByteArray cover(int width, int height)
    {
        return MediaClient::encoded(MediaClient::testImage(width, height), "jpeg");
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_carol; // bob is alice's friend; carol a stranger to both
    int m_fresh = 0;
};

void TestTracksApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_media = std::make_unique<MediaClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
}

void TestTracksApi::acceptsEachFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<qint64>("durationMs");

    QTest::newRow("wav") << AudioFixtures::wav(1500) << u"wav"_s << QByteArray("audio/wav") << qint64(1500);
    QTest::newRow("mp3") << AudioFixtures::mp3(100) << u"mp3"_s << QByteArray("audio/mpeg") << qint64(2612);
    QTest::newRow("flac") << AudioFixtures::flac(20) << u"flac"_s << QByteArray("audio/flac") << qint64(1857);
    QTest::newRow("opus") << AudioFixtures::opus(100) << u"opus"_s << QByteArray("audio/ogg") << qint64(1993);
    QTest::newRow("m4a") << AudioFixtures::m4a(3000) << u"m4a"_s << QByteArray("audio/mp4") << qint64(3000);
}

void TestTracksApi::acceptsEachFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QByteArray, mimeType);
    QFETCH(qint64, durationMs);
    const QByteArray file = AudioFixtures::tagged(bytes, format, {u"夜曲 "_s + format, u"周杰伦"_s, {}, "image/jpeg", false});
    QVERIFY(!file.isEmpty());

    // The name says nothing: the content is sniffed.
    const TestReply uploaded = upload(m_alice, file, u"no-extension"_s);
    QVERIFY2(uploaded.status == 200, uploaded.body.constData());
    const QString media = uploaded.json.value(u"mediaId"_s).toString();
    QVERIFY(kj::isValidItemId(media));

    const QString id = kj::newItemId();
    const TestReply created = m_client->put(u"/api/v1/tracks/"_s + id,
                                            trackBody(u"uploadId"_s, uploaded.json.value(u"uploadId"_s).toString()), m_alice);
    QCOMPARE(created.status, 201);
    const QJsonObject track = created.json.value(u"track"_s).toObject();
    QCOMPARE(track.value(u"kind"_s).toString(), u"track"_s);
    QCOMPARE(track.value(u"id"_s).toString(), id);
    QCOMPARE(track.value(u"mediaId"_s).toString(), media);
    QCOMPARE(track.value(u"title"_s).toString(), u"夜曲 "_s + format);
    QCOMPARE(track.value(u"artist"_s).toString(), u"周杰伦"_s);
    QCOMPARE(track.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(track.value(u"hasCover"_s), QJsonValue(false));
    QCOMPARE(track.value(u"owner"_s).toObject().value(u"username"_s).toString(), u"alice"_s);
    const qint64 measured = qint64(track.value(u"durationMs"_s).toDouble());
    QVERIFY2(qAbs(measured - durationMs) <= 30, qPrintable(u"duration %1 ms, expected about %2"_s.arg(measured).arg(durationMs)));

    // The audio comes back as it went in, with its type, without a size and as "original".
    for (const QString &query : {u""_s, u"?size=original"_s}) {
        const TestReply audio = m_client->get(u"/api/v1/media/"_s + media + query);
        QCOMPARE(audio.status, 200);
        QCOMPARE(audio.header("content-type"), mimeType);
        QCOMPARE(audio.body, file);
    }
    QCOMPARE(m_client->get(u"/api/v1/media/"_s + media + u"?size=thumb"_s).status, 404); // no cover art
}

void TestTracksApi::coverArtBecomesRenditions()
{
    for (const QString &format : {u"mp3"_s, u"flac"_s, u"opus"_s, u"m4a"_s, u"wav"_s}) {
        const QByteArray bare = format == u"mp3" ? AudioFixtures::mp3(40)
            : format == u"flac"                   ? AudioFixtures::flac(7)
            : format == u"opus"                   ? AudioFixtures::opus(33)
            : format == u"m4a"                    ? AudioFixtures::m4a(777)
                                                  : AudioFixtures::wav(333);
        const QByteArray file = AudioFixtures::tagged(bare, format, {u"Cover"_s, {}, cover(800, 600), "image/jpeg", false});
        QVERIFY2(!file.isEmpty(), qPrintable(format));
        const QJsonObject track = newTrack(m_alice, file, u"public"_s);
        QVERIFY2(!track.isEmpty(), qPrintable(format));
        QVERIFY2(track.value(u"hasCover"_s).toBool(), qPrintable(format));
        const QString media = track.value(u"mediaId"_s).toString();
        const TestReply thumb = m_client->get(u"/api/v1/media/"_s + media + u"?size=thumb"_s, m_carol);
        QCOMPARE(thumb.status, 200);
        QCOMPARE(thumb.header("content-type"), QByteArray("image/jpeg"));
        const QImage small = QImage::fromData(thumb.body, "JPEG");
        QCOMPARE(small.size(), QSize(256, 192));
        const QImage large = QImage::fromData(m_client->get(u"/api/v1/media/"_s + media + u"?size=large"_s).body, "JPEG");
        QCOMPARE(large.size(), QSize(800, 600));
    }
    // A cover that is no picture is dropped; the track is fine without it.
    const QByteArray broken = AudioFixtures::tagged(AudioFixtures::mp3(41), u"mp3"_s,
                                                    {u"Broken cover"_s, {}, QByteArray("not a picture at all"), "image/png", false});
    const QJsonObject track = newTrack(m_alice, broken, u"public"_s);
    QCOMPARE(track.value(u"title"_s).toString(), u"Broken cover"_s);
    QCOMPARE(track.value(u"hasCover"_s), QJsonValue(false));
}

void TestTracksApi::refusesHostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("filename");

    const QByteArray mp3 = AudioFixtures::mp3(60);
    const QByteArray withCover = AudioFixtures::tagged(mp3, u"mp3"_s, {u"t"_s, u"a"_s, cover(400, 400), "image/jpeg", false});
    QTest::newRow("text named .mp3") << QByteArray("just some text, not music\n").repeated(40) << u"song.mp3"_s;
    QTest::newRow("mp3 cut in a frame") << mp3.left(mp3.size() - 100) << u"cut.mp3"_s;
    QTest::newRow("mp3 cut in its tag") << withCover.left(withCover.size() / 3) << u"cut.mp3"_s;
    QTest::newRow("ID3 tag and nothing else") << withCover.left(withCover.size() - mp3.size()) << u"tag.mp3"_s;
    const QByteArray wav = AudioFixtures::wav(500);
    QTest::newRow("wav cut in its data") << wav.left(wav.size() - 7) << u"cut.wav"_s;
    const QByteArray flac = AudioFixtures::flac(5);
    QTest::newRow("flac without frames") << flac.left(42) << u"cut.flac"_s;
    QTest::newRow("flac cut in its metadata") << flac.left(30) << u"cut.flac"_s;
    const QByteArray opus = AudioFixtures::opus(50);
    QTest::newRow("opus cut in its last page") << opus.left(opus.size() - 3) << u"cut.opus"_s;
    QTest::newRow("opus without its last page") << AudioFixtures::opus(0).left(AudioFixtures::opus(0).size() - 27) << u"cut.opus"_s;
    const QByteArray m4a = AudioFixtures::m4a(1000);
    QTest::newRow("m4a cut") << m4a.left(m4a.size() - 10) << u"cut.m4a"_s;
    QTest::newRow("a photo as a track") << cover(64, 64) << u"photo.mp3"_s;
    QTest::newRow("ogg of another codec") << QByteArray("OggS\0\x02", 6) + QByteArray(22, '\0') + QByteArray("\x01theora", 7) << u"v.ogg"_s;
    QTest::newRow("zeros") << QByteArray(4096, '\0') << u"zeros.wav"_s;
    QTest::newRow("frame sync and noise") << QByteArray("\xFF\xFB\x90\xC4", 4) + QByteArray(1000, '\x55') << u"noise.mp3"_s;
}

void TestTracksApi::refusesHostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, filename);
    const TestReply started = m_media->startRaw(m_alice, bytes.size(), MediaClient::sha256(bytes), filename, u"track"_s);
    QCOMPARE(started.status, 201);
    const QString uploadId = started.json.value(u"uploadId"_s).toString();
    const TestReply done = m_media->patch(m_alice, uploadId, 0, bytes);
    QCOMPARE(done.status, 415);
    QCOMPARE(done.errorCode(), u"unsupported_media_type"_s);
    QVERIFY(!done.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    // The upload is discarded, nothing was stored, and the server is fine.
    QCOMPARE(m_media->head(m_alice, uploadId).status, 404);
    QCOMPARE(m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(), trackBody(u"uploadId"_s, uploadId), m_alice).status, 404);
    QCOMPARE(m_client->get(u"/healthz"_s).status, 200);
}

void TestTracksApi::limitsSizeAndQuota()
{
    const QString sha = MediaClient::sha256("x");
    QCOMPARE(m_media->startRaw(m_alice, 50 * 1024 * 1024 + 1, sha, u"long.flac"_s, u"track"_s).status, 413);
    QCOMPARE(m_media->startRaw(m_alice, 50 * 1024 * 1024, sha, u"long.flac"_s, u"track"_s).status, 201);

    TestServer small;
    small.setQuotaBytes(20000);
    QVERIFY(small.start().ok());
    JsonClient client(small.baseUrl());
    MediaClient media(small.baseUrl());
    const QString token = client.signUp(u"dave"_s);
    const QByteArray first = AudioFixtures::wav(1000); // 16,044 bytes
    const TestReply started = media.startRaw(token, first.size(), MediaClient::sha256(first), u"a.wav"_s, u"track"_s);
    QCOMPARE(started.status, 201);
    QCOMPARE(media.patch(token, started.json.value(u"uploadId"_s).toString(), 0, first).status, 200);
    const QByteArray second = AudioFixtures::wav(300);
    const TestReply refused = media.startRaw(token, second.size(), MediaClient::sha256(second), u"b.wav"_s, u"track"_s);
    QCOMPARE(refused.status, 413);
}

void TestTracksApi::titleAndArtistDefaults()
{
    // No tags: the file's name without its extension, no artist.
    const TestReply plain = upload(m_alice, freshWav(), u"C:\\Music\\晴天 (live).wav"_s);
    QCOMPARE(plain.status, 200);
    TestReply reply = m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(),
                                    trackBody(u"uploadId"_s, plain.json.value(u"uploadId"_s).toString()), m_alice);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"title"_s).toString(), u"晴天 (live)"_s);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"artist"_s).toString(), u""_s);

    // The caller's words win over the tags; a RIFF INFO title counts as a tag.
    const QByteArray info = AudioFixtures::tagged(freshWav(), u"wav"_s, {u"Info title"_s, u"Info artist"_s, {}, {}, true});
    const TestReply tagged = upload(m_alice, info, u"file.wav"_s);
    QCOMPARE(tagged.status, 200);
    const QString media = tagged.json.value(u"mediaId"_s).toString();
    reply = m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(), trackBody(u"mediaId"_s, media), m_alice);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"title"_s).toString(), u"Info title"_s);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"artist"_s).toString(), u"Info artist"_s);
    reply = m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(),
                          trackBody(u"mediaId"_s, media, {{u"title"_s, u"Mine"_s}, {u"artist"_s, u""_s}, {u"visibility"_s, u"friends"_s}}),
                          m_alice);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"title"_s).toString(), u"Mine"_s);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"artist"_s).toString(), u""_s);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"visibility"_s).toString(), u"friends"_s);

    // Bytes known by mediaId only, without tags or a name: still a title.
    const QString bare = upload(m_alice, freshWav(), {}).json.value(u"mediaId"_s).toString();
    QCOMPARE(withMedia(m_alice, bare, u"public"_s).value(u"title"_s).toString(), u"Untitled"_s);

    // Bad writes.
    const auto status = [&](const QJsonObject &body) { return m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(), body, m_alice).status; };
    QCOMPARE(status(trackBody(u"mediaId"_s, media, {{u"title"_s, u"  "_s}})), 400);
    QCOMPARE(status(trackBody(u"mediaId"_s, media, {{u"title"_s, QString(201, u'x')}})), 400);
    QCOMPARE(status(trackBody(u"mediaId"_s, media, {{u"visibility"_s, u"everyone"_s}})), 400);
    QCOMPARE(status(trackBody(u"mediaId"_s, media, {{u"color"_s, u"red"_s}})), 400);
    QCOMPARE(status(trackBody(u"mediaId"_s, media, {{u"uploadId"_s, kj::newItemId()}})), 400);
    QCOMPARE(status({{u"title"_s, u"no bytes"_s}}), 400);
    QCOMPARE(status(trackBody(u"mediaId"_s, u"../../etc/passwd"_s)), 400);
    QCOMPARE(m_client->put(u"/api/v1/tracks/not-a-uuid"_s, trackBody(u"mediaId"_s, media), m_alice).status, 400);
    QCOMPARE(m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(), trackBody(u"mediaId"_s, media)).status, 401);
    // A photo's media is no track.
    const QString photo = m_media->uploadWhole(m_alice, cover(50, 40));
    QVERIFY(!photo.isEmpty());
    QCOMPARE(status(trackBody(u"mediaId"_s, photo)), 400);
}

void TestTracksApi::revisionsRetriesAndTombstones()
{
    const TestReply uploaded = upload(m_alice, freshWav(), u"rev.wav"_s);
    const QString uploadId = uploaded.json.value(u"uploadId"_s).toString();
    const QString media = uploaded.json.value(u"mediaId"_s).toString();
    const QString id = kj::newItemId();
    const QString path = u"/api/v1/tracks/"_s + id;
    QCOMPARE(m_client->put(path, trackBody(u"uploadId"_s, uploadId), m_alice).status, 201);
    // A retry of the same write (its answer lost) is answered again, without a new revision.
    TestReply reply = m_client->put(path, trackBody(u"uploadId"_s, uploadId), m_alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"revision"_s).toInt(), 1);
    reply = m_client->put(path, trackBody(u"mediaId"_s, media, {{u"title"_s, u"Renamed"_s}, {u"baseRevision"_s, 1}}), m_alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"revision"_s).toInt(), 2);
    reply = m_client->put(path, trackBody(u"mediaId"_s, media, {{u"title"_s, u"Stale"_s}, {u"baseRevision"_s, 1}}), m_alice);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json.value(u"current"_s).toObject().value(u"title"_s).toString(), u"Renamed"_s);
    QCOMPARE(m_client->get(path).json.value(u"track"_s).toObject().value(u"title"_s).toString(), u"Renamed"_s);

    QCOMPARE(m_client->del(path, m_alice).status, 204);
    QCOMPARE(m_client->del(path, m_alice).status, 204);
    QCOMPARE(m_client->get(path, m_alice).status, 404);
    reply = m_client->put(path, trackBody(u"mediaId"_s, media, {{u"baseRevision"_s, 2}}), m_alice);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json.value(u"current"_s).toObject().value(u"deleted"_s), QJsonValue(true));
    reply = m_client->put(path, trackBody(u"mediaId"_s, media, {{u"baseRevision"_s, 3}}), m_alice);
    QCOMPARE(reply.status, 200); // restored from the tombstone's revision
    QCOMPARE(reply.json.value(u"track"_s).toObject().value(u"revision"_s).toInt(), 4);
}

void TestTracksApi::othersTracksAndMedia()
{
    const QJsonObject open = newTrack(m_alice, freshWav(), u"public"_s);
    const QJsonObject hidden = newTrack(m_alice, freshWav(), u"private"_s);
    QVERIFY(!open.isEmpty() && !hidden.isEmpty());
    const QString bobsMedia = upload(m_bob, freshWav(), u"b.wav"_s).json.value(u"mediaId"_s).toString();
    const auto put = [&](const QJsonObject &track, const QJsonObject &body) {
        return m_client->put(u"/api/v1/tracks/"_s + track.value(u"id"_s).toString(), body, m_bob).status;
    };
    QCOMPARE(put(open, trackBody(u"mediaId"_s, bobsMedia, {{u"baseRevision"_s, 1}})), 403); // visible, not his
    QCOMPARE(put(hidden, trackBody(u"mediaId"_s, bobsMedia, {{u"baseRevision"_s, 1}})), 404);
    QCOMPARE(m_client->del(u"/api/v1/tracks/"_s + open.value(u"id"_s).toString(), m_bob).status, 403);
    QCOMPARE(m_client->del(u"/api/v1/tracks/"_s + hidden.value(u"id"_s).toString(), m_bob).status, 404);
    // Knowing a media id is not having uploaded it.
    QCOMPARE(m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(), trackBody(u"mediaId"_s, open.value(u"mediaId"_s).toString()), m_bob).status, 404);
    QCOMPARE(m_client->put(u"/api/v1/tracks/"_s + kj::newItemId(), trackBody(u"mediaId"_s, kj::newItemId()), m_bob).status, 404);
    // Track bytes are no photo, and photo bytes no track, even for their uploader.
    const QByteArray wav = freshWav();
    const QString wavMedia = upload(m_bob, wav, u"w.wav"_s).json.value(u"mediaId"_s).toString();
    QVERIFY(!wavMedia.isEmpty());
    QCOMPARE(m_media->start(m_bob, wav, u"w.jpg"_s).status, 415);
    const QString album = m_media->newAlbum(m_bob, u"public"_s);
    QCOMPARE(m_media->newPhoto(m_bob, wavMedia, album, u"public"_s).status / 100 == 2, false);
}

void TestTracksApi::audienceMatrix_data()
{
    QTest::addColumn<QString>("visibility");
    QTest::addColumn<QString>("viewer");
    QTest::addColumn<bool>("sees");
    const QList<std::pair<QString, QList<bool>>> rows{{u"public"_s, {true, true, true, true}},
                                                      {u"friends"_s, {true, true, false, false}},
                                                      {u"private"_s, {true, false, false, false}}};
    const QStringList viewers{u"owner"_s, u"friend"_s, u"stranger"_s, u"anonymous"_s};
    for (const auto &[visibility, sees] : rows) {
        for (int i = 0; i < viewers.size(); ++i)
            QTest::addRow("%s by %s", qPrintable(visibility), qPrintable(viewers.at(i))) << visibility << viewers.at(i) << sees.at(i);
    }
}

void TestTracksApi::audienceMatrix()
{
    QFETCH(QString, visibility);
    QFETCH(QString, viewer);
    QFETCH(bool, sees);
    const QString token = viewer == u"owner" ? m_alice : viewer == u"friend" ? m_bob : viewer == u"stranger" ? m_carol : QString();
    // Each track its own bytes, so the media is shown by this track alone.
    const QByteArray file = AudioFixtures::tagged(freshWav(), u"wav"_s, {u"Matrix"_s, {}, cover(40, 30), "image/jpeg", false});
    const QJsonObject track = newTrack(m_alice, file, visibility);
    QVERIFY(!track.isEmpty());
    const QString id = track.value(u"id"_s).toString();
    const QString media = track.value(u"mediaId"_s).toString();

    QCOMPARE(m_client->get(u"/api/v1/tracks/"_s + id, token).status, sees ? 200 : 404);
    const QStringList listed = idsOf(m_client->get(u"/api/v1/users/alice/tracks?limit=100"_s, token).json.value(u"items"_s).toArray());
    QCOMPARE(listed.contains(id), sees);
    for (const QString &size : {u"original"_s, u"thumb"_s, u"large"_s})
        QCOMPARE(m_client->get(u"/api/v1/media/"_s + media + u"?size="_s + size, token).status, sees ? 200 : 404);
    // Comments and likes ask the same rule.
    if (!token.isEmpty()) {
        const int liked = m_client->send("PUT", u"/api/v1/items/track/"_s + id + u"/like"_s, {}, {}, token).status;
        QCOMPARE(liked / 100 == 2, sees);
    }
    // A deleted track takes its media with it from everyone but its uploader.
    QCOMPARE(m_client->del(u"/api/v1/tracks/"_s + id, m_alice).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/media/"_s + media, token).status, viewer == u"owner" ? 200 : 404);
}

void TestTracksApi::listsNewestFirstInPages()
{
    const QString token = m_client->signUp(u"erin"_s);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject track = newTrack(token, freshWav(), u"public"_s);
        QVERIFY(!track.isEmpty());
        made.prepend(track.value(u"id"_s).toString());
        QTest::qWait(2); // each track in its own millisecond: ties are ordered by id, not by creation
    }
    QStringList seen;
    QString cursor;
    do {
        const TestReply page = m_client->get(u"/api/v1/users/erin/tracks?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue &item : items) {
            QCOMPARE(item.toObject().value(u"likeCount"_s).toInt(), 0);
            QCOMPARE(item.toObject().value(u"likedByMe"_s), QJsonValue(false));
        }
        seen += idsOf(items);
        cursor = page.json.value(u"nextCursor"_s).toString();
    } while (!cursor.isEmpty());
    // Tracks made within one millisecond sort by id; compare as sets ordered by the server's own order.
    QCOMPARE(seen.size(), made.size());
    for (const QString &id : made)
        QVERIFY(seen.contains(id));
    QCOMPARE(m_client->get(u"/api/v1/users/nobody_here/tracks"_s).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/users/erin/tracks?cursor=%%%"_s).status, 400);
}

void TestTracksApi::playlistHoldsOnlyTheOwnersLiveTracks()
{
    const QString token = m_client->signUp(u"deejay"_s);
    const QString other = m_client->signUp(u"other_dj"_s);
    const QJsonObject first = newTrack(token, freshWav(), u"public"_s);
    const QJsonObject second = newTrack(token, freshWav(), u"private"_s);
    const QJsonObject gone = newTrack(token, freshWav(), u"public"_s);
    const QJsonObject theirs = newTrack(other, freshWav(), u"public"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !gone.isEmpty() && !theirs.isEmpty());
    QCOMPARE(m_client->del(u"/api/v1/tracks/"_s + gone.value(u"id"_s).toString(), token).status, 204);

    const auto music = [](const QStringList &ids) {
        return QJsonObject{{u"music"_s, QJsonObject{{u"trackIds"_s, QJsonArray::fromStringList(ids)}, {u"autoplay"_s, true}, {u"shuffle"_s, true}}}};
    };
    const QString firstId = first.value(u"id"_s).toString(), secondId = second.value(u"id"_s).toString();
    for (const QString &wrong : {theirs.value(u"id"_s).toString(), gone.value(u"id"_s).toString(), kj::newItemId()}) {
        const TestReply refused = m_client->put(u"/api/v1/me/space"_s, music({firstId, wrong}), token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"invalid_field"_s);
        QVERIFY(refused.body.contains(wrong.toLatin1()));
    }
    TestReply reply = m_client->put(u"/api/v1/me/space"_s, music({secondId, firstId}), token);
    QCOMPARE(reply.status, 200);
    // The owner hears the whole playlist in order; a visitor only the tracks they may see.
    const QJsonObject mine = m_client->get(u"/api/v1/me/space"_s, token).json.value(u"space"_s).toObject().value(u"music"_s).toObject();
    QCOMPARE(mine.value(u"trackIds"_s).toArray(), QJsonArray({secondId, firstId}));
    QCOMPARE(mine.value(u"autoplay"_s), QJsonValue(true));
    QCOMPARE(mine.value(u"shuffle"_s), QJsonValue(true));
    const QJsonObject visited = m_client->get(u"/api/v1/users/deejay"_s).json.value(u"space"_s).toObject().value(u"music"_s).toObject();
    QCOMPARE(visited.value(u"trackIds"_s).toArray(), QJsonArray({firstId}));
    QCOMPARE(m_client->get(u"/api/v1/users/deejay"_s, token).json.value(u"space"_s).toObject().value(u"music"_s).toObject()
                 .value(u"trackIds"_s).toArray().size(), 2);
    // A deleted track leaves the playlist.
    QCOMPARE(m_client->del(u"/api/v1/tracks/"_s + secondId, token).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/me/space"_s, token).json.value(u"space"_s).toObject().value(u"music"_s).toObject()
                 .value(u"trackIds"_s).toArray(), QJsonArray({firstId}));
}

void TestTracksApi::commentsAndLikes()
{
    const QJsonObject track = newTrack(m_alice, freshWav(), u"friends"_s);
    const QString id = track.value(u"id"_s).toString();
    const QString comments = u"/api/v1/items/track/"_s + id + u"/comments"_s;
    QCOMPARE(m_client->post(comments, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"好听"_s}}, m_bob).status, 201);
    QCOMPARE(m_client->post(comments, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"spam"_s}}, m_carol).status, 404);
    QCOMPARE(m_client->get(comments, m_carol).status, 404);
    QCOMPARE(m_client->get(comments, m_alice).json.value(u"items"_s).toArray().size(), 1);
    QVERIFY(m_client->send("PUT", u"/api/v1/items/track/"_s + id + u"/like"_s, {}, {}, m_bob).status / 100 == 2);
    const QJsonObject seen = m_client->get(u"/api/v1/tracks/"_s + id, m_bob).json.value(u"track"_s).toObject();
    QCOMPARE(seen.value(u"likeCount"_s).toInt(), 1);
    QCOMPARE(seen.value(u"commentCount"_s).toInt(), 1);
    QCOMPARE(seen.value(u"likedByMe"_s), QJsonValue(true));
    // They go with the track.
    QCOMPARE(m_client->del(u"/api/v1/tracks/"_s + id, m_alice).status, 204);
    QCOMPARE(m_client->get(comments, m_alice).status, 404);
}

void TestTracksApi::changesCarryTracks()
{
    const QString since = m_client->get(u"/api/v1/changes"_s, m_bob).json.value(u"cursor"_s).toString();
    const QJsonObject track = newTrack(m_alice, freshWav(), u"friends"_s);
    const QString id = track.value(u"id"_s).toString();
    const auto changesOf = [&](const QString &token) {
        QList<QJsonObject> found;
        for (const QJsonValue &change : m_client->get(u"/api/v1/changes?since="_s + since, token).json.value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"id"_s).toString() == id)
                found.append(change.toObject());
        }
        return found;
    };
    QList<QJsonObject> seen = changesOf(m_bob);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().value(u"kind"_s).toString(), u"track"_s);
    QCOMPARE(seen.first().value(u"op"_s).toString(), u"upsert"_s);
    QCOMPARE(changesOf(m_carol).size(), 0);
    // Narrowed to private: withdrawn from the friend.
    QCOMPARE(m_client->put(u"/api/v1/tracks/"_s + id,
                           trackBody(u"mediaId"_s, track.value(u"mediaId"_s).toString(), {{u"visibility"_s, u"private"_s}, {u"baseRevision"_s, 1}}),
                           m_alice).status, 200);
    seen = changesOf(m_bob);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().value(u"op"_s).toString(), u"delete"_s);
}

void TestTracksApi::friendsNewTracksInTheFeed()
{
    const QJsonObject shared = newTrack(m_alice, freshWav(), u"friends"_s);
    const QJsonObject hidden = newTrack(m_alice, freshWav(), u"private"_s);
    QVERIFY(!shared.isEmpty() && !hidden.isEmpty());
    QVERIFY(m_client->send("PUT", u"/api/v1/items/track/"_s + shared.value(u"id"_s).toString() + u"/like"_s, {}, {}, m_bob).status / 100 == 2);
    const auto feedOf = [&](const QString &token) {
        QHash<QString, QJsonObject> items;
        for (const QJsonValue &item : m_client->get(u"/api/v1/feed?limit=100"_s, token).json.value(u"items"_s).toArray())
            items.insert(item.toObject().value(u"id"_s).toString(), item.toObject());
        return items;
    };
    const QHash<QString, QJsonObject> bobs = feedOf(m_bob);
    const QJsonObject item = bobs.value(shared.value(u"id"_s).toString());
    QCOMPARE(item.value(u"kind"_s).toString(), u"track"_s);
    QCOMPARE(item.value(u"title"_s).toString(), shared.value(u"title"_s).toString());
    QCOMPARE(item.value(u"likeCount"_s).toInt(), 1);
    QCOMPARE(item.value(u"likedByMe"_s), QJsonValue(true));
    QVERIFY(!bobs.contains(hidden.value(u"id"_s).toString()));
    QVERIFY(feedOf(m_alice).contains(hidden.value(u"id"_s).toString()));
    QVERIFY(!feedOf(m_carol).contains(shared.value(u"id"_s).toString()));
}

void TestTracksApi::groupsAudience()
{
    // alice's group "乐迷" holds bob; dave is her friend outside it; carol a stranger.
    const QString dave = m_client->signUp(u"dave"_s);
    QVERIFY(m_client->befriend(m_alice, u"dave"_s, dave));
    const QString fans = kj::newItemId(), others = kj::newItemId(), carols = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/me/groups/"_s + fans, {{u"name"_s, u"乐迷"_s}, {u"members"_s, QJsonArray{u"bob"_s}}}, m_alice).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/me/groups/"_s + others, {{u"name"_s, u"同事"_s}, {u"members"_s, QJsonArray{u"dave"_s}}}, m_alice).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/me/groups/"_s + carols, {{u"name"_s, u"mine"_s}, {u"members"_s, QJsonArray{}}}, m_carol).status, 201);
    const QString media = upload(m_alice, freshWav(), u"fans.wav"_s).json.value(u"mediaId"_s).toString();
    QVERIFY(kj::isValidItemId(media));
    const auto audience = [&](const QStringList &groups, const QJsonObject &extra = {}) {
        QJsonObject body = trackBody(u"mediaId"_s, media, extra);
        body.insert(u"visibility"_s, u"groups"_s);
        body.insert(u"groups"_s, QJsonArray::fromStringList(groups));
        return body;
    };

    // Only the writer's own groups, and at least one.
    const QString id = kj::newItemId();
    const QString path = u"/api/v1/tracks/"_s + id;
    for (const QStringList &wrong : {QStringList{carols}, QStringList{kj::newItemId()}, QStringList{fans, carols}, QStringList{}}) {
        const TestReply refused = m_client->put(path, audience(wrong), m_alice);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"invalid_field"_s);
    }
    QCOMPARE(m_client->get(path, m_alice).status, 404); // nothing was stored

    const TestReply created = m_client->put(path, audience({fans}), m_alice);
    QCOMPARE(created.status, 201);
    QJsonObject track = created.json.value(u"track"_s).toObject();
    QCOMPARE(track.value(u"visibility"_s).toString(), u"groups"_s);
    QCOMPARE(track.value(u"groups"_s).toArray(), QJsonArray{fans});
    QCOMPARE(m_client->put(path, audience({fans}), m_alice).status, 200);                 // a retry
    QCOMPARE(m_client->put(path, audience({fans, others}), m_alice).status, 409);         // not a retry

    // Reads follow the audience; the group ids are the owner's alone.
    QCOMPARE(m_client->get(path, m_alice).json.value(u"track"_s).toObject().value(u"groups"_s).toArray(), QJsonArray{fans});
    const TestReply heard = m_client->get(path, m_bob);
    QCOMPARE(heard.status, 200);
    QCOMPARE(heard.json.value(u"track"_s).toObject().value(u"visibility"_s).toString(), u"groups"_s);
    QVERIFY(!heard.json.value(u"track"_s).toObject().contains(u"groups"_s));
    for (const QString &token : {dave, m_carol, QString()})
        QCOMPARE(m_client->get(path, token).status, 404);
    const auto listed = [&](const QString &token) {
        return idsOf(m_client->get(u"/api/v1/users/alice/tracks?limit=100"_s, token).json.value(u"items"_s).toArray()).contains(id);
    };
    QVERIFY(listed(m_alice) && listed(m_bob) && !listed(dave) && !listed(m_carol));
    QVERIFY(!m_client->get(u"/api/v1/users/alice/tracks?limit=100"_s, m_bob).body.contains(fans.toLatin1()));
    const auto inFeed = [&](const QString &token) {
        return idsOf(m_client->get(u"/api/v1/feed?limit=100"_s, token).json.value(u"items"_s).toArray()).contains(id);
    };
    QVERIFY(inFeed(m_alice) && inFeed(m_bob) && !inFeed(dave));
    QVERIFY(!m_client->get(u"/api/v1/feed?limit=100"_s, m_bob).body.contains(fans.toLatin1()));
    QCOMPARE(m_media->getMedia(m_bob, media, u"original"_s).status, 200);
    QCOMPARE(m_media->getMedia(dave, media, u"original"_s).status, 404);
    const QString comments = u"/api/v1/items/track/"_s + id + u"/comments"_s;
    QCOMPARE(m_client->post(comments, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"好听"_s}}, m_bob).status, 201);
    QCOMPARE(m_client->post(comments, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"?"_s}}, dave).status, 404);
    QCOMPARE(m_client->put(u"/api/v1/items/track/"_s + id + u"/like"_s, {}, dave).status, 404);
    QCOMPARE(m_client->put(u"/api/v1/items/track/"_s + id + u"/like"_s, {}, m_bob).status, 200);
    // The playlist plays it to the group only.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"music"_s, QJsonObject{{u"trackIds"_s, QJsonArray{id}}}}}, m_alice).status, 200);
    const auto playlist = [&](const QString &token) {
        return m_client->get(u"/api/v1/users/alice"_s, token).json.value(u"space"_s).toObject().value(u"music"_s).toObject()
            .value(u"trackIds"_s).toArray();
    };
    QCOMPARE(playlist(m_bob), QJsonArray{id});
    QCOMPARE(playlist(dave), QJsonArray{});

    // Moved to the other group: bob's /changes withdraws it, dave's brings it.
    const auto cursorOf = [&](const QString &token) {
        return m_client->get(u"/api/v1/changes"_s, token).json.value(u"cursor"_s).toString();
    };
    const QString bobSince = cursorOf(m_bob), daveSince = cursorOf(dave);
    const auto opOf = [&](const QString &token, const QString &since) {
        QString op;
        for (const QJsonValue &change : m_client->get(u"/api/v1/changes?since="_s + since, token).json.value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"id"_s).toString() == id)
                op = change.toObject().value(u"op"_s).toString();
        }
        return op;
    };
    const TestReply moved = m_client->put(path, audience({others}, {{u"baseRevision"_s, 1}}), m_alice);
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json.value(u"track"_s).toObject().value(u"groups"_s).toArray(), QJsonArray{others});
    QCOMPARE(opOf(m_bob, bobSince), u"delete"_s);
    QCOMPARE(opOf(dave, daveSince), u"upsert"_s);
    QCOMPARE(m_client->get(path, m_bob).status, 404);
    QCOMPARE(m_client->get(path, dave).status, 200);
    QCOMPARE(playlist(dave), QJsonArray{id});
    // Members who join hear the group's tracks; deleting the track withdraws it from them.
    const QString daveAgain = cursorOf(dave);
    QCOMPARE(m_client->del(path, m_alice).status, 204);
    QCOMPARE(opOf(dave, daveAgain), u"delete"_s);
}

QTEST_GUILESS_MAIN(TestTracksApi)
#include "tst_tracksapi.moc"
