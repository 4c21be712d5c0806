// Space settings (decoration) through the real server: GET|PUT /me/space and "space" in the profile.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSpaceApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsWithDefaults();
    void ownerDecorates();
    void visitorsSeeTheSpaceButNotHideMyVisits();
    void putReplacesTheWhole();
    void badBodiesChangeNothing_data();
    void badBodiesChangeNothing();
    void needsSignIn();
    void imagesMustBeTheOwnersPhotos();
    void everyoneSeesASpacesImages();
    void cleanupTestCase();

private:
    QString user(const QString &name)
    {
        const QString token = m_client->signUp(name);
        if (token.isEmpty())
            qWarning() << "could not sign up" << name;
        return token;
    }
    QJsonObject mySpace(const QString &token) { return m_client->get(u"/api/v1/me/space"_s, token).json.value(u"space"_s).toObject(); }
    static QJsonValue orNull(const QString &id) { return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id); }
    static QJsonObject decoration(const QString &track, const QString &avatar = {}, const QString &background = {})
    {
        return {{u"title"_s, u"Alice 的空间"_s},
                {u"motto"_s, u"慢慢来"_s},
                {u"avatarMediaId"_s, orNull(avatar)},
                {u"coverMediaId"_s, QJsonValue::Null},
                {u"skin"_s, u"sakura"_s},
                {u"colors"_s, QJsonObject{{u"accent"_s, u"#c8553d"_s}, {u"background"_s, u"#fdf6ec"_s}}},
                {u"backgroundMediaId"_s, orNull(background)},
                {u"modules"_s, QJsonArray{u"profile"_s, u"guestbook"_s, u"posts"_s}},
                {u"music"_s, QJsonObject{{u"trackIds"_s, QJsonArray{track}}, {u"autoplay"_s, true}, {u"shuffle"_s, false}}},
                {u"hideMyVisits"_s, true}};
    }

    //! Stored bytes of `kind` that `username` uploaded, as the media slice records them; the media id.
    QString storedMedia(const QString &username, const QString &kind = u"photo"_s)
    {
        const QString id = kj::newItemId();
        QSqlQuery insert(QSqlDatabase::database(u"inspect"_s));
        insert.prepare(u"INSERT INTO media (id, sha256, size, kind, mime_type, width, height, created_ms) "
                       "VALUES (?, ?, 100, ?, 'image/png', 10, 10, 0)"_s);
        insert.addBindValue(id);
        insert.addBindValue(id); // unique content
        insert.addBindValue(kind);
        if (!insert.exec())
            return {};
        QSqlQuery grant(QSqlDatabase::database(u"inspect"_s));
        grant.prepare(u"INSERT INTO media_grants (media_id, user_id, created_ms) SELECT ?, id, 0 FROM users WHERE username = ?"_s);
        grant.addBindValue(id);
        grant.addBindValue(username);
        return grant.exec() && grant.numRowsAffected() == 1 ? id : QString();
    }

    //! A live public track of `username`'s, as the music slice stores it (a playlist holds only the
    //! owner's own tracks); the track id.
    QString storedTrack(const QString &username)
    {
        const QString media = storedMedia(username, u"track"_s);
        const QString id = kj::newItemId();
        QSqlQuery insert(QSqlDatabase::database(u"inspect"_s));
        insert.prepare(u"INSERT INTO tracks (id, owner_id, media_id, title, artist, visibility, revision, created_ms, "
                       "updated_ms) SELECT ?, id, ?, 'Song', '', 'public', 1, 0, 0 FROM users WHERE username = ?"_s);
        insert.addBindValue(id);
        insert.addBindValue(media);
        insert.addBindValue(username);
        return !media.isEmpty() && insert.exec() && insert.numRowsAffected() == 1 ? id : QString();
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_careful; // whose decoration the bad bodies try to change
};

void TestSpaceApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    QSqlDatabase db = m_server.openInspection(u"inspect"_s);
    QVERIFY(db.isOpen());
    m_careful = user(u"careful"_s);
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, decoration(storedTrack(u"careful"_s)), m_careful).status, 200);
}

