#include "server-stub/store/mediarepository.h"

#include "server-stub/store/audiencesql.h"
#include "server-stub/store/exifcolumns.h"
#include "server-stub/store/query.h"
#include "server-stub/store/spacerepository.h"
#include "server-stub/store/trackrepository.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kMediaSelect = QStringLiteral("SELECT id, sha256, size, kind, mime_type, width, height, taken_ms, created_ms, ")
    + exifColumns() + QStringLiteral(" FROM media WHERE ");
const QString kUploadSelect = QStringLiteral(
    "SELECT id, owner_id, kind, size, sha256, filename, received, media_id, created_ms, updated_ms FROM uploads WHERE ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

MediaRecord readMedia(const Query &query)
{
    MediaRecord record;
    record.id = query.text(0);
    record.sha256 = query.text(1);
    record.size = query.int64(2);
    record.kind = mediaKindFromName(query.text(3)).value_or(MediaKind::Photo);
    record.mimeType = query.text(4);
    record.width = int(query.int64(5));
    record.height = int(query.int64(6));
    if (!query.isNull(7))
        record.takenAt = fromMs(query.int64(7));
    record.createdAt = fromMs(query.int64(8));
    record.exif = readExifColumns(query, 9);
    return record;
}

Result<std::optional<MediaRecord>> oneMedia(Query &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<MediaRecord>();
    return std::optional<MediaRecord>(readMedia(query));
}
} // namespace

Result<std::optional<MediaRecord>> MediaRepository::find(const QString &id)
{
    Query query(m_db, kMediaSelect + QStringLiteral("id = ?"));
    query.bind(id);
    return oneMedia(query);
}

Result<std::optional<MediaRecord>> MediaRepository::findByContent(const QString &sha256, qint64 size)
{
    Query query(m_db, kMediaSelect + QStringLiteral("sha256 = ? AND size = ?"));
    query.bind(sha256).bind(size);
    return oneMedia(query);
}

Status MediaRepository::insert(const MediaRecord &record)
{
    QVariantList values{record.id, record.sha256, record.size, mediaKindName(record.kind), record.mimeType, record.width,
                        record.height, record.takenAt ? QVariant(record.takenAt->toMSecsSinceEpoch()) : QVariant(),
                        record.createdAt.toMSecsSinceEpoch()};
    values += exifValues(record.exif);
    return execute(m_db,
                   QStringLiteral("INSERT INTO media (id, sha256, size, kind, mime_type, width, height, taken_ms, created_ms, ")
                       + exifColumns() + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?")
                       + QStringLiteral(", ?").repeated(kExifColumnCount) + u')',
                   values);
}

