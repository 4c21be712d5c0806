// GET /media/{id}?size= against the real server: renditions and their sizes, EXIF orientation applied
// and date taken read, camera facts carried in the photo (hostile ones cleaned or left out), the formats taken (JPEG, PNG with alpha, WebP, GIF), caching, and who may fetch.
#include "models/domain/ids.h"
#include "models/domain/photoexif.h"
#include "tests/support/exifjpeg.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;

namespace {

QImage decoded(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60;
}

//! A JPEG with EXIF Orientation and DateTimeOriginal (+ OffsetTimeOriginal) written by Exiv2.
QByteArray jpegWithExif(const QImage &image, int orientation, const char *taken, const char *offset)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"exif.jpg"_s);
    if (!image.save(path, "jpeg", 90))
        return {};
    auto file = Exiv2::ImageFactory::open(path.toStdString());
    file->readMetadata();
    Exiv2::ExifData exif;
    exif["Exif.Image.Orientation"] = uint16_t(orientation);
    exif["Exif.Photo.DateTimeOriginal"] = std::string(taken);
    exif["Exif.Photo.OffsetTimeOriginal"] = std::string(offset);
    file->setExifData(exif);
    file->writeMetadata();
    QFile result(path);
    return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
}

} // namespace

class TestMediaApi : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob, m_carol;
    QString m_publicAlbum;

    JsonClient &json() { return m_media->json(); }

    //! Uploads bytes into a photo of alice's public album; the photo JSON.
    QJsonObject photoOf(const QByteArray &bytes, const QString &visibility = u"public"_s, const QString &album = {})
    {
        const QString media = m_media->uploadWhole(m_alice, bytes);
        if (media.isEmpty())
            return {};
        return m_media->newPhoto(m_alice, media, album.isEmpty() ? m_publicAlbum : album, visibility)
            .json.value(u"photo"_s)
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_media = std::make_unique<MediaClient>(m_server.baseUrl());
        m_alice = json().signUp(u"alice"_s);
        m_bob = json().signUp(u"bob"_s);
        m_carol = json().signUp(u"carol"_s);
        QVERIFY(json().befriend(m_alice, u"bob"_s, m_bob));
        m_publicAlbum = m_media->newAlbum(m_alice, u"public"_s);
    }

    void renditionsHaveTheirSizes()
    {
        const QByteArray original = MediaClient::encoded(MediaClient::testImage(4000, 3000), "jpeg", 85);
        const QJsonObject photo = photoOf(original);
        QCOMPARE(photo.value(u"width"_s).toInt(), 4000);
        QCOMPARE(photo.value(u"height"_s).toInt(), 3000);
        const QString media = photo.value(u"mediaId"_s).toString();

        const TestReply thumb = m_media->getMedia(m_bob, media, u"thumb"_s);
        QCOMPARE(thumb.status, 200);
        QCOMPARE(thumb.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(decoded(thumb.body).size(), QSize(256, 192));
        const TestReply large = m_media->getMedia(m_bob, media, u"large"_s);
        QCOMPARE(decoded(large.body).size(), QSize(1600, 1200));
        QCOMPARE(m_media->getMedia(m_bob, media, QString()).body, large.body); // large by default
        const TestReply full = m_media->getMedia(m_bob, media, u"original"_s);
        QCOMPARE(full.body, original);
        QCOMPARE(m_media->getMedia(m_bob, media, u"huge"_s).status, 400);
        QCOMPARE(m_media->getMedia(m_bob, u"kongjian.sqlite"_s, u"thumb"_s).status, 400);
    }

    void smallPhotosAreNotEnlarged()
    {
        const QJsonObject photo = photoOf(MediaClient::encoded(MediaClient::testImage(200, 100), "jpeg"));
        const QString media = photo.value(u"mediaId"_s).toString();
        QCOMPARE(decoded(m_media->getMedia(m_alice, media, u"large"_s).body).size(), QSize(200, 100));
        QCOMPARE(decoded(m_media->getMedia(m_alice, media, u"thumb"_s).body).size(), QSize(200, 100));
    }

    void exifOrientationIsAppliedAndTheDateRead()
    {
        // Stored 400 x 200 with the red marker top-left; orientation 6 says "turn 90 degrees clockwise".
        const QByteArray bytes = jpegWithExif(MediaClient::testImage(400, 200), 6, "2025:04:05 06:07:08", "+08:00");
        QVERIFY(!bytes.isEmpty());
        const QJsonObject photo = photoOf(bytes);
        QCOMPARE(photo.value(u"width"_s).toInt(), 200);
        QCOMPARE(photo.value(u"height"_s).toInt(), 400);
        QCOMPARE(photo.value(u"takenAt"_s).toString(), u"2025-04-04T22:07:08.000Z"_s);
        const QImage large = decoded(m_media->getMedia(m_alice, photo.value(u"mediaId"_s).toString(), u"large"_s).body);
        QCOMPARE(large.size(), QSize(200, 400));
        QVERIFY(isRed(large.pixel(large.width() - 5, 5)));  // the marker went to the top right
        QVERIFY(!isRed(large.pixel(5, 5)));
        const QImage thumb = decoded(m_media->getMedia(m_alice, photo.value(u"mediaId"_s).toString(), u"thumb"_s).body);
        QCOMPARE(thumb.size(), QSize(128, 256));
    }

    void cameraFactsAreCarriedWithThePhoto()
    {
        const QByteArray bytes = jpegWithExif(MediaClient::testImage(420, 300),
                                              {{"Exif.Image.Make", "Canon"},
                                               {"Exif.Image.Model", "Canon EOS R6"},
                                               {"Exif.Photo.LensModel", "RF24-105mm F4 L IS USM"},
                                               {"Exif.Photo.FNumber", "4/1"},
                                               {"Exif.Photo.ExposureTime", "1/250"},
                                               {"Exif.Photo.ISOSpeedRatings", "400"},
                                               {"Exif.Photo.FocalLength", "50/1"},
                                               {"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                               {"Exif.GPSInfo.GPSLatitude", "39/1 54/1 27/1"},
                                               {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                               {"Exif.GPSInfo.GPSLongitude", "116/1 23/1 50/1"}});
        QVERIFY(!bytes.isEmpty());
        const QJsonObject photo = photoOf(bytes);
        const QJsonObject expected{{u"make"_s, u"Canon"_s},
                                   {u"model"_s, u"Canon EOS R6"_s},
                                   {u"lens"_s, u"RF24-105mm F4 L IS USM"_s},
                                   {u"fNumber"_s, 4},
                                   {u"exposureTime"_s, 0.004},
                                   {u"iso"_s, 400},
                                   {u"focalLength"_s, 50}};
        QCOMPARE(photo.value(u"exif"_s).toObject(), expected);
        // Never the location, under any name (the ids left out: a random one may hold "116").
        QJsonObject withoutIds = photo;
        for (const QString &key : {u"id"_s, u"albumId"_s, u"mediaId"_s})
            withoutIds.remove(key);
        const QByteArray text = QJsonDocument(withoutIds).toJson(QJsonDocument::Compact).toLower();
        QVERIFY2(!text.contains("gps") && !text.contains("latitude") && !text.contains("116"), text.constData());

        // Read back from the store: the album's photos carry the same facts.
        const TestReply listed = json().get(u"/api/v1/albums/"_s + m_publicAlbum + u"/photos?limit=100"_s, m_bob);
        QCOMPARE(listed.status, 200);
        bool found = false;
        for (const QJsonValue &item : listed.json.value(u"items"_s).toArray()) {
            if (item.toObject().value(u"id"_s) == photo.value(u"id"_s)) {
                QCOMPARE(item.toObject().value(u"exif"_s).toObject(), expected);
                found = true;
            }
        }
        QVERIFY(found);

        // The same bytes uploaded again (stored once) give a new photo the same facts.
        const QString again = m_media->uploadWhole(m_alice, bytes);
        QCOMPARE(again, photo.value(u"mediaId"_s).toString());
        const TestReply second = m_media->newPhoto(m_alice, again, m_publicAlbum, u"public"_s);
        QCOMPARE(second.json.value(u"photo"_s).toObject().value(u"exif"_s).toObject(), expected);
    }

    void factsNotInTheFileAreLeftOut()
    {
        const QByteArray some = jpegWithExif(MediaClient::testImage(430, 300),
                                             {{"Exif.Image.Model", "X100V"}, {"Exif.Photo.ExposureTime", "3/10"},
                                              {"Exif.Photo.ISOSpeedRatings", "65535"},
                                              {"Exif.Photo.RecommendedExposureIndex", "102400"}});
        QVERIFY(!some.isEmpty());
        QCOMPARE(photoOf(some).value(u"exif"_s).toObject(),
                 (QJsonObject{{u"model"_s, u"X100V"_s}, {u"exposureTime"_s, 0.3}, {u"iso"_s, 102400}}));

        const QJsonObject plain = photoOf(MediaClient::encoded(MediaClient::testImage(440, 300), "jpeg"));
        QVERIFY(!plain.isEmpty());
        QVERIFY2(!plain.contains(u"exif"_s), "no EXIF, no \"exif\"");
        const QJsonObject dateOnly = photoOf(jpegWithExif(MediaClient::testImage(450, 300),
                                                          {{"Exif.Photo.DateTimeOriginal", "2025:04:05 06:07:08"}}));
        QVERIFY(dateOnly.value(u"takenAt"_s).isString());
        QVERIFY(!dateOnly.contains(u"exif"_s));
    }

    void hostileCameraFactsAreCleanedOrLeftOut()
    {
        const QByteArray huge(10'000, 'A');
        const QByteArray bytes = jpegWithExif(
            MediaClient::testImage(460, 300),
            {{"Exif.Image.Make", huge},                                    // cut to the longest a fact may be
             {"Exif.Image.Model", "EOS \xff\xfe\xc0\xaf"},                 // not UTF-8: left out
             {"Exif.Photo.LensModel", "  RF\xe2\x80\xae" "50mm\tF1.8\n\n STM\x07 "}, // bidi override, tab, bell
             {"Exif.Photo.FNumber", "4/0"},                                // no number at all
             {"Exif.Photo.ExposureTime", "1/250", "Ascii"},                // the wrong type
             {"Exif.Photo.ISOSpeedRatings", "0"},                          // out of range
             {"Exif.Photo.FocalLength", "-50/1", "SRational"}});           // below zero
        QVERIFY(!bytes.isEmpty());
        const QString media = m_media->uploadWhole(m_alice, bytes);
        QVERIFY2(!media.isEmpty(), "a photo with hostile EXIF is still a photo");
        const TestReply created = m_media->newPhoto(m_alice, media, m_publicAlbum, u"public"_s);
        QCOMPARE(created.status, 201);
        const QJsonObject exif = created.json.value(u"photo"_s).toObject().value(u"exif"_s).toObject();
        QCOMPARE(exif, (QJsonObject{{u"make"_s, QString(kj::PhotoExif::kMaxTextLength, u'A')},
                                    {u"lens"_s, u"RF50mm F1.8 STM"_s}}));
    }

    void otherFormatsAreTaken()
    {
        QImage transparent(300, 300, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        const QJsonObject png = photoOf(MediaClient::encoded(transparent, "png"));
        QVERIFY(!png.isEmpty());
        const QImage flat = decoded(m_media->getMedia(m_alice, png.value(u"mediaId"_s).toString(), u"thumb"_s).body);
        QVERIFY2(qRed(flat.pixel(10, 10)) > 240, "transparency is laid on white"); // not black
        QCOMPARE(m_media->getMedia(m_alice, png.value(u"mediaId"_s).toString(), u"original"_s).header("Content-Type"),
                 QByteArray("image/png"));

        QVERIFY(QImageReader::supportedImageFormats().contains("webp"));
        const QJsonObject webp = photoOf(MediaClient::encoded(MediaClient::testImage(500, 300), "webp"));
        QCOMPARE(webp.value(u"width"_s).toInt(), 500);
        QCOMPARE(m_media->getMedia(m_alice, webp.value(u"mediaId"_s).toString(), u"original"_s).header("Content-Type"),
                 QByteArray("image/webp"));

        // Qt writes no GIF: ImageMagick makes one.
        QTemporaryDir dir;
        const QString gifPath = dir.filePath(u"a.gif"_s);
        QCOMPARE(QProcess::execute(u"convert"_s, {u"-size"_s, u"64x48"_s, u"gradient:red-blue"_s, gifPath}), 0);
        QFile gif(gifPath);
        QVERIFY(gif.open(QIODevice::ReadOnly));
        const QJsonObject gifPhoto = photoOf(gif.readAll());
        QCOMPARE(gifPhoto.value(u"width"_s).toInt(), 64);
        QCOMPARE(decoded(m_media->getMedia(m_alice, gifPhoto.value(u"mediaId"_s).toString(), u"thumb"_s).body).size(), QSize(64, 48));
    }

    void onlyThoseWhoMaySeeAPhotoGetItsMedia()
    {
        const QString friendsAlbum = m_media->newAlbum(m_alice, u"friends"_s);
        const QJsonObject photo = photoOf(MediaClient::encoded(MediaClient::testImage(300, 300), "jpeg"), u"public"_s, friendsAlbum);
        const QString media = photo.value(u"mediaId"_s).toString();
        QCOMPARE(m_media->getMedia(m_alice, media, u"thumb"_s).status, 200);
        QCOMPARE(m_media->getMedia(m_bob, media, u"thumb"_s).status, 200);
        QCOMPARE(m_media->getMedia(m_carol, media, u"thumb"_s).status, 404);
        QCOMPARE(m_media->getMedia(QString(), media, u"original"_s).status, 404);
        QCOMPARE(m_media->getMedia(m_bob, kj::newItemId(), u"thumb"_s).status, 404);

        // Uploaded but in no photo yet: only the uploader.
        const QString loose = m_media->uploadWhole(m_alice, MediaClient::encoded(MediaClient::testImage(310, 300), "jpeg"));
        QCOMPARE(m_media->getMedia(m_alice, loose, u"thumb"_s).status, 200);
        QCOMPARE(m_media->getMedia(m_bob, loose, u"thumb"_s).status, 404);

        // The same media in a public photo opens it to everyone.
        QCOMPARE(m_media->newPhoto(m_alice, loose, m_publicAlbum, u"public"_s).status, 201);
        QCOMPARE(m_media->getMedia(QString(), loose, u"thumb"_s).status, 200);
    }

    void cachingHeaders()
    {
        const QString media = photoOf(MediaClient::encoded(MediaClient::testImage(320, 300), "jpeg")).value(u"mediaId"_s).toString();
        const TestReply first = m_media->getMedia(m_alice, media, u"thumb"_s);
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        QVERIFY(first.header("Cache-Control").contains("private"));
        QCOMPARE(first.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(m_media->getMedia(m_alice, media, u"large"_s).header("ETag") != etag);
        const TestReply again = m_media->json().send("GET", u"/api/v1/media/"_s + media + u"?size=thumb"_s, {}, {}, m_alice);
        QCOMPARE(again.header("ETag"), etag);
    }
};

QTEST_GUILESS_MAIN(TestMediaApi)
#include "tst_mediaapi.moc"