void TestSpaceApi::startsWithDefaults()
{
    const QString token = user(u"fresh"_s);
    const TestReply reply = m_client->get(u"/api/v1/me/space"_s, token);
    QCOMPARE(reply.status, 200);
    const QJsonObject space = reply.json.value(u"space"_s).toObject();
    QCOMPARE(space.value(u"title"_s).toString(), u""_s);
    QCOMPARE(space.value(u"skin"_s).toString(), u"classic"_s);
    QCOMPARE(space.value(u"modules"_s).toArray().size(), 7);
    QCOMPARE(space.value(u"modules"_s).toArray().first().toString(), u"profile"_s);
    QCOMPARE(space.value(u"colors"_s).toObject(), QJsonObject());
    QCOMPARE(space.value(u"avatarMediaId"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(space.value(u"music"_s).toObject().value(u"trackIds"_s).toArray().size(), 0);
    QCOMPARE(space.value(u"hideMyVisits"_s), QJsonValue(false));
}

void TestSpaceApi::cleanupTestCase()
{
    QSqlDatabase::database(u"inspect"_s).close();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestSpaceApi::ownerDecorates()
{
    const QString token = user(u"decorator"_s);
    const QString avatar = storedMedia(u"decorator"_s), background = storedMedia(u"decorator"_s);
    QVERIFY(!avatar.isEmpty() && !background.isEmpty());
    const QJsonObject body = decoration(storedTrack(u"decorator"_s), avatar, background);
    const TestReply put = m_client->put(u"/api/v1/me/space"_s, body, token);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json.value(u"space"_s).toObject(), body);
    QCOMPARE(mySpace(token), body);
    // /me carries it too, with hideMyVisits; a profile is the same to everyone, the owner included.
    const TestReply me = m_client->get(u"/api/v1/me"_s, token);
    QCOMPARE(me.json.value(u"space"_s).toObject(), body);
    QJsonObject shown = body;
    shown.remove(u"hideMyVisits"_s);
    QCOMPARE(m_client->get(u"/api/v1/users/decorator"_s, token).json.value(u"space"_s).toObject(), shown);
    // The same PUT again is the same state.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, body, token).status, 200);
    QCOMPARE(mySpace(token), body);
}

void TestSpaceApi::visitorsSeeTheSpaceButNotHideMyVisits()
{
    const QString owner = user(u"shown"_s), stranger = user(u"looker"_s);
    const QJsonObject body = decoration(storedTrack(u"shown"_s), storedMedia(u"shown"_s));
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, body, owner).status, 200);
    QJsonObject expected = body;
    expected.remove(u"hideMyVisits"_s);
    for (const QString &token : {stranger, QString()}) {
        const TestReply profile = m_client->get(u"/api/v1/users/shown"_s, token);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"shown"_s);
        QCOMPARE(profile.json.value(u"space"_s).toObject(), expected);
    }
    // Writing is always one's own space: the stranger's PUT changes the stranger's.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"title"_s, u"mine"_s}}, stranger).status, 200);
    QCOMPARE(mySpace(owner), body);
    QCOMPARE(mySpace(stranger).value(u"title"_s).toString(), u"mine"_s);
}

void TestSpaceApi::putReplacesTheWhole()
{
    const QString token = user(u"replacer"_s);
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, decoration(storedTrack(u"replacer"_s)), token).status, 200);
    // The contract's PUT sends some fields: the others go back to their defaults.
    const TestReply put = m_client->put(u"/api/v1/me/space"_s, {{u"title"_s, u"Only a title"_s}, {u"skin"_s, u"ink"_s}}, token);
    QCOMPARE(put.status, 200);
    const QJsonObject space = mySpace(token);
    QCOMPARE(space.value(u"title"_s).toString(), u"Only a title"_s);
    QCOMPARE(space.value(u"skin"_s).toString(), u"ink"_s);
    QCOMPARE(space.value(u"motto"_s).toString(), u""_s);
    QCOMPARE(space.value(u"avatarMediaId"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(space.value(u"colors"_s).toObject(), QJsonObject());
    QCOMPARE(space.value(u"modules"_s).toArray().size(), 7);
    QCOMPARE(space.value(u"music"_s).toObject().value(u"trackIds"_s).toArray().size(), 0);
    QCOMPARE(space.value(u"hideMyVisits"_s), QJsonValue(false));
    QCOMPARE(put.json.value(u"space"_s).toObject(), space);
}

void TestSpaceApi::badBodiesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("{title: 1") << QByteArray("application/json") << 400 << u"malformed_json"_s;
    QTest::newRow("array") << QByteArray("[]") << QByteArray("application/json") << 400 << u"malformed_json"_s;
    QTest::newRow("bad UTF-8") << QByteArray("{\"title\":\"\xff\"}") << QByteArray("application/json") << 400 << u"invalid_utf8"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"title":"x","owner":"bob"})") << QByteArray("application/json") << 400 << u"unknown_field"_s;
    QTest::newRow("bad skin") << QByteArray(R"({"skin":"../../etc"})") << QByteArray("application/json") << 400 << u"invalid_field"_s;
    QTest::newRow("bad colour") << QByteArray(R"({"colors":{"accent":"red"}})") << QByteArray("application/json") << 400 << u"invalid_field"_s;
    QTest::newRow("unknown module") << QByteArray(R"({"modules":["games"]})") << QByteArray("application/json") << 400 << u"invalid_field"_s;
    QTest::newRow("module twice") << QByteArray(R"({"modules":["posts","posts"]})") << QByteArray("application/json") << 400 << u"invalid_field"_s;
    QTest::newRow("bad track") << QByteArray(R"({"music":{"trackIds":["x"]}})") << QByteArray("application/json") << 400 << u"invalid_id"_s;
    QTest::newRow("bad media id") << QByteArray(R"({"coverMediaId":"a/b"})") << QByteArray("application/json") << 400 << u"invalid_id"_s;
    QTest::newRow("unknown media") << QByteArray(R"({"coverMediaId":"no-such-media"})") << QByteArray("application/json") << 404 << u"not_found"_s;
    QTest::newRow("long title") << (R"({"title":")" + QByteArray(101, 'x') + R"("})") << QByteArray("application/json") << 400 << u"invalid_field"_s;
    QTest::newRow("form") << QByteArray("title=x") << QByteArray("application/x-www-form-urlencoded") << 415 << u"unsupported_media_type"_s;
}

