#pragma once

#include "models/domain/photoexif.h"

#include <QString>
#include <QVariantList>

namespace kj::server::store {

class Query;

//! The media table's camera fact columns (migration 0010), in one order for SELECT and INSERT.
inline constexpr int kExifColumnCount = 7;

//! "camera_make, camera_model, ..." each prefixed with `prefix` (e.g. "m."), for a SELECT or INSERT list.
[[nodiscard]] QString exifColumns(const QString &prefix = {});
//! The facts from kExifColumnCount columns starting at `first`; a NULL column is a fact not known.
[[nodiscard]] PhotoExif readExifColumns(const Query &query, int first);
//! The values to bind for exifColumns(), NULL for what is not known.
[[nodiscard]] QVariantList exifValues(const PhotoExif &exif);

} // namespace kj::server::store
