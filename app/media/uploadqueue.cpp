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
#include <QHash>

namespace kj::app {

UploadQueue::UploadQueue(kj::store::ClientStore &store) : m_store(store) {}

kj::Result<QString> UploadQueue::queuePhoto(const QString &path, const kj::PhotoWrite &write)
{
    QJsonObject json = write.toJson();
    json.remove(QStringLiteral("uploadId"));
    json.remove(QStringLiteral("mediaId"));
    return queue(path, true, json);
}

kj::Result<QString> UploadQueue::queuePhoto(const QString &path, const kj::PhotoWrite &write, const FileDigest &digest,
                                            qint64 modifiedAt)
{
    QJsonObject json = write.toJson();
    json.remove(QStringLiteral("uploadId"));
    json.remove(QStringLiteral("mediaId"));
    return queue(path, true, json, digest, modifiedAt);
}

kj::Result<QString> UploadQueue::queueTrack(const QString &path, const kj::TrackWrite &write)
{
    QJsonObject json = write.toJson();
    json.remove(QStringLiteral("uploadId"));
    json.remove(QStringLiteral("mediaId"));
    return queue(path, false, json);
}

kj::Result<QString> UploadQueue::queueTrack(const QString &path, const kj::TrackWrite &write, const FileDigest &digest,
                                            qint64 modifiedAt)
{
    QJsonObject json = write.toJson();
    json.remove(QStringLiteral("uploadId"));
    json.remove(QStringLiteral("mediaId"));
    return queue(path, false, json, digest, modifiedAt);
}

kj::Result<QString> UploadQueue::queue(const QString &path, bool photo, QJsonObject write)
{
    const QFileInfo file(path);
    // Taken before reading: a change made while it is hashed shows as a newer time at push.
    const qint64 modified = file.lastModified().toMSecsSinceEpoch();
    kj::Result<FileDigest> digest = digestFile(path);
    if (!digest)
        return digest.error();
    return queue(path, photo, std::move(write), *digest, modified);
}

kj::Result<QString> UploadQueue::queue(const QString &path, bool photo, QJsonObject write, const FileDigest &digest,
                                       qint64 modified)
{
    const QFileInfo file(path);
    kj::store::QueuedUpload upload;
    upload.id = kj::newItemId();
    upload.path = file.absoluteFilePath();
    upload.kind = photo ? kj::MediaKind::Photo : kj::MediaKind::Track;
    upload.filename = file.fileName().left(kj::UploadStart::kMaxFilenameLength);
    upload.size = digest.size;
    upload.sha256 = digest.sha256;
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

namespace {
const QString kPaused = QStringLiteral("paused");

QString uploadKind(const kj::store::QueuedUpload &upload)
{
    return upload.kind == kj::MediaKind::Track ? UploadQueue::kTrackKind : UploadQueue::kPhotoKind;
}
} // namespace

bool UploadQueue::isPaused(const kj::store::OutboxEntry &entry)
{
    return (entry.kind == kPhotoKind || entry.kind == kTrackKind) && entry.payload.value(kPaused).toBool();
}

QList<UploadQueue::Entry> UploadQueue::entries() const
{
    QHash<QString, kj::store::OutboxEntry> queued;
    for (const kj::store::OutboxEntry &entry : m_store.outbox().entries()) {
        if (entry.kind == kPhotoKind || entry.kind == kTrackKind)
            queued.insert(entry.itemId, entry);
    }
    QList<Entry> result;
    for (const kj::store::QueuedUpload &upload : kj::store::UploadRepository(m_store).all()) {
        Entry entry;
        entry.upload = upload;
        if (const auto found = queued.constFind(upload.id); found != queued.constEnd()) {
            entry.albumId = found->payload.value(QStringLiteral("write")).toObject().value(QStringLiteral("albumId")).toString();
            entry.paused = isPaused(*found);
            entry.inFlight = found->inFlight;
            entry.lastError = found->lastError;
        }
        result.append(entry);
    }
    return result;
}

kj::Status UploadQueue::setPaused(const QString &itemId, bool paused)
{
    const std::optional<kj::store::QueuedUpload> upload = kj::store::UploadRepository(m_store).find(itemId);
    if (!upload)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 is not queued for upload").arg(itemId));
    const QString kind = uploadKind(*upload);
    return m_store.transaction([&]() -> kj::Status {
        // The entry keeps its place: enqueue() updates a waiting entry in place. One left in flight by a run
        // that never finished is let go first, so the flag lands on it rather than on a successor.
        for (const kj::store::OutboxEntry &entry : m_store.outbox().entries()) {
            if (entry.kind == kind && entry.itemId == itemId && entry.inFlight) {
                if (kj::Status released = m_store.outbox().markFailed(entry.seq, QString()); !released)
                    return released;
            }
        }
        const std::optional<kj::store::OutboxEntry> waiting = m_store.outbox().waiting(kind, itemId);
        if (!waiting)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 is not queued for upload").arg(itemId));
        QJsonObject payload = waiting->payload;
        if (paused)
            payload.insert(kPaused, true);
        else
            payload.remove(kPaused);
        return m_store.outbox().enqueue(kind, itemId, kj::store::OutboxEntry::Op::Upsert, payload);
    });
}

kj::Status UploadQueue::cancel(const QString &itemId)
{
    const std::optional<kj::store::QueuedUpload> upload = kj::store::UploadRepository(m_store).find(itemId);
    if (!upload)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 is not queued for upload").arg(itemId));
    return m_store.transaction([&]() -> kj::Status {
        if (kj::Status removed = kj::store::UploadRepository(m_store).remove(itemId); !removed)
            return removed;
        return m_store.outbox().removeItem(uploadKind(*upload), itemId);
    });
}

} // namespace kj::app
