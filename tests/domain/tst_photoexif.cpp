#include "models/domain/photo.h"
#include "models/domain/photoexif.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::PhotoExif;

// The camera facts of a photo: their JSON both ways, read leniently from answers, and the text cleaning the
// server and the client share.
class TestPhotoExif : public QObject
{
    Q_OBJECT

    static PhotoExif full()
    {
        PhotoExif exif;
        exif.make = u"Canon"_s;
        exif.model = u"Canon EOS R6"_s;
        exif.lens = u"RF24-105mm F4 L IS USM"_s;
        exif.fNumber = 4;
        exif.exposureTime = 1.0 / 250;
        exif.iso = 400;
        exif.focalLength = 50;
        return exif;
    }

    static kj::Photo photo()
    {
        kj::Photo photo;
        photo.id = u"0b9a3c1e-8a4d-4f7e-9a51-3f1d2c4b5a60"_s;
        photo.owner = kj::User{u"alice"_s, u"Alice"_s, {}};
        photo.albumId = u"1b9a3c1e-8a4d-4f7e-9a51-3f1d2c4b5a60"_s;
        photo.mediaId = u"2b9a3c1e-8a4d-4f7e-9a51-3f1d2c4b5a60"_s;
        photo.revision = 1;
        photo.width = 400;
        photo.height = 300;
        photo.createdAt = *kj::fromRfc3339(u"2026-03-01T08:00:00.000Z"_s);
        photo.updatedAt = photo.createdAt;
        return photo;
    }

private Q_SLOTS:
    void onlyKnownFactsGoOnTheWire()
    {
        const QJsonObject json = full().toJson();
        QCOMPARE(json, (QJsonObject{{u"make"_s, u"Canon"_s},
                                    {u"model"_s, u"Canon EOS R6"_s},
                                    {u"lens"_s, u"RF24-105mm F4 L IS USM"_s},
                                    {u"fNumber"_s, 4},
                                    {u"exposureTime"_s, 0.004},
                                    {u"iso"_s, 400},
                                    {u"focalLength"_s, 50}}));
        QCOMPARE(PhotoExif::fromJson(json), full());

        PhotoExif some;
        some.model = u"X100V"_s;
        some.iso = 200;
        QCOMPARE(some.toJson(), (QJsonObject{{u"model"_s, u"X100V"_s}, {u"iso"_s, 200}}));
        QVERIFY(PhotoExif().isEmpty());
        QVERIFY(!some.isEmpty());
        QVERIFY(PhotoExif().toJson().isEmpty());
    }

    void thePhotoCarriesThemOnlyWhenKnown()
    {
        kj::Photo withFacts = photo();
        withFacts.exif = full();
        const QJsonObject json = withFacts.toJson();
        QCOMPARE(json.value(u"exif"_s).toObject(), full().toJson());
        const kj::Result<kj::Photo> decoded = kj::Photo::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, withFacts);

