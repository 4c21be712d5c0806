// kj::Audience on the wire: the "groups" visibility with its group ids, strict for requests and lenient
// for answers, and how the item kinds carry it (Diary, Post, Album, Photo and their writes).
#include "models/domain/album.h"
#include "models/domain/audience.h"
#include "models/domain/diary.h"
#include "models/domain/photo.h"
#include "models/domain/post.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::Audience;
using kj::JsonReader;
using kj::Visibility;

namespace {
const QString kG1 = u"11111111-1111-4111-8111-111111111111"_s;
const QString kG2 = u"22222222-2222-4222-8222-222222222222"_s;

kj::Result<Audience> read(const QJsonObject &json, JsonReader::Mode mode)
{
    JsonReader reader(json, mode);
    kj::Result<Audience> audience = Audience::read(reader, mode);
    if (kj::Status status = reader.finish(); !status)
        return status.error();
    return audience;
}

QJsonArray ids(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(u"%1-1111-4111-8111-111111111111"_s.arg(i, 8, 10, QChar(u'0')));
    return array;
}
} // namespace

class TestAudienceCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strictAcceptsGroupsSorted()
    {
        const kj::Result<Audience> audience =
            read({{u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{kG2, kG1}}}, JsonReader::Mode::Strict);
        QVERIFY(audience);
        QCOMPARE(audience->visibility, Visibility::Groups);
        QCOMPARE(audience->groups, (QStringList{kG1, kG2}));
    }

    void strictRejects_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<kj::ErrorCode>("code");
        QTest::addRow("groups without ids") << QJsonObject{{u"visibility"_s, u"groups"_s}} << kj::ErrorCode::InvalidField;
        QTest::addRow("groups with []") << QJsonObject{{u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{}}}
                                        << kj::ErrorCode::InvalidField;
        QTest::addRow("21 groups") << QJsonObject{{u"visibility"_s, u"groups"_s}, {u"groups"_s, ids(21)}}
                                   << kj::ErrorCode::InvalidField;
        QTest::addRow("twice") << QJsonObject{{u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{kG1, kG1}}}
                               << kj::ErrorCode::InvalidField;
        QTest::addRow("upper case") << QJsonObject{{u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{u"AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA"_s}}}
                                    << kj::ErrorCode::InvalidId;
        QTest::addRow("a number") << QJsonObject{{u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{7}}}
                                  << kj::ErrorCode::InvalidId;
        QTest::addRow("not an array") << QJsonObject{{u"visibility"_s, u"groups"_s}, {u"groups"_s, kG1}}
                                      << kj::ErrorCode::InvalidField;
        QTest::addRow("friends with groups") << QJsonObject{{u"visibility"_s, u"friends"_s}, {u"groups"_s, QJsonArray{kG1}}}
                                             << kj::ErrorCode::InvalidField;
        QTest::addRow("unknown visibility") << QJsonObject{{u"visibility"_s, u"group"_s}} << kj::ErrorCode::InvalidField;
    }
    void strictRejects()
    {
        QFETCH(QJsonObject, json);
        QFETCH(kj::ErrorCode, code);
        const kj::Result<Audience> audience = read(json, JsonReader::Mode::Strict);
        QVERIFY(!audience);
        QCOMPARE(audience.error().code, code);
    }

    void strictAllowsEmptyGroupsForOtherVisibilities()
    {
        QVERIFY(read({{u"visibility"_s, u"friends"_s}, {u"groups"_s, QJsonArray{}}}, JsonReader::Mode::Strict));
        QVERIFY(read({{u"visibility"_s, u"public"_s}, {u"groups"_s, QJsonValue::Null}}, JsonReader::Mode::Strict));
        QVERIFY(read({{u"visibility"_s, u"groups"_s}, {u"groups"_s, ids(20)}}, JsonReader::Mode::Strict));
    }

    void lenientKeepsWhatItCan()
    {
        const kj::Result<Audience> odd = read(
            {{u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{kG2, 7, kG2, u"x"_s, kG1}}}, JsonReader::Mode::Lenient);
        QVERIFY(odd);
        QCOMPARE(odd->groups, (QStringList{kG1, kG2}));
        const kj::Result<Audience> withheld = read({{u"visibility"_s, u"groups"_s}}, JsonReader::Mode::Lenient);
        QVERIFY(withheld); // what a viewer other than the owner receives
        QCOMPARE(withheld->groups, QStringList());
        const kj::Result<Audience> stray =
            read({{u"visibility"_s, u"public"_s}, {u"groups"_s, QJsonArray{kG1}}}, JsonReader::Mode::Lenient);
        QVERIFY(stray);
        QCOMPARE(stray->groups, QStringList());
    }

    void writesGroupsOnlyWhenThere()
    {
        QJsonObject json;
        Audience{Visibility::Groups, {kG1}}.writeTo(json);
        QCOMPARE(json.value(u"groups"_s).toArray(), QJsonArray{kG1});
        QJsonObject withheld;
        Audience{Visibility::Groups, {}}.writeTo(withheld);
        QVERIFY(!withheld.contains(u"groups"_s));
        QCOMPARE(withheld.value(u"visibility"_s).toString(), u"groups"_s);
        QJsonObject friends;
        Audience{Visibility::Friends, {}}.writeTo(friends);
        QVERIFY(!friends.contains(u"groups"_s));
    }

    void itemsRoundTripTheirGroups()
    {
        const kj::User author{u"alice"_s, u"Alice"_s, {}};
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        kj::Diary diary{u"33333333-3333-4333-8333-333333333333"_s, author, u"t"_s, u"b"_s, Visibility::Groups, 2, t, t};
        diary.groups = {kG1, kG2};
        QCOMPARE(kj::Diary::fromJson(diary.toJson()).value(), diary);
        kj::Post post{u"44444444-4444-4444-8444-444444444444"_s, author, u"hi"_s, {}, Visibility::Groups, 1, t, t};
        post.groups = {kG2};
        QCOMPARE(kj::Post::fromJson(post.toJson()).value(), post);
        kj::Album album{u"55555555-5555-4555-8555-555555555555"_s, author, u"a"_s, u""_s, Visibility::Groups, 1, t, t, 3};
        album.groups = {kG1};
        QCOMPARE(kj::Album::fromJson(album.toJson()).value(), album);
        kj::Photo photo;
        photo.id = u"66666666-6666-4666-8666-666666666666"_s;
        photo.owner = author;
        photo.albumId = album.id;
        photo.mediaId = kG1;
        photo.visibility = Visibility::Groups;
        photo.groups = {kG1};
        photo.revision = 1;
        photo.createdAt = photo.updatedAt = t;
        QCOMPARE(kj::Photo::fromJson(photo.toJson()).value(), photo);
    }

    void writesCarryTheirGroups()
    {
        kj::DiaryWrite diary{u"t"_s, u"b"_s, Visibility::Groups, std::nullopt};
        diary.groups = {kG1};
        const kj::Result<kj::DiaryWrite> diaryBack = kj::DiaryWrite::fromRequest(diary.toJson());
        QVERIFY(diaryBack);
        QCOMPARE(diaryBack->groups, diary.groups);
        kj::PostWrite post{u"hi"_s, {}, Visibility::Groups, std::nullopt};
        post.groups = {kG1, kG2};
        QCOMPARE(kj::PostWrite::fromRequest(post.toJson()).value().groups, post.groups);
        kj::AlbumWrite album{u"a"_s, u""_s, Visibility::Groups, std::nullopt};
        album.groups = {kG2};
        QCOMPARE(kj::AlbumWrite::fromRequest(album.toJson()).value().groups, album.groups);
        kj::PhotoWrite photo{std::nullopt, kG1, kG2, u""_s, Visibility::Groups, std::nullopt};
        photo.groups = {kG1};
        QCOMPARE(kj::PhotoWrite::fromRequest(photo.toJson()).value().groups, photo.groups);
        // the groups are part of what a retry must match
        kj::Diary stored{u"33333333-3333-4333-8333-333333333333"_s, {}, u"t"_s, u"b"_s, Visibility::Groups, 1, {}, {}};
        stored.groups = {kG2};
        QVERIFY(!diary.sameContentAs(stored));
        stored.groups = {kG1};
        QVERIFY(diary.sameContentAs(stored));
        const kj::Result<kj::DiaryWrite> missing = kj::DiaryWrite::fromRequest(
            {{u"title"_s, u"t"_s}, {u"body"_s, u""_s}, {u"visibility"_s, u"groups"_s}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, kj::ErrorCode::InvalidField);
    }
};

QTEST_GUILESS_MAIN(TestAudienceCodec)
#include "tst_audiencecodec.moc"
