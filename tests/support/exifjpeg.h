#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

//! One EXIF tag to write into a test photo: the Exiv2 key, the value as text read in the tag's own type
//! ("4/1" for a rational, "400" for a short) or, when `type` names another Exiv2 type ("Ascii", "Undefined"...),
//! in that one, as a hostile file would have it.
struct ExifTag {
    QByteArray key;
    QByteArray value;
    QByteArray type = {};
};

//! `image` as a JPEG carrying `tags`, written by Exiv2; empty when the tags cannot be written.
//!
//!     const QByteArray jpeg = jpegWithExif(MediaClient::testImage(400, 300),
//!                                          {{"Exif.Image.Model", "Canon EOS R6"}, {"Exif.Photo.FNumber", "4/1"}});
[[nodiscard]] QByteArray jpegWithExif(const QImage &image, const QList<ExifTag> &tags);
