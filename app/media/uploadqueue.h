#pragma once

#include "app/media/filedigest.h"
#include "models/domain/result.h"
#include "models/store/uploadrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kj {
struct PhotoWrite;
struct TrackWrite;
} // namespace kj

namespace kj::store {
class ClientStore;
struct OutboxEntry;
} // namespace kj::store

namespace kj::app {

//! Queues photo and track uploads offline first: hashes the file once (streaming), then writes its row in
//! `uploads` and its outbox entry in one transaction. The UploadPusher sends the bytes and makes the item.
//!
//! Outbox entries: kind kPhotoKind or kTrackKind, the item's new id, and a payload {"write": the item's
//! write without uploadId/mediaId, "modifiedAt": the file's modification time in ms when it was hashed,
//! "paused": true while the user holds it back}. A paused upload keeps its row, its place and what the server
//! acknowledged; the sync passes it by (UploadPusher::isHeld) until it is resumed, also after a restart.
class UploadQueue
{
public:
    static inline const QString kPhotoKind = QStringLiteral("photo_upload");
    static inline const QString kTrackKind = QStringLiteral("track_upload");

    //! A queued file as the upload panel shows it.
    struct Entry {
        kj::store::QueuedUpload upload;
        QString albumId; // a photo's album (empty for a track)
        bool paused = false;
        bool inFlight = false; // being sent by the sync now
        QString lastError;     // why the last attempt stopped, if it did
    };

    explicit UploadQueue(kj::store::ClientStore &store);

    //! Queues `path` as a photo of `write` (its album, caption, audience); the new photo's id.
    [[nodiscard]] kj::Result<QString> queuePhoto(const QString &path, const kj::PhotoWrite &write);
    //! Like queuePhoto(path, write), with the file's digest and modification time (ms) read before, e.g. off
    //! the GUI thread: the file is not read again here.
    [[nodiscard]] kj::Result<QString> queuePhoto(const QString &path, const kj::PhotoWrite &write,
                                                 const FileDigest &digest, qint64 modifiedAt);
    //! Queues `path` as a track of `write` (title, artist, audience); the new track's id.
    [[nodiscard]] kj::Result<QString> queueTrack(const QString &path, const kj::TrackWrite &write);
    //! Like queueTrack(path, write), with the file's digest and modification time (ms) read before, e.g. off
    //! the GUI thread: the file is not read again here.
    [[nodiscard]] kj::Result<QString> queueTrack(const QString &path, const kj::TrackWrite &write,
                                                 const FileDigest &digest, qint64 modifiedAt);

    //! Every queued file, oldest first.
    [[nodiscard]] QList<Entry> entries() const;
    //! Holds a queued file back (paused) or lets it go again. NotFound when it is not queued. The upload in
    //! flight is stopped by its pusher first (UploadPusher::pause()), not here.
    [[nodiscard]] kj::Status setPaused(const QString &itemId, bool paused);
    //! Forgets a queued file: its row and its outbox entry (one transaction). NotFound when it is not queued.
    [[nodiscard]] kj::Status cancel(const QString &itemId);
    //! Whether an outbox entry is an upload the user paused.
    [[nodiscard]] static bool isPaused(const kj::store::OutboxEntry &entry);

private:
    [[nodiscard]] kj::Result<QString> queue(const QString &path, bool photo, QJsonObject write);
    [[nodiscard]] kj::Result<QString> queue(const QString &path, bool photo, QJsonObject write,
                                            const FileDigest &digest, qint64 modifiedAt);

    kj::store::ClientStore &m_store;
};

} // namespace kj::app
