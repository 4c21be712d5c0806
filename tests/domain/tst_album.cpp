#include "models/domain/album.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
kj::Album sampleAlbum()
{
    kj::Album album;
    album.id = kj::newItemId();
    album.owner = kj::User{u"alice"_s, u"爱丽丝"_s, {}};
    album.title = u"旅行"_s;
    album.description = u"西湖，三月"_s;
    album.visibility = kj::Visibility::Friends;
    album.revision = 2;
    album.createdAt = *kj::fromRfc3339(u"2026-03-01T08:00:00.000Z"_s);
    album.updatedAt = *kj::fromRfc3339(u"2026-03-02T09:30:00.250Z"_s);
    return album;
}
QJsonObject validWrite()
{
    return {{u"title"_s, u"旅行"_s}, {u"description"_s, u"trip"_s}, {u"visibility"_s, u"friends"_s}};
}
} // namespace

class TestAlbum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        kj::Album album = sampleAlbum();
        QJsonObject json = album.toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"album"_s);
        QVERIFY(!json.contains(u"photoCount"_s));
        auto decoded = kj::Album::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, album);

        album.photoCount = 7;
        json = album.toJson();
        QCOMPARE(json.value(u"photoCount"_s).toInt(), 7);
        decoded = kj::Album::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->photoCount, std::optional<int>(7));
    }

    void answerWithWrongTypesIsRejected()
    {
        QJsonObject json = sampleAlbum().toJson();
        json.insert(u"revision"_s, u"2"_s);
        QVERIFY(!kj::Album::fromJson(json).ok());
        json = sampleAlbum().toJson();
        json.remove(u"owner"_s);
        QVERIFY(!kj::Album::fromJson(json).ok());
    }

    void writeIsStrict()
    {
        auto write = kj::AlbumWrite::fromRequest(validWrite());
        QVERIFY(write.ok());
        QCOMPARE(write->title, u"旅行"_s);
        QVERIFY(!write->baseRevision);

        QJsonObject noDescription = validWrite();
        noDescription.remove(u"description"_s);
        QVERIFY(kj::AlbumWrite::fromRequest(noDescription).ok());

        QJsonObject extra = validWrite();
        extra.insert(u"owner"_s, u"mallory"_s);
        QCOMPARE(kj::AlbumWrite::fromRequest(extra).error().code, ErrorCode::UnknownField);
    }

    void writeLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("title 100") << u"title"_s << QJsonValue(QString(100, u'相')) << true;
        QTest::newRow("title 101") << u"title"_s << QJsonValue(QString(101, u'相')) << false;
        QTest::newRow("title empty") << u"title"_s << QJsonValue(u""_s) << false;
        QTest::newRow("title blank") << u"title"_s << QJsonValue(u"   "_s) << false;
        QTest::newRow("description 2000") << u"description"_s << QJsonValue(QString(2000, u'x')) << true;
        QTest::newRow("description 2001") << u"description"_s << QJsonValue(QString(2001, u'x')) << false;
        QTest::newRow("visibility groups") << u"visibility"_s << QJsonValue(u"everyone"_s) << false;
        QTest::newRow("baseRevision 3") << u"baseRevision"_s << QJsonValue(3) << true;
        QTest::newRow("baseRevision -1") << u"baseRevision"_s << QJsonValue(-1) << false;
    }

    void writeLimits()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QJsonObject json = validWrite();
        json.insert(field, value);
        QCOMPARE(kj::AlbumWrite::fromRequest(json).ok(), accepted);
    }

    void sameContent()
    {
        const kj::Album album = sampleAlbum();
        kj::AlbumWrite write{album.title, album.description, album.visibility, std::nullopt};
        QVERIFY(write.sameContentAs(album));
        write.description += u"!"_s;
        QVERIFY(!write.sameContentAs(album));
        const auto parsed = kj::AlbumWrite::fromRequest(write.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->description, write.description);
    }
};

QTEST_APPLESS_MAIN(TestAlbum)
#include "tst_album.moc"
