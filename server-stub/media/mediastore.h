#pragma once

#include "models/domain/result.h"
#include "models/domain/upload.h"
#include "server-stub/media/imageprocessor.h"
#include "server-stub/media/uploaddigests.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <chrono>

namespace kj::server::media {

//! Limits of uploads and media (design.md section 4).
struct MediaLimits {
    qint64 maxUploadBytes = 50 * 1024 * 1024;     // one photo or track; over it: 413 at POST
    qint64 quotaBytes = qint64(1024) * 1024 * 1024; // per user, media uploaded plus open uploads; over it: 413
    std::chrono::hours abandonedAfter{24};        // an unfinished upload untouched this long is swept
    std::chrono::hours finishedKeptFor{24 * 7};   // a finished upload's id still names its media this long
};

//! Where media live on disk, under <data-dir>/media, by names the server makes: <media id>.<size> for
//! stored media, uploads/<upload id>.part for uploads in progress. Ids are UUIDs the server made or
//! checked against the store; no client string becomes a path. Also keeps which uploads a PATCH is
//! writing to, so two PATCHes of one upload never interleave, and each open upload's hash state.
class MediaStore
{
public:
    MediaStore(QString dataDir, MediaLimits limits);

    //! Makes the folders.
    [[nodiscard]] Status prepare();
    [[nodiscard]] const MediaLimits &limits() const { return m_limits; }
    [[nodiscard]] ImageProcessor &images() { return m_images; }

    [[nodiscard]] QString uploadPath(const QString &uploadId) const;
    [[nodiscard]] QString mediaPath(const QString &mediaId, MediaSize size) const;
    //! A fresh name in the media folder for a file being written (renamed into place when whole).
    [[nodiscard]] QString temporaryPath() const;
    //! Removes a media's files (after a failed ingest).
    void removeMedia(const QString &mediaId) const;

    //! Claims an upload for one PATCH; false if another holds it.
    [[nodiscard]] bool claimUpload(const QString &uploadId);
    void releaseUpload(const QString &uploadId);
    //! The hash state of each open upload, kept between its PATCHes.
    [[nodiscard]] UploadDigests &digests() { return m_digests; }

private:
    QString m_mediaDir;
    MediaLimits m_limits;
    ImageProcessor m_images;
    QMutex m_mutex;
    QSet<QString> m_claimed; // guarded by m_mutex
    UploadDigests m_digests;
};

} // namespace kj::server::media
