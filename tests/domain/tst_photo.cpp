#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/domain/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
kj::Photo samplePhoto()
{
    kj::Photo photo;
    photo.id = kj::newItemId();
    photo.owner = kj::User{u"alice"_s, u"Alice"_s, {}};
    photo.albumId = kj::newItemId();
    photo.mediaId = kj::newItemId();
    photo.caption = u"西湖"_s;
    photo.visibility = kj::Visibility::Public;
    photo.takenAt = *kj::fromRfc3339(u"2025-04-05T06:07:08.000Z"_s);
    photo.width = 4000;
    photo.height = 3000;
    photo.revision = 1;
    photo.createdAt = *kj::fromRfc3339(u"2026-03-01T08:00:00.000Z"_s);
    photo.updatedAt = photo.createdAt;
    return photo;
}
QJsonObject validWrite()
{
    return {{u"uploadId"_s, kj::newItemId()}, {u"albumId"_s, kj::newItemId()}, {u"caption"_s, u"c"_s},
            {u"visibility"_s, u"friends"_s}};
}
} // namespace

class TestPhoto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        kj::Photo photo = samplePhoto();
        QJsonObject json = photo.toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"photo"_s);
        QCOMPARE(json.value(u"takenAt"_s).toString(), u"2025-04-05T06:07:08.000Z"_s);
        auto decoded = kj::Photo::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, photo);

        photo.takenAt.reset();
        json = photo.toJson();
        QVERIFY(json.value(u"takenAt"_s).isNull());
        decoded = kj::Photo::fromJson(json);
        QVERIFY(decoded.ok());
        QVERIFY(!decoded->takenAt);
    }

    void answerWithBadIdsIsRejected()
    {
        QJsonObject json = samplePhoto().toJson();
        json.insert(u"mediaId"_s, u"../../etc/passwd"_s);
        QVERIFY(!kj::Photo::fromJson(json).ok());
    }

    void writeNeedsExactlyOneSource()
    {
        QVERIFY(kj::PhotoWrite::fromRequest(validWrite()).ok());

        QJsonObject both = validWrite();
        both.insert(u"mediaId"_s, kj::newItemId());
        QCOMPARE(kj::PhotoWrite::fromRequest(both).error().code, ErrorCode::InvalidField);

        QJsonObject neither = validWrite();
        neither.remove(u"uploadId"_s);
        QCOMPARE(kj::PhotoWrite::fromRequest(neither).error().code, ErrorCode::InvalidField);

        QJsonObject nullUpload = validWrite();
        nullUpload.insert(u"uploadId"_s, QJsonValue::Null);
        nullUpload.insert(u"mediaId"_s, kj::newItemId());
        QVERIFY(kj::PhotoWrite::fromRequest(nullUpload).ok());

        QJsonObject pathLike = validWrite();
        pathLike.insert(u"uploadId"_s, u"../uploads/x"_s);
        QCOMPARE(kj::PhotoWrite::fromRequest(pathLike).error().code, ErrorCode::InvalidId);
    }

    void writeLimits()
    {
        QJsonObject json = validWrite();
        json.insert(u"caption"_s, QString(2000, u'字'));
        QVERIFY(kj::PhotoWrite::fromRequest(json).ok());
        json.insert(u"caption"_s, QString(2001, u'字'));
        QVERIFY(!kj::PhotoWrite::fromRequest(json).ok());
        json = validWrite();
        json.insert(u"albumId"_s, u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
        QCOMPARE(kj::PhotoWrite::fromRequest(json).error().code, ErrorCode::InvalidId);
        json = validWrite();
        json.insert(u"width"_s, 3);
        QCOMPARE(kj::PhotoWrite::fromRequest(json).error().code, ErrorCode::UnknownField);
    }

    void writeRoundTripsAndComparesContent()
    {
        const kj::Photo photo = samplePhoto();
        kj::PhotoWrite write;
        write.mediaId = photo.mediaId;
        write.albumId = photo.albumId;
        write.caption = photo.caption;
        write.visibility = photo.visibility;
        const auto parsed = kj::PhotoWrite::fromRequest(write.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->mediaId, write.mediaId);
        QVERIFY(parsed->sameContentAs(photo, photo.mediaId));
        QVERIFY(!parsed->sameContentAs(photo, kj::newItemId()));
    }
};

QTEST_APPLESS_MAIN(TestPhoto)
#include "tst_photo.moc"
