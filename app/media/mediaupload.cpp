#include "app/media/mediaupload.h"

#include "app/network/apiclient.h"

#include <QFileInfo>
#include <QTimer>

namespace kj::app {

MediaUpload::MediaUpload(ApiClient &api, QString filePath, kj::MediaKind kind, QObject *parent)
    : QObject(parent), m_api(api), m_filePath(std::move(filePath)), m_kind(kind), m_file(m_filePath)
{
}

void MediaUpload::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::clamp<qint64>(bytes, 1, kMaxChunkBytes);
}

void MediaUpload::start()
{
    // Hashing a large file takes a moment; finished() must never come from inside start().
    QTimer::singleShot(0, this, &MediaUpload::hashAndStart);
}

void MediaUpload::hashAndStart()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        finish(kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read %1: %2").arg(m_filePath, m_file.errorString())));
        return;
    }
    m_size = m_file.size();
    if (m_digest) {
        if (m_size != m_digest->size) {
            finish(kj::fail(kj::ErrorCode::Storage, QStringLiteral("%1 changed: it has %2 bytes, not the %3 it had when it was queued")
                                                        .arg(m_filePath)
                                                        .arg(m_size)
                                                        .arg(m_digest->size)));
            return;
        }
        m_sha256 = m_digest->sha256;
    } else {
        kj::Result<FileDigest> digest = digestFile(m_filePath);
        if (!digest) {
            finish(digest.error());
            return;
        }
        m_size = digest->size;
        m_sha256 = digest->sha256;
    }
    if (!m_uploadId.isEmpty()) {
        askOffset();
        return;
    }
    startFresh();
}

void MediaUpload::startFresh()
{
    kj::UploadStart request;
    request.size = m_size;
    request.sha256 = m_sha256;
    request.kind = m_kind;
    // Only the name, as a display hint: the server never uses it as a path, and my folders are mine.
    request.filename = QFileInfo(m_filePath).fileName().left(kj::UploadStart::kMaxFilenameLength);
    m_api.startUpload(request, this, [this](kj::Result<kj::UploadStatus> status) { onStarted(std::move(status)); });
}

void MediaUpload::onStarted(kj::Result<kj::UploadStatus> status)
{
    if (!status) {
        finish(status.error());
        return;
    }
    if (status->mediaId) {
        Q_EMIT progress(m_size, m_size);
        finish(*status->mediaId);
        return;
    }
    if (status->size != m_size) {
        finish(kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server started an upload of another size")));
        return;
    }
    m_uploadId = status->uploadId;
    Q_EMIT uploadStarted(m_uploadId);
    sendChunk(status->offset);
}

void MediaUpload::askOffset()
{
    m_api.uploadOffset(m_uploadId, this, [this](kj::Result<qint64> offset) {
        if (!offset) {
            retryOrFail(offset.error());
            return;
        }
        if (*offset > m_size) {
            finish(kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server has more bytes than the file")));
            return;
        }
        Q_EMIT progress(*offset, m_size);
        if (*offset == m_size) {
            // Whole already (the answer to the last chunk was lost): starting again names the media.
            m_uploadId.clear();
            startFresh();
            return;
        }
        sendChunk(*offset);
    });
}

void MediaUpload::sendChunk(qint64 offset)
{
    if (!m_file.seek(offset)) {
        finish(kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read %1").arg(m_filePath)));
        return;
    }
    // One chunk in memory at a time, at most 8 MiB.
    const QByteArray chunk = m_file.read(std::min(m_chunkSize, m_size - offset));
    if (chunk.isEmpty() && offset < m_size) {
        finish(kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read %1").arg(m_filePath)));
        return;
    }
    m_api.uploadChunk(m_uploadId, offset, chunk, this, [this](kj::Result<kj::UploadStatus> status) { onChunk(std::move(status)); });
}

void MediaUpload::onChunk(kj::Result<kj::UploadStatus> status)
{
    if (!status) {
        retryOrFail(status.error());
        return;
    }
    Q_EMIT progress(status->offset, m_size);
    if (status->mediaId) {
        finish(*status->mediaId);
        return;
    }
    if (status->offset >= m_size) {
        finish(kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the upload is whole but the server named no media")));
        return;
    }
    sendChunk(status->offset);
}

void MediaUpload::retryOrFail(const kj::Error &error)
{
    if (error.code == kj::ErrorCode::NotFound && !m_uploadId.isEmpty() && !m_startedOver) {
        // The server forgot the upload (unfinished for a day, or its data was reset): from the start, once.
        m_startedOver = true;
        m_uploadId.clear();
        startFresh();
        return;
    }
    // In transit (or the server's offset moved): where it stands decides what to send next. A refusal
    // of the content (400, 413, 415) or of me (401, 404) would only come again.
    const bool worthIt = ApiClient::isTransient(error) || error.code == kj::ErrorCode::Conflict;
    if (!worthIt || m_retriesLeft <= 0 || m_uploadId.isEmpty()) {
        finish(error);
        return;
    }
    --m_retriesLeft;
    askOffset();
}

void MediaUpload::finish(kj::Result<QString> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_file.close();
    Q_EMIT finished(std::move(result));
}

} // namespace kj::app
