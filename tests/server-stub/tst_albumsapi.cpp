// Albums through HTTP against the real server: create-or-update with revisions, ownership, lists by
// audience with photo counts, and the change log.
#include "models/domain/ids.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject albumBody(const QString &title, const QString &visibility, std::optional<qint64> base = std::nullopt)
{
    return {{u"title"_s, title}, {u"description"_s, u"说明"_s}, {u"visibility"_s, visibility},
            {u"baseRevision"_s, base ? QJsonValue(*base) : QJsonValue(QJsonValue::Null)}};
}

QStringList ids(const QJsonArray &items)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list.append(item.toObject().value(u"id"_s).toString());
    return list;
}
} // namespace

class TestAlbumsApi : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_carol;

    JsonClient &json() { return m_media->json(); }

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

    void createUpdateAndConflicts()
    {
        const QString id = kj::newItemId();
        TestReply reply = json().put(u"/api/v1/albums/"_s + id, albumBody(u"旅行"_s, u"friends"_s), m_alice);
        QCOMPARE(reply.status, 201);
        const QJsonObject album = reply.json.value(u"album"_s).toObject();
        QCOMPARE(album.value(u"kind"_s).toString(), u"album"_s);
        QCOMPARE(album.value(u"revision"_s).toInt(), 1);
        QCOMPARE(album.value(u"owner"_s).toObject().value(u"username"_s).toString(), u"alice"_s);

        // A retry of the create whose answer was lost.
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"旅行"_s, u"friends"_s), m_alice).status, 200);
        // Another create with the same id but other content conflicts.
        reply = json().put(u"/api/v1/albums/"_s + id, albumBody(u"别的"_s, u"friends"_s), m_alice);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json.value(u"current"_s).toObject().value(u"title"_s).toString(), u"旅行"_s);
        reply = json().put(u"/api/v1/albums/"_s + id, albumBody(u"西湖"_s, u"public"_s, 1), m_alice);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"album"_s).toObject().value(u"revision"_s).toInt(), 2);
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"旧"_s, u"public"_s, 1), m_alice).status, 409);

        // Someone else's: 403 when they may see it, 404 when not.
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"mine"_s, u"public"_s, 2), m_bob).status, 403);
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"西湖"_s, u"private"_s, 2), m_alice).status, 200);
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"mine"_s, u"public"_s, 3), m_bob).status, 404);
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"x"_s, u"public"_s), QString()).status, 401);
    }

    void badWritesAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("body");
        const QString id = kj::newItemId();
        QTest::newRow("empty title") << id << QByteArray(R"({"title":"","visibility":"public"})");
        QTest::newRow("blank title") << id << QByteArray(R"({"title":"   ","visibility":"public"})");
        QTest::newRow("long title") << id << (R"({"title":")" + QByteArray(101, 'a') + R"(","visibility":"public"})");
        QTest::newRow("unknown field") << id << QByteArray(R"({"title":"t","visibility":"public","owner":"bob"})");
        QTest::newRow("bad visibility") << id << QByteArray(R"({"title":"t","visibility":"everyone"})");
        QTest::newRow("bad id") << u"Not-A-Uuid"_s << QByteArray(R"({"title":"t","visibility":"public"})");
    }

    void badWritesAreRefused()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, body);
        const TestReply reply = json().send("PUT", u"/api/v1/albums/"_s + id, body, "application/json", m_alice);
        QCOMPARE(reply.status, 400);
        QVERIFY(!json().get(u"/api/v1/users/alice/albums"_s, m_alice).body.contains(id.toLatin1()));
    }

    void listsFollowTheAudienceWithPhotoCounts()
    {
        const QString pub = m_media->newAlbum(m_carol, u"public"_s, u"公开"_s);
        const QString friends = m_media->newAlbum(m_carol, u"friends"_s, u"朋友"_s);
        const QString mine = m_media->newAlbum(m_carol, u"private"_s, u"自己"_s);
        QVERIFY(!pub.isEmpty() && !friends.isEmpty() && !mine.isEmpty());
        const QString dave = json().signUp(u"dave"_s);
        QVERIFY(json().befriend(m_carol, u"dave"_s, dave));
        // Two photos in the public album, one of them friends-only.
        const QString media = m_media->uploadWhole(m_carol, MediaClient::encoded(MediaClient::testImage(300, 200), "jpeg"));
        QVERIFY(!media.isEmpty());
        QCOMPARE(m_media->newPhoto(m_carol, media, pub, u"public"_s).status, 201);
        QCOMPARE(m_media->newPhoto(m_carol, media, pub, u"friends"_s).status, 201);

        const auto albumsFor = [&](const QString &token) {
            return json().get(u"/api/v1/users/carol/albums"_s, token).json.value(u"items"_s).toArray();
        };
        // Newest first by createdAt, then by id: albums made within one millisecond come in id order, so
        // the expected order is taken from their times rather than from the order the test made them in.
        const QJsonArray all = albumsFor(m_carol);
        QCOMPARE(all.size(), 3);
        QList<QPair<QString, QString>> keys; // (createdAt, id)
        for (const QJsonValue &album : all)
            keys.append({album.toObject().value(u"createdAt"_s).toString(), album.toObject().value(u"id"_s).toString()});
        QList<QPair<QString, QString>> sorted = keys;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a > b; });
        QCOMPARE(keys, sorted);
        const QStringList newestFirst = ids(all);
        QCOMPARE(QSet<QString>(newestFirst.cbegin(), newestFirst.cend()), (QSet<QString>{mine, friends, pub}));
        const auto without = [&](const QStringList &hidden) {
            QStringList visible = newestFirst;
            for (const QString &id : hidden)
                visible.removeOne(id);
            return visible;
        };
        const auto photoCountOf = [](const QJsonArray &albums, const QString &id) {
            for (const QJsonValue &album : albums) {
                if (album.toObject().value(u"id"_s).toString() == id)
                    return album.toObject().value(u"photoCount"_s).toInt(-1);
            }
            return -1;
        };
        QCOMPARE(ids(albumsFor(dave)), without({mine}));
        QCOMPARE(ids(albumsFor(m_bob)), QStringList{pub});
        QCOMPARE(ids(albumsFor(QString())), QStringList{pub});
        QCOMPARE(photoCountOf(albumsFor(dave), pub), 2);
        QCOMPARE(photoCountOf(albumsFor(m_bob), pub), 1);
        QCOMPARE(json().get(u"/api/v1/users/nobody/albums"_s).status, 404);

        // Pages.
        const TestReply first = json().get(u"/api/v1/users/carol/albums?limit=2"_s, m_carol);
        QCOMPARE(first.json.value(u"items"_s).toArray().size(), 2);
        const QString cursor = first.json.value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const TestReply second = json().get(u"/api/v1/users/carol/albums?limit=2&cursor="_s + cursor, m_carol);
        QCOMPARE(ids(first.json.value(u"items"_s).toArray()), newestFirst.mid(0, 2));
        QCOMPARE(ids(second.json.value(u"items"_s).toArray()), newestFirst.mid(2));
        QVERIFY(second.json.value(u"nextCursor"_s).isNull());
    }

    void changesCarryAlbumsAndWithdrawThem()
    {
        const QString since = json().get(u"/api/v1/changes"_s, m_bob).json.value(u"cursor"_s).toString();
        const QString id = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"给朋友"_s, u"friends"_s), m_alice).status, 201);
        TestReply changes = json().get(u"/api/v1/changes?since="_s + since, m_bob);
        QJsonArray list = changes.json.value(u"changes"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"kind"_s).toString(), u"album"_s);
        QCOMPARE(list.first().toObject().value(u"op"_s).toString(), u"upsert"_s);
        const QString next = changes.json.value(u"cursor"_s).toString();

        QCOMPARE(json().put(u"/api/v1/albums/"_s + id, albumBody(u"给自己"_s, u"private"_s, 1), m_alice).status, 200);
        list = json().get(u"/api/v1/changes?since="_s + next, m_bob).json.value(u"changes"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"op"_s).toString(), u"delete"_s);
        // A stranger never hears of it.
        QVERIFY(!json().get(u"/api/v1/changes"_s, m_carol).body.contains(id.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestAlbumsApi)
#include "tst_albumsapi.moc"
