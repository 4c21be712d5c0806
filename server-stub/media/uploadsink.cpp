#include "server-stub/media/uploadsink.h"

#include "server-stub/media/mediastore.h"

namespace kj::server::media {

UploadSink::UploadSink(MediaStore &store, QString uploadId, qint64 offset, qint64 remaining)
    : m_store(store), m_uploadId(std::move(uploadId)), m_file(store.uploadPath(m_uploadId)), m_offset(offset),
      m_remaining(remaining)
{
}

Result<std::shared_ptr<UploadSink>> UploadSink::open(MediaStore &store, const QString &uploadId, qint64 offset,
                                                     qint64 remaining)
{
    if (!store.claimUpload(uploadId))
        return fail(ErrorCode::Conflict, QStringLiteral("another PATCH of this upload is in progress"));
    std::shared_ptr<UploadSink> sink(new UploadSink(store, uploadId, offset, remaining));
    QFile &file = sink->m_file;
    if (!file.open(QIODevice::ReadWrite) || file.size() < offset || !file.resize(offset) || !file.seek(offset)) {
        return fail(ErrorCode::Internal, QStringLiteral("cannot open the upload file %1 at %2: %3")
                                             .arg(file.fileName())
                                             .arg(offset)
                                             .arg(file.errorString()));
    }
    sink->m_digest = store.digests().resume(uploadId, offset);
    return sink;
}

UploadSink::~UploadSink()
{
    if (!m_committed && (m_file.isOpen() || m_file.open(QIODevice::ReadWrite)))
        m_file.resize(m_offset);
    m_file.close();
    m_store.releaseUpload(m_uploadId);
}

Status UploadSink::write(const char *data, std::size_t size)
{
    if (qint64(size) > m_remaining - m_written)
        return fail(ErrorCode::PayloadTooLarge, QStringLiteral("the chunk runs past the upload's declared size"));
    if (m_file.write(data, qint64(size)) != qint64(size))
        return fail(ErrorCode::Internal, QStringLiteral("cannot write the upload file: %1").arg(m_file.errorString()));
    if (m_digest && !m_digest->update(data, size))
        m_digest.reset(); // completion reads the file instead
    m_written += qint64(size);
    return {};
}

Status UploadSink::commit()
{
    if (!m_file.flush())
        return fail(ErrorCode::Internal, QStringLiteral("cannot write the upload file: %1").arg(m_file.errorString()));
    m_file.close();
    m_committed = true;
    UploadDigests &digests = m_store.digests();
    if (!m_digest) {
        digests.drop(m_uploadId);
    } else if (m_written < m_remaining) {
        digests.keep(m_uploadId, m_offset + m_written, std::move(*m_digest));
    } else {
        digests.drop(m_uploadId);
        if (Result<QString> sha256 = m_digest->finish())
            m_sha256 = *sha256;
    }
    m_digest.reset();
    return {};
}

} // namespace kj::server::media
