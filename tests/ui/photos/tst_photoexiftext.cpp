#include "ui/photos/photoexiftext.h"
#include "ui/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::PhotoExif;

// A photo's camera facts in words: the camera named once, only the facts known, exposure times as
// photographers write them, numbers in the reader's locale.
class TestPhotoExifText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void theCameraIsNamedOnce_data()
    {
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("lens");
        QTest::addColumn<QString>("text");
        QTest::newRow("model names the make") << u"Canon"_s << u"Canon EOS R6"_s << u"RF24-105mm F4 L IS USM"_s
                                              << u"Canon EOS R6 · RF24-105mm F4 L IS USM"_s;
        QTest::newRow("company name") << u"NIKON CORPORATION"_s << u"NIKON D850"_s << QString() << u"NIKON D850"_s;
        QTest::newRow("make first") << u"Apple"_s << u"iPhone 15 Pro"_s << QString() << u"Apple iPhone 15 Pro"_s;
        QTest::newRow("case apart") << u"FUJIFILM"_s << u"Fujifilm X100V"_s << QString() << u"Fujifilm X100V"_s;
        QTest::newRow("make only") << u"SONY"_s << QString() << QString() << u"SONY"_s;
        QTest::newRow("lens only") << QString() << QString() << u"EF50mm f/1.8 STM"_s << u"EF50mm f/1.8 STM"_s;
        QTest::newRow("nothing") << QString() << QString() << QString() << QString();
    }

    void theCameraIsNamedOnce()
    {
        QFETCH(QString, make);
        QFETCH(QString, model);
        QFETCH(QString, lens);
        QFETCH(QString, text);
        PhotoExif exif;
        exif.make = make;
        exif.model = model;
        exif.lens = lens;
        QCOMPARE(kj::ui::cameraText(exif), text);
    }

    void onlyTheKnownSettingsShow()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        PhotoExif exif;
        QCOMPARE(kj::ui::exposureText(exif, english), QString());
        exif.fNumber = 4;
        exif.exposureTime = 0.004;
        exif.iso = 400;
        exif.focalLength = 50;
        QCOMPARE(kj::ui::exposureText(exif, english), u"f/4 · 1/250 s · ISO 400 · 50 mm"_s);
        exif.exposureTime.reset();
        exif.fNumber = 5.6;
        exif.iso = 12800;
        exif.focalLength = 4.25;
        QCOMPARE(kj::ui::exposureText(exif, english), u"f/5.6 · ISO 12800 · 4.3 mm"_s);
        QCOMPARE(kj::ui::exposureText(exif, QLocale(QLocale::German, QLocale::Germany)), u"f/5,6 · ISO 12800 · 4,3 mm"_s);
        PhotoExif isoOnly;
        isoOnly.iso = 100;
        QCOMPARE(kj::ui::exposureText(isoOnly, english), u"ISO 100"_s);
    }

    void exposureTimes_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("1/8000") << 1.0 / 8000 << u"1/8000 s"_s;
        QTest::newRow("1/250") << 0.004 << u"1/250 s"_s;
        QTest::newRow("1/60 rounded") << 0.016667 << u"1/60 s"_s;
        QTest::newRow("1/3") << 1.0 / 3 << u"1/3 s"_s;
        QTest::newRow("1/2") << 0.5 << u"1/2 s"_s;
        QTest::newRow("three tenths") << 0.3 << u"0.3 s"_s;
        QTest::newRow("0.8") << 0.8 << u"0.8 s"_s;
        QTest::newRow("under a tenth, odd") << 0.045 << u"1/22 s"_s;
        QTest::newRow("one") << 1.0 << u"1 s"_s;
        QTest::newRow("2.5") << 2.5 << u"2.5 s"_s;
        QTest::newRow("30") << 30.0 << u"30 s"_s;
        QTest::newRow("long") << 1234.4 << u"1234 s"_s;
    }

    void exposureTimes()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(kj::ui::exposureTimeText(seconds, QLocale(QLocale::English, QLocale::UnitedStates)), text);
    }
};

QTEST_MAIN(TestPhotoExifText)
#include "tst_photoexiftext.moc"
