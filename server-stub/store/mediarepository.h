#pragma once

#include "models/domain/result.h"
#include "server-stub/store/mediarecords.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace kj::server::store {

//! Stored media (once per content), who uploaded them (grants, which the quota counts), and the
//! resumable uploads in progress.
class MediaRepository
{
public:
    explicit MediaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::optional<MediaRecord>> find(const QString &id);
    [[nodiscard]] Result<std::optional<MediaRecord>> findByContent(const QString &sha256, qint64 size);
    [[nodiscard]] Status insert(const MediaRecord &record);
    //! Whether user sent these bytes whole once (and so may use them by id).
    [[nodiscard]] Result<bool> hasGrant(qint64 user, const QString &mediaId);
    [[nodiscard]] Status grant(qint64 user, const QString &mediaId, const QDateTime &now);
    //! Bytes counted against user's quota: the media they uploaded and the full size of their open uploads.
    [[nodiscard]] Result<qint64> usedBytes(qint64 user);
    //! Whether viewer (nullopt: anonymous) may fetch the media: they uploaded it, or they may see a live
    //! photo that shows it (its own audience and its album's, through kj::canSee in SQL), or a live track
    //! whose audio it is, or it is a space's avatar, cover or background.
    [[nodiscard]] Result<bool> mayView(const QString &mediaId, std::optional<qint64> viewer);

    [[nodiscard]] Result<std::optional<UploadRecord>> findUpload(const QString &id);
    [[nodiscard]] Status insertUpload(const UploadRecord &record);
    //! Moves an upload's offset from `from` to `to`; false if it was no longer at `from` (a race lost).
    [[nodiscard]] Result<bool> advanceUpload(const QString &id, qint64 from, qint64 to, const QDateTime &now);
    [[nodiscard]] Status completeUpload(const QString &id, const QString &mediaId, const QDateTime &now);
    [[nodiscard]] Status deleteUpload(const QString &id);
    //! Uploads not touched since `before`: unfinished ones, and finished ones (whose ids only name media).
    [[nodiscard]] Result<QStringList> staleUploads(const QDateTime &unfinishedBefore, const QDateTime &finishedBefore);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
