#include "app/media/uploadqueue.h"

#include "app/media/filedigest.h"
#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/domain/timestamp.h"
#include "models/domain/track.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/uploadrepository.h"

#include <QFileInfo>

namespace kj::app {

UploadQueue::UploadQueue(kj::store::ClientStore &store) : m_store(store) {}

kj::Result<QString> UploadQueue::queuePhoto(const QString &path, const kj::PhotoWrite &write)
{
    QJsonObject json = write.toJson();
    json.remove(QStringLiteral("uploadId"));
    json.remove(QStringLiteral("mediaId"));
    return queue(path, true, json);
}

kj::Result<QString> UploadQueue::queueTrack(const QString &path, const kj::TrackWrite &write)
{
    QJsonObject json = write.toJson();
    json.remove(QStringLiteral("uploadId"));
    json.remove(QStringLiteral("mediaId"));
    return queue(path, false, json);
}

kj::Result<QString> UploadQueue::queue(const QString &path, bool photo, QJsonObject write)
{
    const QFileInfo file(path);
    // Taken before reading: a change made while it is hashed shows as a newer time at push.
    const qint64 modified = file.lastModified().toMSecsSinceEpoch();
    kj::Result<FileDigest> digest = digestFile(path);
    if (!digest)
        return digest.error();
    kj::store::QueuedUpload upload;
    upload.id = kj::newItemId();
    upload.path = file.absoluteFilePath();
    upload.kind = photo ? kj::MediaKind::Photo : kj::MediaKind::Track;
    upload.filename = file.fileName().left(kj::UploadStart::kMaxFilenameLength);
    upload.size = digest->size;
    upload.sha256 = digest->sha256;
    upload.createdAt = kj::nowUtc();
    const QJsonObject payload{{QStringLiteral("write"), write},
                              {QStringLiteral("modifiedAt"), modified}};
    kj::Status queued = m_store.transaction([&]() -> kj::Status {
        kj::store::UploadRepository uploads(m_store);
        if (kj::Status added = uploads.add(upload); !added)
            return added;
        return m_store.outbox().enqueue(photo ? kPhotoKind : kTrackKind, upload.id, kj::store::OutboxEntry::Op::Upsert,
                                        payload);
    });
    if (!queued)
        return queued.error();
    return upload.id;
}

} // namespace kj::app
