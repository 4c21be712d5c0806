#include "models/domain/ids.h"
#include "models/domain/spacesettings.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;
using kj::SpaceSettings;

namespace {
SpaceSettings sample()
{
    SpaceSettings settings;
    settings.title = u"Alice 的空间"_s;
    settings.motto = u"慢慢来"_s;
    settings.avatarMediaId = u"m-avatar_01"_s;
    settings.skin = u"sakura-2"_s;
    settings.colors = {{u"accent"_s, u"#c8553d"_s}, {u"background"_s, u"#fdf6ec"_s}};
    settings.modules = {u"guestbook"_s, u"profile"_s, u"posts"_s};
    settings.music = {{kj::newItemId(), kj::newItemId()}, true, false};
    settings.hideMyVisits = true;
    return settings;
}

QJsonObject with(const QString &key, const QJsonValue &value)
{
    QJsonObject json = sample().toJson();
    json.insert(key, value);
    return json;
}
} // namespace

class TestSpaceSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const SpaceSettings settings;
        QCOMPARE(settings.skin, u"classic"_s);
        QCOMPARE(settings.modules, SpaceSettings::knownModules());
        QVERIFY(settings.colors.isEmpty());
        QVERIFY(!settings.hideMyVisits);
        // An empty request is the defaults: PUT replaces the whole settings.
        auto parsed = SpaceSettings::fromRequest({});
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, settings);
    }

    void roundTrips()
    {
        const SpaceSettings settings = sample();
        const QJsonObject json = settings.toJson();
        QCOMPARE(json.value(u"coverMediaId"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(json.value(u"avatarMediaId"_s).toString(), u"m-avatar_01"_s);
        QCOMPARE(json.value(u"modules"_s).toArray().first().toString(), u"guestbook"_s);
        QCOMPARE(json.value(u"music"_s).toObject().value(u"autoplay"_s), QJsonValue(true));
        QCOMPARE(json.value(u"hideMyVisits"_s), QJsonValue(true));
        auto strict = SpaceSettings::fromRequest(json);
        QVERIFY2(strict.ok(), qPrintable(strict.ok() ? QString() : strict.error().message));
        QCOMPARE(*strict, settings);
        auto lenient = SpaceSettings::fromJson(json);
        QVERIFY(lenient.ok());
        QCOMPARE(*lenient, settings);
    }

    void visitorsDoNotLearnHideMyVisits()
    {
        const QJsonObject json = sample().toJson(SpaceSettings::View::Visitor);
        QVERIFY(!json.contains(u"hideMyVisits"_s));
        QCOMPARE(json.value(u"title"_s).toString(), u"Alice 的空间"_s);
    }

    void summaryStaysReadable()
    {
        // A foundation client reads "space" as a SpaceSummary, leniently: the superset must still parse.
        auto summary = kj::SpaceSummary::fromJson(sample().toJson(SpaceSettings::View::Visitor));
        QVERIFY(summary.ok());
        QCOMPARE(summary->title, u"Alice 的空间"_s);
        QCOMPARE(summary->motto, u"慢慢来"_s);
        QCOMPARE(sample().summary().title, summary->title);
    }

    void foundationAnswerReadsWithDefaults()
    {
        auto old = SpaceSettings::fromJson({{u"title"_s, u"t"_s}, {u"motto"_s, u"m"_s}});
        QVERIFY(old.ok());
        QCOMPARE(old->title, u"t"_s);
        QCOMPARE(old->skin, u"classic"_s);
        QCOMPARE(old->modules, SpaceSettings::knownModules());
    }

    void lenientDropsWhatItDoesNotKnow()
    {
        QJsonObject json = with(u"modules"_s, QJsonArray{u"profile"_s, u"reposts"_s, u"posts"_s});
        json.insert(u"colors"_s, QJsonObject{{u"accent"_s, u"#112233"_s}, {u"glow"_s, u"#445566"_s}});
        json.insert(u"futureField"_s, 1);
        auto lenient = SpaceSettings::fromJson(json);
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->modules, (QStringList{u"profile"_s, u"posts"_s}));
        QCOMPARE(lenient->colors.keys(), QStringList{u"accent"_s});
        QVERIFY(!SpaceSettings::fromRequest(json).ok());
    }

    void colorsAreNormalised()
    {
        auto parsed = SpaceSettings::fromRequest(with(u"colors"_s, QJsonObject{{u"text"_s, u"#AbCdEf"_s}}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->colors.value(u"text"_s), u"#abcdef"_s);
    }

    void rejectsInvalidRequests_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<ErrorCode>("code");
        const QString tooLong = QString(101, u'x');
        QTest::newRow("unknown field") << with(u"theme"_s, u"x"_s) << ErrorCode::UnknownField;
        QTest::newRow("title too long") << with(u"title"_s, tooLong) << ErrorCode::InvalidField;
        QTest::newRow("motto too long") << with(u"motto"_s, QString(301, u'x')) << ErrorCode::InvalidField;
        QTest::newRow("title not a string") << with(u"title"_s, 5) << ErrorCode::InvalidField;
        QTest::newRow("skin upper case") << with(u"skin"_s, u"Sakura"_s) << ErrorCode::InvalidField;
        QTest::newRow("skin with a slash") << with(u"skin"_s, u"../x"_s) << ErrorCode::InvalidField;
        QTest::newRow("skin empty") << with(u"skin"_s, u""_s) << ErrorCode::InvalidField;
        QTest::newRow("skin too long") << with(u"skin"_s, QString(33, u'a')) << ErrorCode::InvalidField;
        QTest::newRow("unknown colour") << with(u"colors"_s, QJsonObject{{u"glow"_s, u"#000000"_s}}) << ErrorCode::InvalidField;
        QTest::newRow("colour without #") << with(u"colors"_s, QJsonObject{{u"text"_s, u"000000"_s}}) << ErrorCode::InvalidField;
        QTest::newRow("short colour") << with(u"colors"_s, QJsonObject{{u"text"_s, u"#000"_s}}) << ErrorCode::InvalidField;
        QTest::newRow("colour name") << with(u"colors"_s, QJsonObject{{u"text"_s, u"red"_s}}) << ErrorCode::InvalidField;
        QTest::newRow("colour number") << with(u"colors"_s, QJsonObject{{u"text"_s, 7}}) << ErrorCode::InvalidField;
        QTest::newRow("colors array") << with(u"colors"_s, QJsonArray{}) << ErrorCode::InvalidField;
        QTest::newRow("colors null") << with(u"colors"_s, QJsonValue::Null) << ErrorCode::InvalidField;
        QTest::newRow("unknown module") << with(u"modules"_s, QJsonArray{u"games"_s}) << ErrorCode::InvalidField;
        QTest::newRow("module twice") << with(u"modules"_s, QJsonArray{u"posts"_s, u"posts"_s}) << ErrorCode::InvalidField;
        QTest::newRow("module number") << with(u"modules"_s, QJsonArray{1}) << ErrorCode::InvalidField;
        QTest::newRow("modules object") << with(u"modules"_s, QJsonObject{}) << ErrorCode::InvalidField;
        QTest::newRow("media id with slash") << with(u"coverMediaId"_s, u"../etc/passwd"_s) << ErrorCode::InvalidId;
        QTest::newRow("media id empty") << with(u"avatarMediaId"_s, u""_s) << ErrorCode::InvalidField;
        QTest::newRow("media id number") << with(u"backgroundMediaId"_s, 4) << ErrorCode::InvalidField;
        QTest::newRow("hideMyVisits string") << with(u"hideMyVisits"_s, u"yes"_s) << ErrorCode::InvalidField;
        QTest::newRow("music unknown field") << with(u"music"_s, QJsonObject{{u"volume"_s, 3}}) << ErrorCode::UnknownField;
        QTest::newRow("music autoplay string") << with(u"music"_s, QJsonObject{{u"autoplay"_s, u"true"_s}}) << ErrorCode::InvalidField;
        QTest::newRow("track not a uuid") << with(u"music"_s, QJsonObject{{u"trackIds"_s, QJsonArray{u"x"_s}}}) << ErrorCode::InvalidId;
        const QString track = kj::newItemId();
        QTest::newRow("track twice") << with(u"music"_s, QJsonObject{{u"trackIds"_s, QJsonArray{track, track}}}) << ErrorCode::InvalidField;
        QJsonArray many;
        for (int i = 0; i <= kj::SpaceMusic::kMaxTracks; ++i)
            many.append(kj::newItemId());
        QTest::newRow("201 tracks") << with(u"music"_s, QJsonObject{{u"trackIds"_s, many}}) << ErrorCode::InvalidField;
    }

    void rejectsInvalidRequests()
    {
        QFETCH(QJsonObject, json);
        QFETCH(ErrorCode, code);
        auto parsed = SpaceSettings::fromRequest(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void acceptsTheLimits()
    {
        QJsonArray tracks;
        for (int i = 0; i < kj::SpaceMusic::kMaxTracks; ++i)
            tracks.append(kj::newItemId());
        QJsonObject json = with(u"music"_s, QJsonObject{{u"trackIds"_s, tracks}});
        json.insert(u"title"_s, QString(100, u'题'));
        json.insert(u"motto"_s, QString(300, u'x'));
        json.insert(u"skin"_s, QString(32, u'a'));
        json.insert(u"modules"_s, QJsonArray{});
        json.insert(u"coverMediaId"_s, QJsonValue::Null);
        auto parsed = SpaceSettings::fromRequest(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->music.trackIds.size(), kj::SpaceMusic::kMaxTracks);
        QVERIFY(parsed->modules.isEmpty());
        QVERIFY(parsed->coverMediaId.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSpaceSettings)
#include "tst_spacesettings.moc"
