#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kj::server::media {
class MediaStore;
}

namespace kj::server::api {

//! Removes abandoned uploads (unfinished and untouched for MediaLimits::abandonedAfter) with their
//! .part files, and finished uploads older than MediaLimits::finishedKeptFor (their media stay). Run when
//! the server starts and before each new upload.
[[nodiscard]] Status sweepAbandonedUploads(const QSqlDatabase &db, media::MediaStore &store, const QDateTime &now);

} // namespace kj::server::api
