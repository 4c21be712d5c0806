#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/domain/upload.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/api/uploadsweep.h"
#include "server-stub/media/audioprocessor.h"
#include "server-stub/media/filesha256.h"
#include "server-stub/media/mediastore.h"
#include "server-stub/media/uploadsink.h"
#include "server-stub/metrics/servermetrics.h"
#include "server-stub/store/mediarepository.h"
#include "server-stub/store/trackrepository.h"
#include "server-stub/store/transaction.h"

#include <QFile>

// Resumable uploads in the tus manner (design.md section 2). POST reserves an upload (and its place in
// the quota) and creates its empty .part file; each PATCH streams its body to the end of that file
// (see media/uploadsink.h: the transport never holds a chunk in memory) and moves the stored offset;
// the PATCH that reaches the size verifies the SHA-256 (hashed as the bytes came, see media/uploaddigests.h), checks and renders the photo (or checks the track
// and renders its cover art, reading its tags with TagLib) and turns the upload into media, stored once per
// content. The state lives in the database and the bytes on disk, so
// uploads survive a restart. Checking and rendering run on the I/O thread that served the last PATCH
// (one decode at a time); a worker pool can take them later without changing the wire.

namespace kj::server::api {

namespace {

const QByteArray kChunkType = "application/offset+octet-stream";

Error uploadNotFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such upload"));
}

Result<QString> uploadIdParam(const Call &call)
{
    const QString id = call.param(QStringLiteral("uploadId"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("an upload id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

//! The caller's upload, or NotFound (someone else's is as absent as a missing one).
Result<store::UploadRecord> callersUpload(const QSqlDatabase &db, const Call &call, const QString &id)
{
    Result<std::optional<store::UploadRecord>> found = store::MediaRepository(db).findUpload(id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->ownerId != call.caller->userId)
        return uploadNotFound();
    return **found;
}

http::Response statusResponse(int status, const UploadStatus &upload)
{
    http::Response response = http::Response::json(status, upload.toJson());
    if (!upload.uploadId.isEmpty())
        response.headers.append({QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload.offset)});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

Status discardUpload(const QSqlDatabase &db, media::MediaStore &store, const QString &id)
{
    QFile::remove(store.uploadPath(id));
    store.digests().drop(id);
    return store::MediaRepository(db).deleteUpload(id);
}

Error kindMismatch(MediaKind wanted, MediaKind stored)
{
    return fail(ErrorCode::UnsupportedMediaType,
                QStringLiteral("these bytes are a %1 on this server, not a %2").arg(mediaKindName(stored), mediaKindName(wanted)));
}

//! What checking and rendering a finished upload gave: the media's type and size, and for a track what
//! TagLib read from it.
struct IngestedMedia {
    QString mimeType;
    int width = 0; // of the photo, or of a track's cover art (0 without)
    int height = 0;
    std::optional<QDateTime> takenAt;
    PhotoExif exif;
    std::optional<store::AudioRecord> audio;
};

Result<IngestedMedia> ingestPhoto(media::MediaStore &store, const QString &partPath, const QString &mediaId)
{
    Result<media::ImageInfo> image = store.images().process(partPath, store.mediaPath(mediaId, MediaSize::Thumb),
                                                            store.mediaPath(mediaId, MediaSize::Large));
    if (!image)
        return image.error();
    return IngestedMedia{media::imageMimeType(image->format), image->width, image->height, image->takenAt, image->exif,
                         std::nullopt};
}

Result<IngestedMedia> ingestTrack(media::MediaStore &store, const QString &partPath, const QString &mediaId)
{
    media::AudioProcessor audio(store.images());
    Result<media::AudioInfo> info = audio.process(partPath, store.mediaPath(mediaId, MediaSize::Thumb),
                                                  store.mediaPath(mediaId, MediaSize::Large), store.temporaryPath());
    if (!info)
        return info.error();
    IngestedMedia ingested{media::audioMimeType(info->format), 0, 0, std::nullopt, {},
                           store::AudioRecord{mediaId, info->durationMs, info->title, info->artist, info->cover.has_value()}};
    if (info->cover) {
        ingested.width = info->cover->width;
        ingested.height = info->cover->height;
    }
    return ingested;
}

//! The whole file is in: verify, check and render it, and make it media (or find the media that
//! already has these bytes). Any refusal discards the upload. `sha256` is what the last PATCH hashed as the
//! bytes came; without it the file is read again.
Result<QString> completeUpload(const ApiContext &context, const store::UploadRecord &upload,
                               const std::optional<QString> &sha256)
{
    const QSqlDatabase db = context.db();
    media::MediaStore &store = *context.media;
    const QString partPath = store.uploadPath(upload.id);
    const auto refuse = [&](const Error &error) -> Result<QString> {
        if (Status discarded = discardUpload(db, store, upload.id); !discarded)
            return discarded.error();
        return error;
    };

    Result<QString> hash = sha256 ? Result<QString>(*sha256) : media::fileSha256(partPath);
    if (!hash)
        return hash.error();
    if (*hash != upload.sha256) {
        return refuse(fail(ErrorCode::BadRequest, QStringLiteral("the bytes hash to %1, not to the sha256 the upload "
                                                                 "was started with; the upload is discarded")
                                                      .arg(*hash)));
    }
    const QDateTime now = nowUtc();
    store::MediaRepository repository(db);
    const auto finish = [&](const QString &mediaId) -> Result<QString> {
        Result<store::Transaction> transaction = store::Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (Status status = repository.grant(upload.ownerId, mediaId, now); !status)
            return status.error();
        if (Status status = repository.completeUpload(upload.id, mediaId, now); !status)
            return status.error();
        if (Status status = transaction->commit(); !status)
            return status.error();
        return mediaId;
    };

    Result<std::optional<store::MediaRecord>> existing = repository.findByContent(upload.sha256, upload.size);
    if (!existing)
        return existing.error();
    if (existing->has_value()) { // the same bytes from someone else: stored once
        if ((*existing)->kind != upload.kind)
            return refuse(kindMismatch(upload.kind, (*existing)->kind));
        QFile::remove(partPath);
        return finish((*existing)->id);
    }

    const QString mediaId = newItemId();
    Result<IngestedMedia> ingested = upload.kind == MediaKind::Track ? ingestTrack(store, partPath, mediaId)
                                                                     : ingestPhoto(store, partPath, mediaId);
    if (!ingested) {
        store.removeMedia(mediaId);
        if (ingested.error().code == ErrorCode::Internal)
            return ingested.error();
        return refuse(ingested.error());
    }
    if (!QFile::rename(partPath, store.mediaPath(mediaId, MediaSize::Original))) {
        store.removeMedia(mediaId);
        return fail(ErrorCode::Internal, QStringLiteral("cannot move %1 into the media folder").arg(partPath));
    }
    store::MediaRecord record{mediaId, upload.sha256, upload.size, upload.kind, ingested->mimeType,
                              ingested->width, ingested->height, ingested->takenAt, now, ingested->exif};
    Status inserted = repository.insert(record);
    if (inserted && ingested->audio)
        inserted = store::TrackRepository(db).insertAudio(*ingested->audio);
    if (!inserted) {
        store.removeMedia(mediaId);
        // Two uploads of the same bytes finished at once: the other one's media stands.
        Result<std::optional<store::MediaRecord>> raced = repository.findByContent(upload.sha256, upload.size);
        if (raced && raced->has_value())
            return finish((*raced)->id);
        return inserted.error();
    }
    return finish(mediaId);
}

ApiResult startUpload(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<UploadStart> start = UploadStart::fromRequest(*body);
    if (!start)
        return start.error();
    const media::MediaLimits &limits = context.media->limits();
    if (start->size > limits.maxUploadBytes) {
        return fail(ErrorCode::PayloadTooLarge, QStringLiteral("a %1 may have at most %2 bytes; this one has %3")
                                                    .arg(mediaKindName(start->kind))
                                                    .arg(limits.maxUploadBytes)
                                                    .arg(start->size));
    }
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    if (Status swept = sweepAbandonedUploads(db, *context.media, now); !swept)
        return swept.error();

    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::MediaRepository repository(db);
    Result<std::optional<store::MediaRecord>> existing = repository.findByContent(start->sha256, start->size);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        // Only to someone who sent these bytes before: a hash alone proves nothing about having the file.
        Result<bool> granted = repository.hasGrant(call.caller->userId, (*existing)->id);
        if (!granted)
            return granted.error();
        if (*granted && (*existing)->kind != start->kind)
            return kindMismatch(start->kind, (*existing)->kind);
        if (*granted)
            return statusResponse(200, UploadStatus{{}, 0, 0, (*existing)->id});
    }
    Result<qint64> used = repository.usedBytes(call.caller->userId);
    if (!used)
        return used.error();
    if (*used + start->size > limits.quotaBytes) {
        return fail(ErrorCode::PayloadTooLarge, QStringLiteral("the upload does not fit the quota: %1 of %2 bytes are used")
                                                    .arg(*used)
                                                    .arg(limits.quotaBytes));
    }
    store::UploadRecord upload{newItemId(), call.caller->userId, start->kind, start->size, start->sha256,
                               start->filename, 0, std::nullopt, now, now};
    QFile part(context.media->uploadPath(upload.id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Internal, QStringLiteral("cannot create %1: %2").arg(part.fileName(), part.errorString()));
    part.close();
    Status stored = repository.insertUpload(upload);
    if (stored)
        stored = transaction->commit();
    if (!stored) {
        part.remove();
        return stored.error();
    }
    http::Response response = statusResponse(201, UploadStatus{upload.id, 0, upload.size, std::nullopt});
    response.headers.append({QByteArrayLiteral("Location"), (QStringLiteral("/api/v1/uploads/") + upload.id).toLatin1()});
    return response;
}

ApiResult headUpload(const ApiContext &context, const Call &call)
{
    Result<QString> id = uploadIdParam(call);
    if (!id)
        return id.error();
    Result<store::UploadRecord> upload = callersUpload(context.db(), call, *id);
    if (!upload)
        return upload.error();
    http::Response response{200, {}, {}, {}};
    response.headers.append({QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload->received)});
    response.headers.append({QByteArrayLiteral("Upload-Length"), QByteArray::number(upload->size)});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

// Runs once the head of a PATCH is in, before its body: everything that can refuse it does so here, so
// a refused chunk is never read.
Result<std::shared_ptr<http::BodySink>> openChunk(const ApiContext &context, const Call &call)
{
    Result<QString> id = uploadIdParam(call);
    if (!id)
        return id.error();
    const QByteArray type = call.request.header("content-type").split(';').first().trimmed().toLower();
    if (type != kChunkType) {
        return fail(ErrorCode::UnsupportedMediaType,
                    QStringLiteral("a chunk must be sent as %1").arg(QString::fromLatin1(kChunkType)));
    }
    bool ok = false;
    const QByteArray offsetText = call.request.header("upload-offset").trimmed();
    const qint64 offset = offsetText.toLongLong(&ok);
    if (!ok || offset < 0 || offsetText.startsWith('+'))
        return fail(ErrorCode::BadRequest, QStringLiteral("the Upload-Offset header must be a byte offset"));
    Result<store::UploadRecord> upload = callersUpload(context.db(), call, *id);
    if (!upload)
        return upload.error();
    const QJsonObject where{{QStringLiteral("offset"), upload->received}};
    if (upload->complete())
        return fail(ErrorCode::Conflict, QStringLiteral("the upload is complete already"), where);
    if (offset != upload->received) {
        return fail(ErrorCode::Conflict, QStringLiteral("the upload is at offset %1, not %2").arg(upload->received).arg(offset),
                    where);
    }
    const QByteArray length = call.request.header("content-length");
    if (!length.isEmpty() && length.toLongLong() > upload->size - upload->received)
        return fail(ErrorCode::PayloadTooLarge, QStringLiteral("the chunk runs past the upload's declared size"));
    Result<std::shared_ptr<media::UploadSink>> sink =
        media::UploadSink::open(*context.media, upload->id, upload->received, upload->size - upload->received);
    if (!sink)
        return sink.error();
    return std::shared_ptr<http::BodySink>(std::move(sink).value());
}

ApiResult patchUpload(const ApiContext &context, const Call &call)
{
    auto sink = std::dynamic_pointer_cast<media::UploadSink>(call.request.bodySink);
    if (!sink)
        return fail(ErrorCode::Internal, QStringLiteral("a PATCH reached its handler without its upload sink"));
    if (Status committed = sink->commit(); !committed)
        return committed.error();
    const QSqlDatabase db = context.db();
    const qint64 offset = sink->offset() + sink->written();
    Result<bool> advanced = store::MediaRepository(db).advanceUpload(sink->uploadId(), sink->offset(), offset, nowUtc());
    if (!advanced)
        return advanced.error();
    if (!*advanced)
        return fail(ErrorCode::Conflict, QStringLiteral("the upload moved on meanwhile"));
    Result<store::UploadRecord> upload = callersUpload(db, call, sink->uploadId());
    if (!upload)
        return upload.error();
    UploadStatus status{upload->id, upload->received, upload->size, std::nullopt};
    if (upload->received == upload->size) {
        Result<QString> mediaId = completeUpload(context, *upload, sink->sha256());
        if (!mediaId)
            return mediaId.error();
        status.mediaId = *mediaId;
        if (context.metrics)
            context.metrics->uploadCompleted();
    }
    return statusResponse(200, status);
}

} // namespace

Status sweepAbandonedUploads(const QSqlDatabase &db, media::MediaStore &store, const QDateTime &now)
{
    const media::MediaLimits &limits = store.limits();
    const auto hoursAgo = [&](std::chrono::hours hours) { return now.addSecs(-qint64(hours.count()) * 3600); };
    Result<QStringList> stale = store::MediaRepository(db).staleUploads(hoursAgo(limits.abandonedAfter),
                                                                        hoursAgo(limits.finishedKeptFor));
    if (!stale)
        return stale.error();
    for (const QString &id : std::as_const(*stale)) {
        if (!store.claimUpload(id)) // a PATCH is writing it right now: not abandoned
            continue;
        const Status discarded = discardUpload(db, store, id);
        store.releaseUpload(id);
        if (!discarded)
            return discarded;
    }
    return {};
}

void addUploadRoutes(Router &router, const ApiContext &context)
{
    router.add("POST", QStringLiteral("/api/v1/uploads"), Access::SignedIn,
               [context](const Call &call) { return startUpload(context, call); });
    router.add("HEAD", QStringLiteral("/api/v1/uploads/{uploadId}"), Access::SignedIn,
               [context](const Call &call) { return headUpload(context, call); });
    router.addStreamed(
        "PATCH", QStringLiteral("/api/v1/uploads/{uploadId}"), Access::SignedIn,
        [context](const Call &call) { return openChunk(context, call); },
        [context](const Call &call) { return patchUpload(context, call); });
}

} // namespace kj::server::api
