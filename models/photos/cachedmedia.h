#pragma once

#include "models/domain/album.h"
#include "models/domain/photo.h"

#include <QJsonObject>
#include <optional>

namespace kj::models {

//! An album or photo as the items cache keeps it (kj::Album::fromJson() on the cached JSON). One of mine the
//! server has not seen yet has no revision there (0): it is read as the first one.
[[nodiscard]] std::optional<kj::Album> cachedAlbum(const QJsonObject &json);
[[nodiscard]] std::optional<kj::Photo> cachedPhoto(const QJsonObject &json);

} // namespace kj::models
