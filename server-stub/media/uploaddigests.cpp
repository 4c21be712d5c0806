#include "server-stub/media/uploaddigests.h"

namespace kj::server::media {

std::optional<Sha256> UploadDigests::resume(const QString &uploadId, qint64 offset) const
{
    Result<Sha256> state = [&]() -> Result<Sha256> {
        if (offset == 0)
            return Sha256::start();
        const QMutexLocker lock(&m_mutex);
        const auto kept = m_kept.find(uploadId);
        if (kept == m_kept.end() || kept->second.offset != offset)
            return fail(ErrorCode::NotFound, QString());
        return kept->second.state.copy();
    }();
    // Without a state the upload is still verified, by reading its file when it completes.
    if (!state)
        return std::nullopt;
    return std::move(state).value();
}

void UploadDigests::keep(const QString &uploadId, qint64 offset, Sha256 state)
{
    const QMutexLocker lock(&m_mutex);
    m_kept.insert_or_assign(uploadId, Kept{offset, std::move(state)});
}

void UploadDigests::drop(const QString &uploadId)
{
    const QMutexLocker lock(&m_mutex);
    m_kept.erase(uploadId);
}

qsizetype UploadDigests::count() const
{
    const QMutexLocker lock(&m_mutex);
    return qsizetype(m_kept.size());
}

} // namespace kj::server::media