Result<bool> MediaRepository::hasGrant(qint64 user, const QString &mediaId)
{
    Query query(m_db, QStringLiteral("SELECT 1 FROM media_grants WHERE user_id = ? AND media_id = ?"));
    query.bind(user).bind(mediaId);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

Status MediaRepository::grant(qint64 user, const QString &mediaId, const QDateTime &now)
{
    return execute(m_db, QStringLiteral("INSERT INTO media_grants (media_id, user_id, created_ms) VALUES (?, ?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                   {mediaId, user, now.toMSecsSinceEpoch()});
}

Result<qint64> MediaRepository::usedBytes(qint64 user)
{
    Query query(m_db, QStringLiteral(
        // CAST: PostgreSQL sums BIGINTs as NUMERIC.
        "SELECT CAST((SELECT COALESCE(SUM(m.size), 0) FROM media_grants g JOIN media m ON m.id = g.media_id WHERE g.user_id = ?)"
        " + (SELECT COALESCE(SUM(size), 0) FROM uploads WHERE owner_id = ? AND media_id IS NULL) AS BIGINT)"));
    query.bind(user).bind(user);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return storeError(QStringLiteral("the quota query gave no row"));
    return query.int64(0);
}

Result<bool> MediaRepository::mayView(const QString &mediaId, std::optional<qint64> viewer)
{
    if (viewer) {
        Result<bool> granted = hasGrant(*viewer, mediaId);
        if (!granted || *granted)
            return granted;
    }
    if (Result<bool> shown = SpaceRepository(m_db).showsImage(mediaId); !shown || *shown)
        return shown; // a space's avatar, cover or background: seen by everyone, like the space
    if (Result<bool> heard = TrackRepository(m_db).showsMedia(mediaId, viewer); !heard || *heard)
        return heard; // a track's audio and cover art: seen by whoever may see the track
    const SqlCondition photoAudience = audienceCondition(viewer, ItemKind::Photo, QStringLiteral("p.id"), QStringLiteral("p.owner_id"),
                                                         QStringLiteral("p.visibility"));
    const SqlCondition albumAudience = audienceCondition(viewer, ItemKind::Album, QStringLiteral("a.id"), QStringLiteral("a.owner_id"),
                                                         QStringLiteral("a.visibility"));
    Query query(m_db, QStringLiteral("SELECT 1 FROM photos p JOIN albums a ON a.id = p.album_id WHERE p.media_id = ? "
                                     "AND p.deleted_ms IS NULL AND a.deleted_ms IS NULL AND ")
                          + photoAudience.sql + QStringLiteral(" AND ") + albumAudience.sql + QStringLiteral(" LIMIT 1"));
    query.bind(mediaId);
    for (const QVariant &value : photoAudience.values)
        query.bind(value);
    for (const QVariant &value : albumAudience.values)
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

Result<std::optional<UploadRecord>> MediaRepository::findUpload(const QString &id)
{
    Query query(m_db, kUploadSelect + QStringLiteral("id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<UploadRecord>();
    UploadRecord record;
    record.id = query.text(0);
    record.ownerId = query.int64(1);
    record.kind = mediaKindFromName(query.text(2)).value_or(MediaKind::Photo);
    record.size = query.int64(3);
    record.sha256 = query.text(4);
    record.filename = query.text(5);
    record.received = query.int64(6);
    if (!query.isNull(7))
        record.mediaId = query.text(7);
    record.createdAt = fromMs(query.int64(8));
    record.updatedAt = fromMs(query.int64(9));
    return std::optional<UploadRecord>(record);
}

Status MediaRepository::insertUpload(const UploadRecord &record)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO uploads (id, owner_id, kind, size, sha256, filename, received, media_id, "
                                  "created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {record.id, record.ownerId, mediaKindName(record.kind), record.size, record.sha256,
                    textValue(record.filename), record.received, record.mediaId ? QVariant(*record.mediaId) : QVariant(),
                    record.createdAt.toMSecsSinceEpoch(), record.updatedAt.toMSecsSinceEpoch()});
}

Result<bool> MediaRepository::advanceUpload(const QString &id, qint64 from, qint64 to, const QDateTime &now)
{
    Query query(m_db, QStringLiteral("UPDATE uploads SET received = ?, updated_ms = ? WHERE id = ? AND received = ? "
                                     "AND media_id IS NULL"));
    query.bind(to).bind(now.toMSecsSinceEpoch()).bind(id).bind(from);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() == 1;
}

Status MediaRepository::completeUpload(const QString &id, const QString &mediaId, const QDateTime &now)
{
    return execute(m_db, QStringLiteral("UPDATE uploads SET media_id = ?, updated_ms = ? WHERE id = ?"),
                   {mediaId, now.toMSecsSinceEpoch(), id});
}

Status MediaRepository::deleteUpload(const QString &id)
{
    return execute(m_db, QStringLiteral("DELETE FROM uploads WHERE id = ?"), {id});
}

Result<QStringList> MediaRepository::staleUploads(const QDateTime &unfinishedBefore, const QDateTime &finishedBefore)
{
    Query query(m_db, QStringLiteral("SELECT id FROM uploads WHERE (media_id IS NULL AND updated_ms < ?) "
                                     "OR (media_id IS NOT NULL AND updated_ms < ?)"));
    query.bind(unfinishedBefore.toMSecsSinceEpoch()).bind(finishedBefore.toMSecsSinceEpoch());
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

} // namespace kj::server::store
