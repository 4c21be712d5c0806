// A track's audience on the wire: kj::Track and kj::TrackWrite carry the "groups" visibility with its group
// ids like every other kind (models/domain/audience.h), and a track write keeps its own default ("public"
// when visibility is absent or null).
#include "models/domain/track.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::Visibility;

namespace {
const QString kG1 = u"11111111-1111-4111-8111-111111111111"_s;
const QString kG2 = u"22222222-2222-4222-8222-222222222222"_s;
const QString kMedia = u"33333333-3333-4333-8333-333333333333"_s;
} // namespace

class TestTrackAudience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trackRoundTripsItsGroups()
    {
        kj::Track track;
        track.id = u"44444444-4444-4444-8444-444444444444"_s;
        track.owner = {u"alice"_s, u"Alice"_s, {}};
        track.mediaId = kMedia;
        track.title = u"晴天"_s;
        track.durationMs = 1000;
        track.visibility = Visibility::Groups;
        track.groups = {kG1, kG2};
        track.revision = 1;
        track.createdAt = track.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const QJsonObject json = track.toJson();
        QCOMPARE(json.value(u"visibility"_s).toString(), u"groups"_s);
        QCOMPARE(json.value(u"groups"_s).toArray(), (QJsonArray{kG1, kG2}));
        QCOMPARE(kj::Track::fromJson(json).value(), track);

        // As a reader other than the owner gets it: "groups" visibility without the ids.
        QJsonObject shown = json;
        shown.remove(u"groups"_s);
        const kj::Result<kj::Track> read = kj::Track::fromJson(shown);
        QVERIFY(read);
        QCOMPARE(read->visibility, Visibility::Groups);
        QVERIFY(read->groups.isEmpty());

        track.visibility = Visibility::Friends;
        track.groups.clear();
        QVERIFY(!track.toJson().contains(u"groups"_s));
    }

    void writeTakesGroups()
    {
        const kj::Result<kj::TrackWrite> write = kj::TrackWrite::fromRequest(
            {{u"mediaId"_s, kMedia}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{kG2, kG1}}});
        QVERIFY(write);
        QCOMPARE(write->visibility, Visibility::Groups);
        QCOMPARE(write->groups, (QStringList{kG1, kG2}));
        QCOMPARE(write->audience(), (kj::Audience{Visibility::Groups, {kG1, kG2}}));
        const kj::Result<kj::TrackWrite> back = kj::TrackWrite::fromRequest(write->toJson());
        QVERIFY(back);
        QCOMPARE(back->groups, write->groups);
        QCOMPARE(back->mediaId, write->mediaId);

        const kj::Result<kj::TrackWrite> byDefault = kj::TrackWrite::fromRequest({{u"mediaId"_s, kMedia}, {u"visibility"_s, QJsonValue()}});
        QVERIFY(byDefault);
        QCOMPARE(byDefault->visibility, Visibility::Public);
        QVERIFY(byDefault->groups.isEmpty());
    }

    void writeRefusesGroupsThatDoNotFit_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<kj::ErrorCode>("code");
        QTest::newRow("groups visibility without groups")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"visibility"_s, u"groups"_s}} << kj::ErrorCode::InvalidField;
        QTest::newRow("empty groups")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{}}} << kj::ErrorCode::InvalidField;
        QTest::newRow("a group twice")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{kG1, kG1}}}
            << kj::ErrorCode::InvalidField;
        QTest::newRow("not an id")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{u"friends"_s}}}
            << kj::ErrorCode::InvalidId;
        QTest::newRow("groups with another visibility")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"visibility"_s, u"friends"_s}, {u"groups"_s, QJsonArray{kG1}}}
            << kj::ErrorCode::InvalidField;
        QTest::newRow("groups without a visibility (public)")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"groups"_s, QJsonArray{kG1}}} << kj::ErrorCode::InvalidField;
        QTest::newRow("groups not an array")
            << QJsonObject{{u"mediaId"_s, kMedia}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, kG1}} << kj::ErrorCode::InvalidField;
    }

    void writeRefusesGroupsThatDoNotFit()
    {
        QFETCH(QJsonObject, body);
        QFETCH(kj::ErrorCode, code);
        const kj::Result<kj::TrackWrite> write = kj::TrackWrite::fromRequest(body);
        QVERIFY(!write);
        QCOMPARE(write.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestTrackAudience)
#include "tst_trackaudience.moc"
