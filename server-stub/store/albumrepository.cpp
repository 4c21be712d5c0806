#include "server-stub/store/albumrepository.h"

#include "models/domain/ids.h"
#include "server-stub/store/audiencesql.h"
#include "server-stub/store/exifcolumns.h"
#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kAlbumColumns = QStringLiteral(
    "a.id, a.owner_id, u.username, u.display_name, a.title, a.description, a.visibility, a.revision, a.created_ms, "
    "a.updated_ms, a.deleted_ms");
const QString kPhotoSelect = QStringLiteral(
    "SELECT p.id, p.owner_id, u.username, u.display_name, p.album_id, p.media_id, p.caption, p.visibility, p.revision, "
    "p.created_ms, p.updated_ms, p.deleted_ms, m.width, m.height, m.taken_ms, a.visibility, ")
    + exifColumns(QStringLiteral("m.")) + QStringLiteral(
    " FROM photos p JOIN users u ON u.id = p.owner_id JOIN media m ON m.id = p.media_id JOIN albums a ON a.id = p.album_id WHERE ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// An unknown stored value must hide an item, never show it.
Visibility storedVisibility(const QString &name)
{
    return visibilityFromName(name).value_or(Visibility::Private);
}

AlbumRecord readAlbum(const Query &query)
{
    AlbumRecord record;
    record.album.id = query.text(0);
    record.ownerId = query.int64(1);
    record.album.owner = User{query.text(2), query.text(3), {}};
    record.album.title = query.text(4);
    record.album.description = query.text(5);
    record.album.visibility = storedVisibility(query.text(6));
    record.album.revision = query.int64(7);
    record.album.createdAt = fromMs(query.int64(8));
    record.album.updatedAt = fromMs(query.int64(9));
    if (!query.isNull(10))
        record.deletedAt = fromMs(query.int64(10));
    return record;
}

PhotoRecord readPhoto(const Query &query)
{
    PhotoRecord record;
    Photo &p = record.photo;
    p.id = query.text(0);
    record.ownerId = query.int64(1);
    p.owner = User{query.text(2), query.text(3), {}};
    p.albumId = query.text(4);
    p.mediaId = query.text(5);
    p.caption = query.text(6);
    p.visibility = storedVisibility(query.text(7));
    p.revision = query.int64(8);
    p.createdAt = fromMs(query.int64(9));
    p.updatedAt = fromMs(query.int64(10));
    if (!query.isNull(11))
        record.deletedAt = fromMs(query.int64(11));
    p.width = int(query.int64(12));
    p.height = int(query.int64(13));
    if (!query.isNull(14))
        p.takenAt = fromMs(query.int64(14));
    record.albumVisibility = storedVisibility(query.text(15));
    p.exif = readExifColumns(query, 16);
    return record;
}

// Newest first: (created_ms, id) below the keyset.
QString keysetCondition(const QString &table, const std::optional<DiaryKeyset> &after, QVariantList &values)
{
    if (!after)
        return {};
    values << after->createdMs << after->createdMs << after->id;
    return QStringLiteral(" AND (%1.created_ms < ? OR (%1.created_ms = ? AND %1.id < ?))").arg(table);
}

template<typename Page, typename Item>
void finishPage(Page &page, QList<Item> items, int limit, const std::function<DiaryKeyset(const Item &)> &keyOf)
{
    if (items.size() > limit) {
        items.removeLast();
        page.next = keyOf(items.constLast());
    }
    page.items = std::move(items);
}
} // namespace

Visibility narrowerVisibility(Visibility a, Visibility b)
{
    const auto rank = [](Visibility v) {
        switch (v) {
        case Visibility::Private: return 0;
        case Visibility::Groups: return 1; // some friends
        case Visibility::Friends: return 2;
        case Visibility::Public: return 3;
        }
        return 0;
    };
    return rank(a) <= rank(b) ? a : b;
}

Visibility PhotoRecord::effectiveVisibility() const
{
    return narrowerVisibility(photo.visibility, albumVisibility);
}

