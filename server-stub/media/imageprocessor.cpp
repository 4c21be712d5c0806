#include "server-stub/media/imageprocessor.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMutexLocker>
#include <QPainter>
#include <QStringDecoder>
#include <QTimeZone>
#include <QTransform>

#include <exiv2/exiv2.hpp>

#include <exception>

namespace kj::server::media {

namespace {

constexpr qint64 kTailBytes = 64 * 1024;

QByteArray qtFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: return "jpeg";
    case ImageFormat::Png: return "png";
    case ImageFormat::WebP: return "webp";
    case ImageFormat::Gif: return "gif";
    }
    return {};
}

Error unsupported(const QString &why)
{
    return fail(ErrorCode::UnsupportedMediaType, why);
}

// A decoder given a cut-off file fills the missing rows and says nothing; the file's own framing
// tells whether it is whole.
bool looksWhole(ImageFormat format, QFile &file)
{
    const qint64 size = file.size();
    if (!file.seek(std::max<qint64>(0, size - kTailBytes)))
        return false;
    const QByteArray tail = file.read(kTailBytes);
    switch (format) {
    case ImageFormat::Jpeg: {
        // The last end-of-image marker must follow the last start-of-scan (markers cannot occur
        // inside entropy-coded data, and an embedded EXIF thumbnail comes before the main scan).
        const qsizetype eoi = tail.lastIndexOf("\xFF\xD9");
        return eoi >= 0 && tail.lastIndexOf("\xFF\xDA") < eoi;
    }
    case ImageFormat::Png:
        return tail.size() >= 12 && tail.right(12).startsWith(QByteArray("\0\0\0\0IEND", 8));
    case ImageFormat::Gif:
        return tail.endsWith(';');
    case ImageFormat::WebP: {
        if (!file.seek(4))
            return false;
        const QByteArray riffSize = file.read(4);
        if (riffSize.size() != 4)
            return false;
        const quint32 declared = quint32(quint8(riffSize[0])) | quint32(quint8(riffSize[1])) << 8
            | quint32(quint8(riffSize[2])) << 16 | quint32(quint8(riffSize[3])) << 24;
        return qint64(declared) + 8 <= size;
    }
    }
    return false;
}

struct Exif {
    int orientation = 1;
    std::optional<QDateTime> takenAt;
    PhotoExif facts;
};

// EXIF texts are meant to be ASCII; bytes that are not even UTF-8 are no name to show.
QString exifText(const Exiv2::ExifData &data, const char *key)
{
    const auto found = data.findKey(Exiv2::ExifKey(key));
    if (found == data.end() || found->typeId() != Exiv2::asciiString)
        return {};
    const std::string bytes = found->toString(); // up to the first NUL
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (decoder.hasError())
        return {};
    return PhotoExif::cleanText(text);
}

std::optional<double> exifRational(const Exiv2::ExifData &data, const char *key)
{
    const auto found = data.findKey(Exiv2::ExifKey(key));
    if (found == data.end() || found->count() < 1
        || (found->typeId() != Exiv2::unsignedRational && found->typeId() != Exiv2::signedRational)) {
        return std::nullopt;
    }
    const Exiv2::Rational value = found->toRational(0);
    if (value.second == 0)
        return std::nullopt;
    return double(value.first) / double(value.second);
}

std::optional<qint64> exifInteger(const Exiv2::ExifData &data, const char *key)
{
    const auto found = data.findKey(Exiv2::ExifKey(key));
    if (found == data.end() || found->count() < 1)
        return std::nullopt;
    switch (found->typeId()) {
    case Exiv2::unsignedShort:
    case Exiv2::unsignedLong:
    case Exiv2::signedShort:
    case Exiv2::signedLong:
        return qint64(found->toLong(0));
    default:
        return std::nullopt;
    }
}

