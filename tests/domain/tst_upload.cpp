#include "models/domain/ids.h"
#include "models/domain/upload.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
const QString kSha = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
QJsonObject validStart()
{
    return {{u"size"_s, 1234}, {u"sha256"_s, kSha}, {u"kind"_s, u"photo"_s}, {u"filename"_s, u"西湖.jpg"_s}};
}
} // namespace

class TestUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startIsParsed()
    {
        const auto start = kj::UploadStart::fromRequest(validStart());
        QVERIFY(start.ok());
        QCOMPARE(start->size, 1234);
        QCOMPARE(start->kind, kj::MediaKind::Photo);
        QCOMPARE(start->filename, u"西湖.jpg"_s);
        const auto again = kj::UploadStart::fromRequest(start->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->sha256, kSha);
    }

    void startLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("code"); // -1: accepted
        QTest::newRow("size 0") << u"size"_s << QJsonValue(0) << int(ErrorCode::InvalidField);
        QTest::newRow("size huge is the server's to refuse") << u"size"_s << QJsonValue(qint64(1) << 40) << -1;
        QTest::newRow("size text") << u"size"_s << QJsonValue(u"12"_s) << int(ErrorCode::InvalidField);
        QTest::newRow("sha upper") << u"sha256"_s << QJsonValue(kSha.toUpper()) << int(ErrorCode::InvalidField);
        QTest::newRow("sha short") << u"sha256"_s << QJsonValue(kSha.left(63)) << int(ErrorCode::InvalidField);
        QTest::newRow("sha not hex") << u"sha256"_s << QJsonValue(QString(64, u'g')) << int(ErrorCode::InvalidField);
        QTest::newRow("kind track") << u"kind"_s << QJsonValue(u"track"_s) << -1;
        QTest::newRow("kind video") << u"kind"_s << QJsonValue(u"video"_s) << int(ErrorCode::InvalidField);
        QTest::newRow("filename path-like") << u"filename"_s << QJsonValue(u"../../etc/passwd.jpg"_s) << -1;
        QTest::newRow("filename 255") << u"filename"_s << QJsonValue(QString(255, u'n')) << -1;
        QTest::newRow("filename 256") << u"filename"_s << QJsonValue(QString(256, u'n')) << int(ErrorCode::InvalidField);
        QTest::newRow("filename newline") << u"filename"_s << QJsonValue(u"a\nb.jpg"_s) << int(ErrorCode::InvalidField);
        QTest::newRow("unknown field") << u"path"_s << QJsonValue(u"/tmp/x"_s) << int(ErrorCode::UnknownField);
    }

    void startLimits()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, code);
        QJsonObject json = validStart();
        json.insert(field, value);
        const auto start = kj::UploadStart::fromRequest(json);
        if (code < 0) {
            QVERIFY2(start.ok(), start.ok() ? "" : qPrintable(start.error().message));
        } else {
            QVERIFY(!start.ok());
            QCOMPARE(int(start.error().code), code);
        }
    }

    void statusBothShapes()
    {
        kj::UploadStatus inProgress{kj::newItemId(), 10, 100, std::nullopt};
        auto decoded = kj::UploadStatus::fromJson(inProgress.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->uploadId, inProgress.uploadId);
        QCOMPARE(decoded->offset, 10);
        QVERIFY(!decoded->mediaId);

        const QString media = kj::newItemId();
        decoded = kj::UploadStatus::fromJson(QJsonObject{{u"mediaId"_s, media}});
        QVERIFY(decoded.ok());
        QVERIFY(decoded->uploadId.isEmpty());
        QCOMPARE(decoded->mediaId, std::optional(media));

        QVERIFY(!kj::UploadStatus::fromJson(QJsonObject{}).ok());
        QVERIFY(!kj::UploadStatus::fromJson(QJsonObject{{u"uploadId"_s, kj::newItemId()}, {u"offset"_s, 5}, {u"size"_s, 4}}).ok());
    }

    void namesRoundTrip()
    {
        for (kj::MediaSize size : {kj::MediaSize::Thumb, kj::MediaSize::Large, kj::MediaSize::Original})
            QCOMPARE(kj::mediaSizeFromName(kj::mediaSizeName(size)), std::optional(size));
        QVERIFY(!kj::mediaSizeFromName(u"huge"_s));
        QVERIFY(!kj::mediaKindFromName(u"Photo"_s));
        QVERIFY(kj::isSha256Hex(kSha));
    }
};

QTEST_APPLESS_MAIN(TestUpload)
#include "tst_upload.moc"