void TestSpaceApi::badBodiesChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString &token = m_careful;
    const QJsonObject stored = mySpace(token);
    QCOMPARE(stored.value(u"skin"_s).toString(), u"sakura"_s);
    const TestReply reply = m_client->send("PUT", u"/api/v1/me/space"_s, body, contentType, token);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(mySpace(token), stored);
}

void TestSpaceApi::needsSignIn()
{
    QCOMPARE(m_client->get(u"/api/v1/me/space"_s).status, 401);
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"title"_s, u"x"_s}}).status, 401);
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"title"_s, u"x"_s}}, u"not-a-token"_s).status, 401);
    QCOMPARE(m_client->send("DELETE", u"/api/v1/me/space"_s, {}, {}, user(u"deleter"_s)).status, 405);
}

void TestSpaceApi::imagesMustBeTheOwnersPhotos()
{
    const QString token = user(u"painter"_s);
    (void)user(u"other_painter"_s);
    const QString mine = storedMedia(u"painter"_s), theirs = storedMedia(u"other_painter"_s);
    const QString track = storedMedia(u"painter"_s, u"track"_s);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty() && !track.isEmpty());
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"coverMediaId"_s, mine}}, token).status, 200);
    // Someone else's upload is not mine to show, whether or not its id is known.
    TestReply reply = m_client->put(u"/api/v1/me/space"_s, {{u"avatarMediaId"_s, theirs}}, token);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("avatarMediaId"));
    reply = m_client->put(u"/api/v1/me/space"_s, {{u"backgroundMediaId"_s, track}}, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"invalid_field"_s);
    QCOMPARE(mySpace(token).value(u"coverMediaId"_s).toString(), mine);
    QCOMPARE(mySpace(token).value(u"avatarMediaId"_s), QJsonValue(QJsonValue::Null));
}

void TestSpaceApi::everyoneSeesASpacesImages()
{
    const QString owner = user(u"photographer"_s), stranger = user(u"passer_by"_s);
    MediaClient media(m_server.baseUrl());
    const QString avatar = media.uploadWhole(owner, MediaClient::encoded(MediaClient::testImage(300, 200), "png"));
    QVERIFY(!avatar.isEmpty());
    // An upload no photo shows is its uploader's alone...
    QCOMPARE(media.getMedia(owner, avatar, u"thumb"_s).status, 200);
    QCOMPARE(media.getMedia(stranger, avatar, u"thumb"_s).status, 404);
    QCOMPARE(media.getMedia(QString(), avatar, u"thumb"_s).status, 404);
    // ...until it is the space's avatar, which everyone who sees the space sees.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"avatarMediaId"_s, avatar}}, owner).status, 200);
    QCOMPARE(media.getMedia(stranger, avatar, u"thumb"_s).status, 200);
    QCOMPARE(media.getMedia(QString(), avatar, u"large"_s).status, 200);
    // Another avatar, and the old one is private again.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"avatarMediaId"_s, QJsonValue::Null}}, owner).status, 200);
    QCOMPARE(media.getMedia(stranger, avatar, u"thumb"_s).status, 404);
}

QTEST_MAIN(TestSpaceApi)
#include "tst_spaceapi.moc"