        const QJsonObject without = photo().toJson();
        QVERIFY(!without.contains(u"exif"_s));
        QVERIFY(kj::Photo::fromJson(without).ok());
        QVERIFY(kj::Photo::fromJson(without)->exif.isEmpty());
    }

    void answersAreReadLeniently()
    {
        // A bad fact loses itself, never the photo or the other facts.
        QJsonObject json = photo().toJson();
        json.insert(u"exif"_s, QJsonObject{{u"make"_s, 42},
                                           {u"model"_s, u"  Canon\u202E EOS\tR6 \u0007"_s},
                                           {u"lens"_s, QJsonArray{u"RF"_s}},
                                           {u"fNumber"_s, 0},
                                           {u"exposureTime"_s, -0.5},
                                           {u"iso"_s, 400.5},
                                           {u"focalLength"_s, u"50"_s},
                                           {u"latitude"_s, 39.9}});
        kj::Result<kj::Photo> decoded = kj::Photo::fromJson(json);
        QVERIFY(decoded.ok());
        PhotoExif expected;
        expected.model = u"Canon EOS R6"_s;
        QCOMPARE(decoded->exif, expected);

        json.insert(u"exif"_s, u"Canon"_s); // not even an object
        decoded = kj::Photo::fromJson(json);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->exif.isEmpty());

        json.insert(u"exif"_s, QJsonObject{{u"fNumber"_s, 1e9}, {u"exposureTime"_s, 1e-9}, {u"iso"_s, 2e6},
                                           {u"focalLength"_s, 1e5}});
        QVERIFY(kj::Photo::fromJson(json)->exif.isEmpty());
        json.insert(u"exif"_s, QJsonObject{{u"fNumber"_s, 1.4}, {u"exposureTime"_s, 30}, {u"iso"_s, 102400},
                                           {u"focalLength"_s, 4.25}});
        const PhotoExif edges = kj::Photo::fromJson(json)->exif;
        QCOMPARE(edges.fNumber, 1.4);
        QCOMPARE(edges.exposureTime, 30.0);
        QCOMPARE(edges.iso, 102400);
        QCOMPARE(edges.focalLength, 4.25);
    }

    void textIsCleaned_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << u"NIKON CORPORATION"_s << u"NIKON CORPORATION"_s;
        QTest::newRow("padded") << u"  Canon   "_s << u"Canon"_s;
        QTest::newRow("white runs") << u"EF\t50mm\r\n\u00a0f/1.8"_s << u"EF 50mm f/1.8"_s;
        QTest::newRow("controls") << u"Le\u0000ns\u001b[31m"_s << u"Lens[31m"_s;
        QTest::newRow("bidi") << u"abc\u202Egnp.exe"_s << u"abcgnp.exe"_s;
        QTest::newRow("zero width") << u"Ca\u200Bnon\uFEFF"_s << u"Canon"_s;
        QTest::newRow("chinese") << u"佳能 EOS R6"_s << u"佳能 EOS R6"_s;
        QTest::newRow("lone surrogate") << (u"Leica"_s + QChar(0xD800)) << u"Leica"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << u" \t "_s << QString();
        QTest::newRow("long") << QString(500, u'x') << QString(PhotoExif::kMaxTextLength, u'x');
        // Cut where a character ends, never inside a surrogate pair.
        const QString emoji = u"📷"_s;
        QTest::newRow("pair at the edge") << (QString(PhotoExif::kMaxTextLength - 1, u'a') + emoji)
                                          << QString(PhotoExif::kMaxTextLength - 1, u'a');
        QTest::newRow("pair fits") << (QString(PhotoExif::kMaxTextLength - 2, u'a') + emoji + emoji)
                                   << (QString(PhotoExif::kMaxTextLength - 2, u'a') + emoji);
        QTest::newRow("no trailing space at the cut") << (QString(PhotoExif::kMaxTextLength, u'a') + u" b"_s)
                                                      << QString(PhotoExif::kMaxTextLength, u'a');
    }

    void textIsCleaned()
    {
        QFETCH(QString, text);
        QFETCH(QString, clean);
        QCOMPARE(PhotoExif::cleanText(text), clean);
        QVERIFY(PhotoExif::cleanText(text).size() <= PhotoExif::kMaxTextLength);
    }

    void rangesAreChecked()
    {
        QCOMPARE(PhotoExif::checkedFNumber(2.8), 2.8);
        QVERIFY(!PhotoExif::checkedFNumber(0));
        QVERIFY(!PhotoExif::checkedFNumber(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!PhotoExif::checkedFNumber(std::numeric_limits<double>::infinity()));
        QCOMPARE(PhotoExif::checkedExposureTime(1.0 / 8000), 1.0 / 8000);
        QVERIFY(!PhotoExif::checkedExposureTime(0));
        QVERIFY(!PhotoExif::checkedExposureTime(100'000));
        QCOMPARE(PhotoExif::checkedIso(50), 50);
        QVERIFY(!PhotoExif::checkedIso(0));
        QVERIFY(!PhotoExif::checkedIso(-100));
        QVERIFY(!PhotoExif::checkedIso(qint64(1) << 40));
        QCOMPARE(PhotoExif::checkedFocalLength(4.2), 4.2);
        QVERIFY(!PhotoExif::checkedFocalLength(0));
        QVERIFY(!PhotoExif::checkedFocalLength(-50));
    }
};

QTEST_GUILESS_MAIN(TestPhotoExif)
#include "tst_photoexif.moc"
