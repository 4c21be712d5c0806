#pragma once

#include "models/domain/result.h"

#include <QString>

namespace kj::app {

//! A file's size and SHA-256 (64 lower-case hex digits), as an upload announces them.
struct FileDigest {
    qint64 size = 0;
    QString sha256;
};

//! Reads the file once, streaming (never whole in memory). A missing, unreadable or empty file is a
//! Storage error that names it.
[[nodiscard]] kj::Result<FileDigest> digestFile(const QString &path);

} // namespace kj::app
