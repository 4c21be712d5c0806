#include "server-stub/media/mediastore.h"

#include "models/domain/ids.h"

#include <QDir>
#include <QFile>

namespace kj::server::media {

MediaStore::MediaStore(QString dataDir, MediaLimits limits)
    : m_mediaDir(QDir(dataDir).filePath(QStringLiteral("media"))), m_limits(limits)
{
}

Status MediaStore::prepare()
{
    if (!QDir().mkpath(QDir(m_mediaDir).filePath(QStringLiteral("uploads"))))
        return fail(ErrorCode::Internal, QStringLiteral("cannot create the media folder %1").arg(m_mediaDir));
    return {};
}

QString MediaStore::uploadPath(const QString &uploadId) const
{
    Q_ASSERT(isValidItemId(uploadId));
    return m_mediaDir + QStringLiteral("/uploads/") + uploadId + QStringLiteral(".part");
}

QString MediaStore::mediaPath(const QString &mediaId, MediaSize size) const
{
    Q_ASSERT(isValidItemId(mediaId));
    return m_mediaDir + u'/' + mediaId + u'.' + mediaSizeName(size);
}

QString MediaStore::temporaryPath() const
{
    return m_mediaDir + QStringLiteral("/uploads/") + newItemId() + QStringLiteral(".tmp");
}

void MediaStore::removeMedia(const QString &mediaId) const
{
    for (MediaSize size : {MediaSize::Thumb, MediaSize::Large, MediaSize::Original})
        QFile::remove(mediaPath(mediaId, size));
}

bool MediaStore::claimUpload(const QString &uploadId)
{
    const QMutexLocker lock(&m_mutex);
    if (m_claimed.contains(uploadId))
        return false;
    m_claimed.insert(uploadId);
    return true;
}

void MediaStore::releaseUpload(const QString &uploadId)
{
    const QMutexLocker lock(&m_mutex);
    m_claimed.remove(uploadId);
}

} // namespace kj::server::media