// Camera, lens and exposure; each fact on its own, so one broken tag loses only itself. GPS tags are never read.
PhotoExif cameraFacts(const Exiv2::ExifData &data)
{
    PhotoExif facts;
    facts.make = exifText(data, "Exif.Image.Make");
    facts.model = exifText(data, "Exif.Image.Model");
    facts.lens = exifText(data, "Exif.Photo.LensModel");
    if (const std::optional<double> value = exifRational(data, "Exif.Photo.FNumber"))
        facts.fNumber = PhotoExif::checkedFNumber(*value);
    if (const std::optional<double> value = exifRational(data, "Exif.Photo.ExposureTime"))
        facts.exposureTime = PhotoExif::checkedExposureTime(*value);
    // Tag 0x8827: ISOSpeedRatings in Exif 2.2, PhotographicSensitivity since 2.3 (Exiv2 0.27 knows the old
    // name). A short: 65535 means "higher", and Exif 2.3 gives the value in RecommendedExposureIndex.
    std::optional<qint64> iso = exifInteger(data, "Exif.Photo.ISOSpeedRatings");
    if (!iso || *iso == 65535) {
        if (const std::optional<qint64> index = exifInteger(data, "Exif.Photo.RecommendedExposureIndex"))
            iso = index;
    }
    if (iso)
        facts.iso = PhotoExif::checkedIso(*iso);
    if (const std::optional<double> value = exifRational(data, "Exif.Photo.FocalLength"))
        facts.focalLength = PhotoExif::checkedFocalLength(*value);
    return facts;
}

std::optional<QDateTime> exifTime(const QString &text, const QString &offset)
{
    QDateTime local = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (offset.size() == 6 && (offset[0] == u'+' || offset[0] == u'-') && offset[3] == u':') {
        const int sign = offset[0] == u'-' ? -1 : 1;
        offsetSeconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60);
    }
    const QDateTime utc(local.date(), local.time(), QTimeZone::utc());
    return utc.addSecs(-offsetSeconds);
}

// Exiv2 parses metadata only, after the format and size checks; a broken block is ignored, never fatal.
Exif readExif(const QString &path)
{
    Exif exif;
    try {
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        if (!image.get())
            return exif;
        image->readMetadata();
        Exiv2::ExifData &data = image->exifData();
        const auto orientation = data.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != data.end() && orientation->count() > 0) {
            const long value = orientation->toLong();
            if (value >= 1 && value <= 8)
                exif.orientation = int(value);
        }
        const auto taken = data.findKey(Exiv2::ExifKey("Exif.Photo.DateTimeOriginal"));
        if (taken != data.end()) {
            QString offset;
            const auto offsetKey = data.findKey(Exiv2::ExifKey("Exif.Photo.OffsetTimeOriginal"));
            if (offsetKey != data.end())
                offset = QString::fromStdString(offsetKey->toString()).trimmed();
            exif.takenAt = exifTime(QString::fromStdString(taken->toString()), offset);
        }
        try {
            exif.facts = cameraFacts(data);
        } catch (const std::exception &) {
            exif.facts = {}; // orientation and date stand without them
        }
    } catch (const std::exception &) {
        // No usable metadata: orientation 1, no date, no camera facts.
    }
    return exif;
}

bool swapsSides(int orientation)
{
    return orientation >= 5;
}

// EXIF orientation to pixels (the same mapping as Qt's own reader).
QImage oriented(QImage image, int orientation)
{
    switch (orientation) {
    case 2: return image.mirrored(true, false);
    case 3: return image.transformed(QTransform().rotate(180));
    case 4: return image.mirrored(false, true);
    case 5: return image.mirrored(false, true).transformed(QTransform().rotate(90));
    case 6: return image.transformed(QTransform().rotate(90));
    case 7: return image.mirrored(true, false).transformed(QTransform().rotate(90));
    case 8: return image.transformed(QTransform().rotate(270));
    default: return image;
    }
}

// JPEG has no alpha: transparent pixels go on white, not black.
QImage flattened(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

QSize fitted(QSize size, int box)
{
    if (size.width() <= box && size.height() <= box)
        return size;
    return size.scaled(box, box, Qt::KeepAspectRatio);
}

Status writeJpeg(const QImage &image, const QString &path, int quality)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return fail(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, writer.errorString()));
    return {};
}

} // namespace

