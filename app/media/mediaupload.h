#pragma once

#include "app/media/filedigest.h"
#include "models/domain/result.h"
#include "models/domain/upload.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

namespace kj::app {

class ApiClient;

//! Sends one file to the server as a resumable upload: hashes it once, starts the upload (or learns
//! that the server has these bytes from me already), then PATCHes chunks of at most 8 MiB from the
//! server's offset. When a chunk fails in transit (or the offset is not what the server has), it asks
//! the server for its offset with HEAD and goes on from there, a few times before giving up. An upload
//! id from an earlier run (uploadId() after a failure) resumes it; when the server no longer knows it (404:
//! swept, or its data was reset) the upload starts over once. Reports progress as it goes.
class MediaUpload : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxChunkBytes = 8 * 1024 * 1024;

    //! `api` must outlive the upload.
    MediaUpload(ApiClient &api, QString filePath, kj::MediaKind kind, QObject *parent = nullptr);

    //! Chunk size (1 byte .. 8 MiB; default 8 MiB).
    void setChunkSize(qint64 bytes);
    //! Resume this upload (of the same file) instead of starting a new one.
    void setUploadId(const QString &uploadId) { m_uploadId = uploadId; }
    //! The file's size and hash as read before (when it was queued): it is not read twice. A file whose
    //! size is no longer this one fails (Storage) before anything is sent.
    void setDigest(const FileDigest &digest) { m_digest = digest; }
    //! How many times a failing step is retried after asking the server where it stands (default 3).
    void setRetries(int retries) { m_retriesLeft = retries; }
    //! Begins; finished() comes exactly once, asynchronously.
    void start();

    [[nodiscard]] QString uploadId() const { return m_uploadId; }
    [[nodiscard]] qint64 size() const { return m_size; }

Q_SIGNALS:
    //! The server opened a new upload for the file (at offset 0), so a later run can resume it.
    void uploadStarted(const QString &uploadId);
    //! `sent` of `total` bytes are on the server.
    void progress(qint64 sent, qint64 total);
    //! The media id of the file's bytes on the server, or why not.
    void finished(kj::Result<QString> mediaId);

private:
    void hashAndStart();
    void startFresh();
    void onStarted(kj::Result<kj::UploadStatus> status);
    void askOffset();
    void sendChunk(qint64 offset);
    void onChunk(kj::Result<kj::UploadStatus> status);
    //! Retries through HEAD while retries are left and the error is worth it; finishes otherwise.
    void retryOrFail(const kj::Error &error);
    void finish(kj::Result<QString> result);

    ApiClient &m_api;
    QString m_filePath;
    kj::MediaKind m_kind;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_chunkSize = kMaxChunkBytes;
    QString m_sha256;
    QString m_uploadId;
    std::optional<FileDigest> m_digest;
    int m_retriesLeft = 3;
    bool m_startedOver = false;
    bool m_finished = false;
};

} // namespace kj::app
