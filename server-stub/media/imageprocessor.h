#pragma once

#include "models/domain/photoexif.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <optional>

namespace kj::server::media {

//! Image formats the server accepts, told by their first bytes.
enum class ImageFormat { Jpeg, Png, WebP, Gif };

//! The format whose magic bytes `head` (the first 16 bytes or more of a file) starts with.
[[nodiscard]] std::optional<ImageFormat> sniffImage(const QByteArray &head);
[[nodiscard]] QString imageMimeType(ImageFormat format);

//! Limits of photo decoding (design.md section 4).
struct ImageLimits {
    qint64 maxPixels = 100'000'000;  // width x height from the header; over it: 413 before decoding
    int allocationLimitMiB = 512;    // QImageReader's limit for one decoded image (100 MP x 4 bytes fits)
    int thumbBox = 256;
    int largeBox = 1600;
    int jpegQuality = 85;
};

//! What a photo turned out to be.
struct ImageInfo {
    ImageFormat format = ImageFormat::Jpeg;
    int width = 0;  // pixels after EXIF orientation
    int height = 0;
    std::optional<QDateTime> takenAt; // EXIF DateTimeOriginal (its offset when given, else read as UTC)
    PhotoExif exif;                   // camera, lens and exposure; the location is never read
};

//! Checks and renders uploaded photos: sniffs the format by content, reads the pixel size from the
//! header before decoding (and refuses bombs), checks that the file is whole, reads EXIF orientation, date
//! taken and camera facts with Exiv2, decodes under an allocation limit (one image at a time, so memory stays
//! bounded whatever the number of uploads), applies the orientation and writes `thumb` (256 px box) and
//! `large` (1600 px box) as JPEG. Runs on the calling thread (an I/O thread for now). Thread-safe.
class ImageProcessor
{
public:
    explicit ImageProcessor(ImageLimits limits = {});

    //! UnsupportedMediaType for anything but a whole JPEG, PNG, WebP or GIF; PayloadTooLarge over the
    //! pixel limit or when decoding would pass the allocation limit.
    [[nodiscard]] Result<ImageInfo> process(const QString &original, const QString &thumbPath, const QString &largePath);
    //! Only the checks before decoding: format and pixel size.
    [[nodiscard]] Result<ImageInfo> inspect(const QString &original) const;

private:
    ImageLimits m_limits;
    QMutex m_decoding;
};

} // namespace kj::server::media
