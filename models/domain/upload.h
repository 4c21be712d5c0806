#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kj {

//! What an upload carries: a photo (JPEG, PNG, WebP, GIF) or, later, a track.
enum class MediaKind { Photo, Track };

[[nodiscard]] QString mediaKindName(MediaKind kind);
[[nodiscard]] std::optional<MediaKind> mediaKindFromName(const QString &name);

//! Which rendition of a photo GET /api/v1/media/{id}?size= serves: a 256 px box, a 1600 px box
//! (both JPEG), or the bytes as uploaded.
enum class MediaSize { Thumb, Large, Original };

[[nodiscard]] QString mediaSizeName(MediaSize size);
[[nodiscard]] std::optional<MediaSize> mediaSizeFromName(const QString &name);

//! Body of POST /api/v1/uploads: the size and SHA-256 of the whole file, what it is, and its name as a
//! display hint only (never a path on the server).
struct UploadStart {
    static constexpr int kMaxFilenameLength = 255;
    static constexpr qint64 kMaxSize = qint64(1) << 53; // the codec's bound; the server's limits are far lower

    qint64 size = 0;      // bytes, at least 1
    QString sha256;       // 64 lower-case hex digits
    MediaKind kind = MediaKind::Photo;
    QString filename;     // 0..255 characters, no control characters

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<UploadStart> fromRequest(const QJsonObject &json);
};

//! Answer to POST /api/v1/uploads and PATCH /api/v1/uploads/{id}: either an upload in progress
//! ({uploadId, offset, size}) or bytes the server holds ({mediaId}, also with uploadId, offset and size
//! once an upload of the caller's completes).
struct UploadStatus {
    QString uploadId;            // empty when the server had the bytes already (POST answered 200)
    qint64 offset = 0;
    qint64 size = 0;
    std::optional<QString> mediaId; // set once the bytes are complete, verified and stored

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<UploadStatus> fromJson(const QJsonObject &json);
};

//! Whether text is a SHA-256 in the wire's form: 64 lower-case hex digits.
[[nodiscard]] bool isSha256Hex(QStringView text);

} // namespace kj
