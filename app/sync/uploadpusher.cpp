#include "app/sync/uploadpusher.h"

#include "app/media/mediaupload.h"
#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "models/domain/photo.h"
#include "models/domain/track.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/uploadrepository.h"

#include <QFileInfo>

namespace kj::app {

namespace {
using kj::store::OutboxEntry;
using kj::store::QueuedUpload;
using kj::store::UploadRepository;

QString describeKind(const QString &kind)
{
    return kind == UploadQueue::kTrackKind ? QStringLiteral("track") : QStringLiteral("photo");
}
} // namespace

UploadPusher::UploadPusher(kj::store::ClientStore &store, ApiClient &api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_chunkSize(MediaUpload::kMaxChunkBytes)
{
}

UploadPusher::~UploadPusher()
{
    // An upload in progress stops here; what the server acknowledged is in the store already.
    delete m_current.data();
}

QStringList UploadPusher::kinds() const
{
    return {UploadQueue::kPhotoKind, UploadQueue::kTrackKind};
}

void UploadPusher::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::clamp<qint64>(bytes, 1, MediaUpload::kMaxChunkBytes);
}

void UploadPusher::push(const OutboxEntry &entry, PushRun &, Done done)
{
    const std::optional<QueuedUpload> upload = UploadRepository(m_store).find(entry.itemId);
    if (!upload) {
        fail(entry, kj::fail(kj::ErrorCode::NotFound, QStringLiteral("the queued file of %1 %2 is no longer recorded here")
                                                          .arg(describeKind(entry.kind), entry.itemId)),
             done);
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    if (upload->bytesDone()) {
        // The bytes went up in an earlier run; only the item is left to make.
        putItem(entry, *upload, entry.kind == UploadQueue::kTrackKind && !upload->uploadId.isEmpty(), std::move(done));
        return;
    }
    // The bytes are read again now: the file must still be what was hashed when it was queued.
    const QFileInfo file(upload->path);
    const qint64 modifiedAt = entry.payload.value(QStringLiteral("modifiedAt")).toInteger(-1);
    if (!file.isFile()) {
        fail(entry, kj::fail(kj::ErrorCode::BadRequest, QStringLiteral("%1 was removed before it was uploaded").arg(upload->path)),
             done);
        return;
    }
    if (file.size() != upload->size || file.lastModified().toMSecsSinceEpoch() != modifiedAt) {
        fail(entry, kj::fail(kj::ErrorCode::BadRequest,
                             QStringLiteral("%1 changed after it was queued for upload; queue it again to send the new version")
                                 .arg(upload->path)),
             done);
        return;
    }
    sendBytes(entry, *upload, std::move(done));
}

bool UploadPusher::isHeld(const OutboxEntry &entry) const
{
    return UploadQueue::isPaused(entry);
}

UploadPusher::Done UploadPusher::abandonCurrent(const QString &itemId)
{
    if (!m_current || m_currentItemId != itemId)
        return nullptr;
    // It may be the very sender whose signal brought us here (a pause at a progress step): no signal of it
    // reaches this pusher any more, and it goes when control is back in the event loop. What the server
    // acknowledged is in the store; a resume asks the server where it stands.
    m_current->disconnect(this);
    m_current->deleteLater();
    m_current = nullptr;
    m_currentItemId.clear();
    Done done = std::move(m_currentDone);
    m_currentDone = nullptr;
    return done;
}

QString UploadPusher::currentItemId() const
{
    return m_current ? m_currentItemId : QString();
}

kj::Status UploadPusher::pause(const QString &itemId)
{
    Done done = abandonCurrent(itemId);
    kj::Status paused = UploadQueue(m_store).setPaused(itemId, true);
    // The push of the stopped upload ends now, so the run goes on with what is behind it.
    if (done)
        done({});
    return paused;
}

kj::Status UploadPusher::resume(const QString &itemId)
{
    return UploadQueue(m_store).setPaused(itemId, false);
}

kj::Status UploadPusher::cancel(const QString &itemId)
{
    Done done = abandonCurrent(itemId);
    kj::Status cancelled = UploadQueue(m_store).cancel(itemId);
    reportOverall();
    if (done)
        done({});
    return cancelled;
}

void UploadPusher::sendBytes(const OutboxEntry &entry, const QueuedUpload &upload, Done done)
{
    auto *media = new MediaUpload(m_api, upload.path, upload.kind, this);
    m_current = media;
    m_currentItemId = upload.id;
    m_currentDone = done;
    media->setChunkSize(m_chunkSize);
    media->setDigest(FileDigest{upload.size, upload.sha256});
    if (!upload.uploadId.isEmpty())
        media->setUploadId(upload.uploadId);
    const QString itemId = upload.id;
    const QString fileName = upload.filename;
    connect(media, &MediaUpload::uploadStarted, this, [this, itemId](const QString &uploadId) {
        // Before the first chunk: a run killed now resumes this upload instead of opening another.
        (void)UploadRepository(m_store).recordStarted(itemId, uploadId);
    });
    connect(media, &MediaUpload::progress, this, [this, itemId, fileName](qint64 sent, qint64 total) {
        (void)UploadRepository(m_store).recordOffset(itemId, sent);
        Q_EMIT fileProgress(itemId, fileName, sent, total);
        reportOverall();
    });
    connect(media, &MediaUpload::finished, this, [this, entry, media, done](kj::Result<QString> mediaId) {
        media->deleteLater();
        m_currentDone = nullptr;
        m_currentItemId.clear(); // its bytes are done with (or failed): nothing is being sent now
        if (!mediaId) {
            kj::Error error = mediaId.error();
            if (error.code == kj::ErrorCode::Storage) {
                // The file could not be read as it was queued (gone, shorter, unreadable): it cannot go as it is.
                error.code = kj::ErrorCode::BadRequest;
            }
            fail(entry, error, done);
            return;
        }
        UploadRepository uploads(m_store);
        if (kj::Status recorded = uploads.recordMedia(entry.itemId, *mediaId); !recorded) {
            done(recorded);
            return;
        }
        const std::optional<QueuedUpload> current = uploads.find(entry.itemId);
        if (!current) {
            done(kj::fail(kj::ErrorCode::Storage, QStringLiteral("the queued upload %1 vanished from the store").arg(entry.itemId)));
            return;
        }
        // A track by its upload when there is one, so the server knows the file's name for a default title.
        putItem(entry, *current, entry.kind == UploadQueue::kTrackKind && !current->uploadId.isEmpty(), done);
    });
    media->start();
}

void UploadPusher::putItem(const OutboxEntry &entry, const QueuedUpload &upload, bool byUploadId, Done done)
{
    QJsonObject json = entry.payload.value(QStringLiteral("write")).toObject();
    json.insert(byUploadId ? QStringLiteral("uploadId") : QStringLiteral("mediaId"), byUploadId ? upload.uploadId : upload.mediaId);
    if (entry.kind == UploadQueue::kTrackKind) {
        kj::Result<kj::TrackWrite> write = kj::TrackWrite::fromRequest(json);
        if (!write) {
            fail(entry, kj::fail(kj::ErrorCode::BadRequest, QStringLiteral("the queued track is malformed: %1").arg(write.error().message)),
                 done);
            return;
        }
        m_api.putTrack(entry.itemId, *write, this, [this, entry, upload, byUploadId, done](kj::Result<TrackWriteResult> result) {
            if (!result && byUploadId && result.error().code == kj::ErrorCode::NotFound) {
                // The server names a finished upload's media for a week only: by the media itself then.
                putItem(entry, upload, false, done);
                return;
            }
            if (!result) {
                fail(entry, result.error(), done);
                return;
            }
            settle(entry, entry.kind, result->track.toJson(), done);
        });
        return;
    }
    kj::Result<kj::PhotoWrite> write = kj::PhotoWrite::fromRequest(json);
    if (!write) {
        fail(entry, kj::fail(kj::ErrorCode::BadRequest, QStringLiteral("the queued photo is malformed: %1").arg(write.error().message)),
             done);
        return;
    }
    m_api.putPhoto(entry.itemId, *write, this, [this, entry, done](kj::Result<PhotoWriteResult> result) {
        if (!result) {
            fail(entry, result.error(), done);
            return;
        }
        settle(entry, entry.kind, result->photo.toJson(), done);
    });
}

void UploadPusher::settle(const OutboxEntry &entry, const QString &kind, const QJsonObject &item, Done done)
{
    std::optional<QueuedUpload> upload = UploadRepository(m_store).find(entry.itemId);
    kj::Status settled = m_store.transaction([&]() -> kj::Status {
        if (kj::Status removed = UploadRepository(m_store).remove(entry.itemId); !removed)
            return removed;
        return m_store.outbox().remove(entry.seq);
    });
    if (!settled) {
        done(settled);
        return;
    }
    if (upload)
        m_doneBytes += upload->size;
    reportOverall();
    Q_EMIT uploaded(kind, entry.itemId, item);
    done({});
}

void UploadPusher::fail(const OutboxEntry &entry, kj::Error error, const Done &done)
{
    if (isRefusal(error)) {
        const std::optional<QueuedUpload> upload = UploadRepository(m_store).find(entry.itemId);
        if (upload && !error.message.contains(upload->filename))
            error.message = QStringLiteral("%1: %2").arg(upload->filename, error.message);
        // The rejected change keeps the payload; the file's progress is of no use any more.
        (void)UploadRepository(m_store).remove(entry.itemId);
        reportOverall();
    }
    done(error);
}

void UploadPusher::reportOverall()
{
    const UploadRepository::Totals totals = UploadRepository(m_store).totals();
    if (totals.files == 0) {
        if (m_doneBytes > 0)
            Q_EMIT overallProgress(m_doneBytes, m_doneBytes);
        m_doneBytes = 0;
        return;
    }
    Q_EMIT overallProgress(m_doneBytes + totals.sent, m_doneBytes + totals.total);
}

} // namespace kj::app
