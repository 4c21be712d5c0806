#pragma once

#include "models/domain/audience.h"
#include "models/domain/photoexif.h"
#include "models/domain/result.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! A photo (照片) in an album: uploaded bytes (mediaId, served in renditions by GET /media/{id}) with a
//! caption and an audience of its own; a reader sees it only if they may see its album too. The
//! client makes its id; width and height are the pixels after EXIF orientation; takenAt and the camera
//! facts (exif) come from EXIF. On the wire: {"kind": "photo", "id", "owner": {user}, "albumId", "mediaId",
//! "caption", "visibility", "takenAt"?, "exif"?, "width", "height", "revision", "createdAt", "updatedAt"}.
struct Photo {
    static constexpr int kMaxCaptionLength = 2000;

    QString id;
    User owner;
    QString albumId;
    QString mediaId;
    QString caption;
    Visibility visibility = Visibility::Private;
    std::optional<QDateTime> takenAt;
    int width = 0;
    int height = 0;
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)
    PhotoExif exif;     // camera, lens and exposure; "exif" on the wire only when not empty

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Photo> fromJson(const QJsonObject &json);
    friend bool operator==(const Photo &, const Photo &) = default;
};

//! Body of PUT /api/v1/photos/{id}: the bytes (exactly one of uploadId, a finished upload of the
//! caller's, or mediaId, bytes the caller uploaded before), the album (the caller's), caption and
//! audience; create (baseRevision null) or update at baseRevision.
struct PhotoWrite {
    std::optional<QString> uploadId;
    std::optional<QString> mediaId;
    QString albumId;
    QString caption;
    Visibility visibility = Visibility::Private;
    std::optional<qint64> baseRevision;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PhotoWrite> fromRequest(const QJsonObject &json);
    //! Whether an existing photo already holds exactly what this write asks for, given the media id
    //! the write's bytes resolve to (an idempotent retry).
    [[nodiscard]] bool sameContentAs(const Photo &photo, const QString &resolvedMediaId) const;
};

} // namespace kj