Result<std::optional<AlbumRecord>> AlbumRepository::findAlbum(const QString &id)
{
    Query query(m_db, QStringLiteral("SELECT ") + kAlbumColumns
                          + QStringLiteral(" FROM albums a JOIN users u ON u.id = a.owner_id WHERE a.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<AlbumRecord>();
    return std::optional<AlbumRecord>(readAlbum(query));
}

Status AlbumRepository::insertAlbum(const AlbumRecord &record)
{
    const Album &a = record.album;
    return execute(m_db,
                   QStringLiteral("INSERT INTO albums (id, owner_id, title, description, visibility, revision, created_ms, "
                                  "updated_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {a.id, record.ownerId, textValue(a.title), textValue(a.description), visibilityName(a.visibility),
                    a.revision, a.createdAt.toMSecsSinceEpoch(), a.updatedAt.toMSecsSinceEpoch(), msOrNull(record.deletedAt)});
}

Status AlbumRepository::updateAlbum(const AlbumRecord &record)
{
    const Album &a = record.album;
    return execute(m_db,
                   QStringLiteral("UPDATE albums SET title = ?, description = ?, visibility = ?, revision = ?, "
                                  "updated_ms = ?, deleted_ms = ? WHERE id = ?"),
                   {textValue(a.title), textValue(a.description), visibilityName(a.visibility), a.revision,
                    a.updatedAt.toMSecsSinceEpoch(), msOrNull(record.deletedAt), a.id});
}

Result<AlbumPage> AlbumRepository::listAlbums(qint64 owner, std::optional<qint64> viewer,
                                              const std::optional<DiaryKeyset> &after, int limit)
{
    const SqlCondition photoAudience = audienceCondition(viewer, ItemKind::Photo, QStringLiteral("p.id"), QStringLiteral("p.owner_id"),
                                                         QStringLiteral("p.visibility"));
    const SqlCondition albumAudience = audienceCondition(viewer, ItemKind::Album, QStringLiteral("a.id"), QStringLiteral("a.owner_id"),
                                                         QStringLiteral("a.visibility"));
    QVariantList values = photoAudience.values;
    values << owner;
    values << albumAudience.values;
    const QString keyset = keysetCondition(QStringLiteral("a"), after, values);
    values << limit + 1;
    Query query(m_db, QStringLiteral("SELECT ") + kAlbumColumns
                          + QStringLiteral(", (SELECT COUNT(*) FROM photos p WHERE p.album_id = a.id AND p.deleted_ms IS NULL AND ")
                          + photoAudience.sql
                          + QStringLiteral(") FROM albums a JOIN users u ON u.id = a.owner_id WHERE a.owner_id = ? "
                                           "AND a.deleted_ms IS NULL AND ")
                          + albumAudience.sql + keyset + QStringLiteral(" ORDER BY a.created_ms DESC, a.id DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Album> items;
    while (query.next()) {
        Album album = readAlbum(query).album;
        album.photoCount = int(query.int64(11));
        items.append(album);
    }
    AlbumPage page;
    finishPage<AlbumPage, Album>(page, std::move(items), limit, [](const Album &a) {
        return DiaryKeyset{a.createdAt.toMSecsSinceEpoch(), a.id};
    });
    return page;
}

Result<std::optional<PhotoRecord>> AlbumRepository::findPhoto(const QString &id)
{
    Query query(m_db, kPhotoSelect + QStringLiteral("p.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<PhotoRecord>();
    return std::optional<PhotoRecord>(readPhoto(query));
}

Result<QList<PhotoRecord>> AlbumRepository::findPhotos(const QStringList &ids)
{
    QList<PhotoRecord> records;
    if (ids.isEmpty())
        return records;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    Query query(m_db, kPhotoSelect + QStringLiteral("p.id IN (") + marks.join(u',')
                          + QStringLiteral(") ORDER BY p.created_ms, p.id"));
    for (const QString &id : ids)
        query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        records.append(readPhoto(query));
    return records;
}

// The batch (see migration 0008): that of the owner's latest photo in the album if it came at most ten
// minutes before this one, else a new one. Batch ids are random, so they name no photo a viewer may not see.
Status AlbumRepository::insertPhoto(const PhotoRecord &record)
{
    constexpr qint64 kBatchGapMs = 10 * 60 * 1000;
    const Photo &p = record.photo;
    const qint64 createdMs = p.createdAt.toMSecsSinceEpoch();
    return execute(m_db,
                   QStringLiteral("INSERT INTO photos (id, owner_id, album_id, media_id, caption, visibility, revision, "
                                  "created_ms, updated_ms, deleted_ms, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "COALESCE((SELECT batch_id FROM photos WHERE owner_id = ? AND album_id = ? "
                                  "AND created_ms BETWEEN ? AND ? ORDER BY created_ms DESC, id DESC LIMIT 1), ?))"),
                   {p.id, record.ownerId, p.albumId, p.mediaId, textValue(p.caption), visibilityName(p.visibility),
                    p.revision, createdMs, p.updatedAt.toMSecsSinceEpoch(), msOrNull(record.deletedAt),
                    record.ownerId, p.albumId, createdMs - kBatchGapMs, createdMs, newItemId()});
}

Status AlbumRepository::updatePhoto(const PhotoRecord &record)
{
    const Photo &p = record.photo;
    return execute(m_db,
                   QStringLiteral("UPDATE photos SET album_id = ?, media_id = ?, caption = ?, visibility = ?, revision = ?, "
                                  "updated_ms = ?, deleted_ms = ? WHERE id = ?"),
                   {p.albumId, p.mediaId, textValue(p.caption), visibilityName(p.visibility), p.revision,
                    p.updatedAt.toMSecsSinceEpoch(), msOrNull(record.deletedAt), p.id});
}

Result<PhotoPage> AlbumRepository::listPhotos(const QString &albumId, std::optional<qint64> viewer,
                                              const std::optional<DiaryKeyset> &after, int limit)
{
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Photo, QStringLiteral("p.id"), QStringLiteral("p.owner_id"),
                                                    QStringLiteral("p.visibility"));
    QVariantList values{albumId};
    values << audience.values;
    const QString keyset = keysetCondition(QStringLiteral("p"), after, values);
    values << limit + 1;
    Query query(m_db, kPhotoSelect + QStringLiteral("p.album_id = ? AND p.deleted_ms IS NULL AND ") + audience.sql + keyset
                          + QStringLiteral(" ORDER BY p.created_ms DESC, p.id DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Photo> items;
    while (query.next())
        items.append(readPhoto(query).photo);
    PhotoPage page;
    finishPage<PhotoPage, Photo>(page, std::move(items), limit, [](const Photo &p) {
        return DiaryKeyset{p.createdAt.toMSecsSinceEpoch(), p.id};
    });
    return page;
}

Result<QList<QPair<QString, QString>>> AlbumRepository::friendsOnlyItems(qint64 owner)
{
    QList<QPair<QString, QString>> items;
    Query albums(m_db, QStringLiteral("SELECT id FROM albums WHERE owner_id = ? AND visibility = ? AND deleted_ms IS NULL"));
    albums.bind(owner).bind(visibilityName(Visibility::Friends));
    if (Status status = albums.exec(); !status)
        return status.error();
    while (albums.next())
        items.append({QStringLiteral("album"), albums.text(0)});
    Query photos(m_db, QStringLiteral("SELECT p.id, p.visibility, a.visibility FROM photos p JOIN albums a ON a.id = p.album_id "
                                      "WHERE p.owner_id = ? AND p.deleted_ms IS NULL AND a.deleted_ms IS NULL"));
    photos.bind(owner);
    if (Status status = photos.exec(); !status)
        return status.error();
    while (photos.next()) {
        if (narrowerVisibility(storedVisibility(photos.text(1)), storedVisibility(photos.text(2))) == Visibility::Friends)
            items.append({QStringLiteral("photo"), photos.text(0)});
    }
    return items;
}

Result<QList<QPair<QString, Visibility>>> AlbumRepository::livePhotos(const QString &albumId)
{
    Query query(m_db, QStringLiteral("SELECT id, visibility FROM photos WHERE album_id = ? AND deleted_ms IS NULL"));
    query.bind(albumId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<QPair<QString, Visibility>> photos;
    while (query.next())
        photos.append({query.text(0), storedVisibility(query.text(1))});
    return photos;
}

} // namespace kj::server::store
