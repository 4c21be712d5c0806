#pragma once

#include "models/domain/album.h"
#include "models/domain/photo.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kj::app {

//! One page of someone's albums, newest first; an empty nextCursor means the last page.
struct AlbumPage {
    QList<kj::Album> items;
    QString nextCursor;
};

//! Answer to GET /api/v1/albums/{id}/photos: the album and one page of the photos I may see.
struct AlbumPhotos {
    kj::Album album;
    QList<kj::Photo> items;
    QString nextCursor;
};

//! Answer to PUT /api/v1/albums/{id}: the stored album, and whether the write created it (201).
struct AlbumWriteResult {
    kj::Album album;
    bool created = false;
};

//! Answer to GET /api/v1/media/{id}: the bytes of one rendition.
struct MediaBytes {
    QByteArray bytes;
    QByteArray contentType;
};

//! Answer to PUT /api/v1/photos/{id}: the stored photo, and whether the write created it (201).
struct PhotoWriteResult {
    kj::Photo photo;
    bool created = false;
};

} // namespace kj::app
