#pragma once

#include "models/domain/result.h"

#include <QString>

namespace kj::server::media {

//! The SHA-256 of a file's bytes as 64 lower-case hex digits, read in 1 MiB blocks (bounded memory).
//! OpenSSL's digest uses the CPU's SHA extensions where it has them: about ten times QCryptographicHash's
//! speed, and a completed upload is hashed whole (docs/performance.md).
[[nodiscard]] Result<QString> fileSha256(const QString &path);

} // namespace kj::server::media
