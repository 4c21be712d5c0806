#pragma once

#include "models/domain/result.h"
#include "server-stub/store/mediarecords.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace kj::server::store {

//! Albums and their photos, and the newest-first pages a viewer may see (filtered in SQL by
//! audienceCondition, the SQL form of kj::canSee; a photo needs its own audience and its album's).
class AlbumRepository
{
public:
    explicit AlbumRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::optional<AlbumRecord>> findAlbum(const QString &id);
    [[nodiscard]] Status insertAlbum(const AlbumRecord &record);
    //! Writes title, description, visibility, revision, updatedAt and deletedAt of an existing row.
    [[nodiscard]] Status updateAlbum(const AlbumRecord &record);
    //! The live albums of owner that viewer may see, newest first, each with the count of its photos
    //! the viewer may see.
    [[nodiscard]] Result<AlbumPage> listAlbums(qint64 owner, std::optional<qint64> viewer,
                                               const std::optional<DiaryKeyset> &after, int limit);

    [[nodiscard]] Result<std::optional<PhotoRecord>> findPhoto(const QString &id);
    //! Photos and tombstones by id, oldest first; ids not found are left out.
    [[nodiscard]] Result<QList<PhotoRecord>> findPhotos(const QStringList &ids);
    //! Inserts a photo into the upload batch it belongs to (see migration 0008).
    [[nodiscard]] Status insertPhoto(const PhotoRecord &record);
    //! Writes album, media, caption, visibility, revision, updatedAt and deletedAt of an existing row.
    [[nodiscard]] Status updatePhoto(const PhotoRecord &record);
    //! The live photos of an album that viewer may see by their own audience (the caller checked the
    //! album's), newest first.
    [[nodiscard]] Result<PhotoPage> listPhotos(const QString &albumId, std::optional<qint64> viewer,
                                               const std::optional<DiaryKeyset> &after, int limit);
    //! The live photos of an album with their own visibility (to log what an album's change does to them).
    [[nodiscard]] Result<QList<QPair<QString, Visibility>>> livePhotos(const QString &albumId);
    //! (kind, id) of owner's live albums and photos that only friends see (to withdraw them from an
    //! ex-friend's cache): albums of visibility friends, photos whose narrower audience is friends.
    [[nodiscard]] Result<QList<QPair<QString, QString>>> friendsOnlyItems(qint64 owner);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
