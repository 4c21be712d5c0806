#pragma once

#include "app/media/filedigest.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kj::app {

//! A picture found by scanPhotoFiles(), read and hashed once, ready to queue.
struct PhotoImportFile {
    QString path;
    FileDigest digest;
    qint64 modifiedAt = 0; // ms since the epoch, taken before it was read
};

//! A file scanPhotoFiles() will not queue, and why.
struct RefusedFile {
    enum class Reason {
        NotAPicture, // not JPEG, PNG, WebP or GIF by its content
        Damaged,     // says it is a picture but does not decode
        TooLarge,    // more than 50 MiB or 100 megapixels (the server's limits)
        Unreadable,  // cannot be opened or read (or is empty)
    };
    QString path;
    Reason reason = Reason::NotAPicture;
};

//! What one import found.
struct PhotoImportScan {
    QList<PhotoImportFile> files;
    QList<RefusedFile> refused;
};

//! What one import queued and refused.
struct PhotoImportReport {
    QStringList queued; // the new photos' ids
    QList<RefusedFile> refused;
    QString albumId;
};

//! Looks through files and folders (folders recursively, in name order, hidden entries skipped) for pictures
//! the server takes: recognised by content, not by name, their size read before decoding and decoded once,
//! scaled down, to prove they are whole; then hashed. Blocking: call it off the GUI thread.
[[nodiscard]] PhotoImportScan scanPhotoFiles(const QStringList &paths);

} // namespace kj::app

Q_DECLARE_METATYPE(kj::app::PhotoImportReport)
