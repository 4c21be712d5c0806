#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace kj {
struct PhotoWrite;
struct TrackWrite;
} // namespace kj

namespace kj::store {
class ClientStore;
}

namespace kj::app {

//! Queues photo and track uploads offline first: hashes the file once (streaming), then writes its row in
//! `uploads` and its outbox entry in one transaction. The UploadPusher sends the bytes and makes the item.
//!
//! Outbox entries: kind kPhotoKind or kTrackKind, the item's new id, and a payload {"write": the item's
//! write without uploadId/mediaId, "modifiedAt": the file's modification time in ms when it was hashed}.
class UploadQueue
{
public:
    static inline const QString kPhotoKind = QStringLiteral("photo_upload");
    static inline const QString kTrackKind = QStringLiteral("track_upload");

    explicit UploadQueue(kj::store::ClientStore &store);

    //! Queues `path` as a photo of `write` (its album, caption, audience); the new photo's id.
    [[nodiscard]] kj::Result<QString> queuePhoto(const QString &path, const kj::PhotoWrite &write);
    //! Queues `path` as a track of `write` (title, artist, audience); the new track's id.
    [[nodiscard]] kj::Result<QString> queueTrack(const QString &path, const kj::TrackWrite &write);

private:
    [[nodiscard]] kj::Result<QString> queue(const QString &path, bool photo, QJsonObject write);

    kj::store::ClientStore &m_store;
};

} // namespace kj::app
