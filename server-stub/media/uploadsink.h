#pragma once

#include "server-stub/http/bodysink.h"
#include "server-stub/media/sha256.h"

#include <QFile>
#include <QString>
#include <memory>
#include <optional>

namespace kj::server::media {

class MediaStore;

//! The body of one PATCH /uploads/{id}, written to the end of the upload's .part file as it arrives.
//! Holds the upload's claim (no other PATCH of it runs meanwhile). The file is cut back to the
//! offset the store knows when opened (dropping what a cut-off PATCH left), and again when the sink
//! goes without commit(), so the file and the store always agree. The bytes are hashed as they arrive, going
//! on from the state MediaStore::digests() kept for the offset (see UploadDigests).
class UploadSink : public http::BodySink
{
public:
    //! Claims the upload and opens its file at `offset`; at most `remaining` bytes may be written.
    //! Conflict if another PATCH of this upload is running.
    [[nodiscard]] static Result<std::shared_ptr<UploadSink>> open(MediaStore &store, const QString &uploadId,
                                                                   qint64 offset, qint64 remaining);
    ~UploadSink() override;

    [[nodiscard]] Status write(const char *data, std::size_t size) override;
    //! Flushes and closes the file; the bytes written are now the store's to count. Keeps the hash state for
    //! the next PATCH, or, when this chunk ends the upload, finishes it (see sha256()).
    [[nodiscard]] Status commit();
    //! After a commit() that ended the upload: the SHA-256 of all its bytes, if they were hashed as they came
    //! from the first on; nullopt if the file must be read to know it (after a restart, say).
    [[nodiscard]] const std::optional<QString> &sha256() const { return m_sha256; }

    [[nodiscard]] QString uploadId() const { return m_uploadId; }
    [[nodiscard]] qint64 offset() const { return m_offset; }
    [[nodiscard]] qint64 written() const { return m_written; }

private:
    UploadSink(MediaStore &store, QString uploadId, qint64 offset, qint64 remaining);

    MediaStore &m_store;
    QString m_uploadId;
    QFile m_file;
    qint64 m_offset;
    qint64 m_remaining;
    qint64 m_written = 0;
    bool m_committed = false;
    std::optional<Sha256> m_digest; // over the upload's bytes up to m_offset + m_written; none: not hashing
    std::optional<QString> m_sha256;
};

} // namespace kj::server::media
