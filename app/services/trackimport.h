#pragma once

#include "app/media/filedigest.h"
#include "models/domain/result.h"

#include <QString>

namespace kj::app {

//! An audio file read and hashed once (off the GUI thread), ready to queue as a track.
struct PreparedTrack {
    QString path;
    FileDigest digest;
    qint64 modifiedAt = 0; // ms since the epoch, taken before it was read
};

//! Checks that `path` is audio the server takes as a track (docs/api.md, Music: MP3, Ogg Vorbis or Opus, FLAC,
//! M4A or WAV, told by content, at most 50 MiB) and hashes it. Blocking: call it off the GUI thread.
//! A missing or unreadable file is NotFound or Storage, too large PayloadTooLarge, not audio
//! UnsupportedMediaType, each in plain words naming the file.
[[nodiscard]] kj::Result<PreparedTrack> prepareTrackFile(const QString &path);

} // namespace kj::app