std::optional<ImageFormat> sniffImage(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return ImageFormat::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return ImageFormat::Png;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return ImageFormat::Gif;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return ImageFormat::WebP;
    return std::nullopt;
}

QString imageMimeType(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: return QStringLiteral("image/jpeg");
    case ImageFormat::Png: return QStringLiteral("image/png");
    case ImageFormat::WebP: return QStringLiteral("image/webp");
    case ImageFormat::Gif: return QStringLiteral("image/gif");
    }
    return {};
}

ImageProcessor::ImageProcessor(ImageLimits limits) : m_limits(limits)
{
    // Process-wide settings of the two libraries; the same values every time they are set.
    QImageReader::setAllocationLimit(m_limits.allocationLimitMiB);
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
}

Result<ImageInfo> ImageProcessor::inspect(const QString &original) const
{
    QFile file(original);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("cannot open %1").arg(original));
    const std::optional<ImageFormat> format = sniffImage(file.read(16));
    if (!format)
        return unsupported(QStringLiteral("the file is not a JPEG, PNG, WebP or GIF image"));
    QImageReader reader(&file, qtFormatName(*format));
    file.seek(0);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return unsupported(QStringLiteral("the image's header cannot be read"));
    if (qint64(size.width()) * qint64(size.height()) > m_limits.maxPixels) {
        return fail(ErrorCode::PayloadTooLarge, QStringLiteral("the image has %1 x %2 pixels; at most %3 megapixels are accepted")
                                                    .arg(size.width())
                                                    .arg(size.height())
                                                    .arg(m_limits.maxPixels / 1'000'000));
    }
    if (!looksWhole(*format, file))
        return unsupported(QStringLiteral("the image is cut off"));
    ImageInfo info;
    info.format = *format;
    info.width = size.width();
    info.height = size.height();
    return info;
}

Result<ImageInfo> ImageProcessor::process(const QString &original, const QString &thumbPath, const QString &largePath)
{
    Result<ImageInfo> inspected = inspect(original);
    if (!inspected)
        return inspected;
    ImageInfo info = *inspected;
    const Exif exif = info.format == ImageFormat::Gif ? Exif{} : readExif(original);
    info.takenAt = exif.takenAt;
    info.exif = exif.facts;

    const QSize stored(info.width, info.height);
    const QSize decoded = fitted(stored, m_limits.largeBox); // a square box: the same before and after rotation
    // Only the JPEG decoder scales while decoding; the others decode every pixel first.
    const QSize allocated = info.format == ImageFormat::Jpeg ? decoded : stored;
    if (qint64(allocated.width()) * allocated.height() * 4 > qint64(m_limits.allocationLimitMiB) * 1024 * 1024) {
        return fail(ErrorCode::PayloadTooLarge,
                    QStringLiteral("decoding the image would take more than %1 MiB").arg(m_limits.allocationLimitMiB));
    }

    QImage image;
    {
        // One decode at a time: memory stays bounded by one image whatever the number of uploads.
        const QMutexLocker lock(&m_decoding);
        QImageReader reader(original, qtFormatName(info.format));
        reader.setAutoTransform(false); // orientation comes from Exiv2, applied once below
        if (decoded != stored)
            reader.setScaledSize(decoded);
        image = reader.read();
        if (image.isNull())
            return unsupported(QStringLiteral("the image cannot be decoded: %1").arg(reader.errorString()));
    }
    image = oriented(std::move(image), exif.orientation);
    if (swapsSides(exif.orientation))
        std::swap(info.width, info.height);

    const QImage large = flattened(image.size() == fitted(image.size(), m_limits.largeBox)
                                       ? image
                                       : image.scaled(fitted(image.size(), m_limits.largeBox), Qt::IgnoreAspectRatio,
                                                      Qt::SmoothTransformation));
    const QImage thumb = large.scaled(fitted(large.size(), m_limits.thumbBox), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (Status written = writeJpeg(large, largePath, m_limits.jpegQuality); !written)
        return written.error();
    if (Status written = writeJpeg(thumb, thumbPath, m_limits.jpegQuality); !written)
        return written.error();
    return info;
}

} // namespace kj::server::media
