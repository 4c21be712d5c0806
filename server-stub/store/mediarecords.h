#pragma once

#include "models/domain/album.h"
#include "models/domain/photo.h"
#include "models/domain/photoexif.h"
#include "models/domain/upload.h"
#include "server-stub/store/records.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kj::server::store {

//! Bytes the server holds, once per content; the files are named after id (see media/mediafiles.h).
struct MediaRecord {
    QString id;
    QString sha256;
    qint64 size = 0;
    MediaKind kind = MediaKind::Photo;
    QString mimeType;  // of the original, from its content, e.g. "image/png"
    int width = 0;     // pixels after EXIF orientation
    int height = 0;
    std::optional<QDateTime> takenAt;
    QDateTime createdAt;
    PhotoExif exif; // a photo's camera facts (never its location)
};

//! A resumable upload of one user's: where it stands, and the media it became once complete.
struct UploadRecord {
    QString id;
    qint64 ownerId = 0;
    MediaKind kind = MediaKind::Photo;
    qint64 size = 0;
    QString sha256;
    QString filename; // the client's display hint, never a path
    qint64 received = 0;
    std::optional<QString> mediaId;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool complete() const { return mediaId.has_value(); }
};

//! An album row: the wire Album plus its owner's id and, for a tombstone, when it was deleted.
struct AlbumRecord {
    Album album;
    qint64 ownerId = 0;
    QDateTime deletedAt;

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
};

//! A photo row: the wire Photo (width, height, takenAt and exif from its media) plus its owner's id, its
//! album's visibility and, for a tombstone, when it was deleted.
struct PhotoRecord {
    Photo photo;
    qint64 ownerId = 0;
    Visibility albumVisibility = Visibility::Private;
    QDateTime deletedAt;

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
    //! Who may see the photo: the narrower of its own audience and its album's.
    [[nodiscard]] Visibility effectiveVisibility() const;
};

//! The narrower of two audiences (private < groups < friends < public). Two "groups" audiences of different
//! groups are not comparable: the audience rule checks a photo and its album one by one (itemaccess).
[[nodiscard]] Visibility narrowerVisibility(Visibility a, Visibility b);

//! A newest-first page of albums or photos and where the next one starts (nullopt: no more).
struct AlbumPage {
    QList<Album> items;
    std::optional<DiaryKeyset> next;
};
struct PhotoPage {
    QList<Photo> items;
    std::optional<DiaryKeyset> next;
};

} // namespace kj::server::store
