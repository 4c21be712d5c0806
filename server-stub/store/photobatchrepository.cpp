#include "server-stub/store/photobatchrepository.h"

#include "server-stub/store/albumrepository.h"
#include "server-stub/store/audiencesql.h"
#include "server-stub/store/query.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace kj::server::store {

namespace {
// The photos a viewer may see: live, in a live album, admitted by the photo's and the album's audience.
SqlCondition visiblePhotos(qint64 viewer)
{
    const SqlCondition photo = audienceCondition(viewer, ItemKind::Photo, QStringLiteral("p.id"), QStringLiteral("p.owner_id"),
                                                 QStringLiteral("p.visibility"));
    const SqlCondition album = audienceCondition(viewer, ItemKind::Album, QStringLiteral("a.id"), QStringLiteral("a.owner_id"),
                                                 QStringLiteral("a.visibility"));
    return {QStringLiteral("p.deleted_ms IS NULL AND a.deleted_ms IS NULL AND ") + photo.sql + QStringLiteral(" AND ")
                + album.sql,
            photo.values + album.values};
}
} // namespace

Result<PhotoBatchPage> PhotoBatchRepository::feed(qint64 viewer, const std::optional<PageStart> &start, int limit)
{
    const SqlCondition visible = visiblePhotos(viewer);
    QString sql = QStringLiteral(
                      "SELECT p.batch_id, MAX(p.created_ms) FROM photos p JOIN albums a ON a.id = p.album_id "
                      "WHERE (p.owner_id = ? OR p.owner_id IN (SELECT friend_id FROM friendships WHERE user_id = ?)) AND ")
                  + visible.sql + QStringLiteral(" GROUP BY p.batch_id");
    QVariantList values{viewer, viewer};
    values << visible.values;
    if (start) {
        sql += start->inclusive
                   ? QStringLiteral(" HAVING (MAX(p.created_ms) < ? OR (MAX(p.created_ms) = ? AND p.batch_id <= ?))")
                   : QStringLiteral(" HAVING (MAX(p.created_ms) < ? OR (MAX(p.created_ms) = ? AND p.batch_id < ?))");
        values << start->keyset.createdMs << start->keyset.createdMs << start->keyset.id;
    }
    sql += QStringLiteral(" ORDER BY MAX(p.created_ms) DESC, p.batch_id DESC LIMIT ?");
    values << limit + 1; // one more tells whether there is a next page
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    PhotoBatchPage page;
    while (query.next())
        page.items.append(PhotoBatch{query.text(0), 0, QDateTime::fromMSecsSinceEpoch(query.int64(1), QTimeZone::utc()), {}});
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.more = true;
    }
    if (Status status = fill(page.items, viewer); !status)
        return status.error();
    return page;
}

Status PhotoBatchRepository::fill(QList<PhotoBatch> &batches, qint64 viewer)
{
    if (batches.isEmpty())
        return {};
    QHash<QString, PhotoBatch *> byId;
    QStringList marks;
    QVariantList values;
    for (PhotoBatch &batch : batches) {
        byId.insert(batch.id, &batch);
        marks.append(QStringLiteral("?"));
        values.append(batch.id);
    }
    const SqlCondition visible = visiblePhotos(viewer);
    values << visible.values;
    Query query(m_db, QStringLiteral("SELECT p.batch_id, p.id FROM photos p JOIN albums a ON a.id = p.album_id WHERE p.batch_id IN (")
                          + marks.join(u',') + QStringLiteral(") AND ") + visible.sql
                          + QStringLiteral(" ORDER BY p.created_ms, p.id"));
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList shown;
    QHash<QString, QString> batchOfPhoto;
    while (query.next()) {
        PhotoBatch *batch = byId.value(query.text(0));
        if (!batch)
            continue;
        if (++batch->photoCount <= PhotoBatch::kMaxShown) {
            shown.append(query.text(1));
            batchOfPhoto.insert(query.text(1), batch->id);
        }
    }
    Result<QList<PhotoRecord>> photos = AlbumRepository(m_db).findPhotos(shown);
    if (!photos)
        return photos.error();
    for (const PhotoRecord &record : std::as_const(*photos)) {
        if (PhotoBatch *batch = byId.value(batchOfPhoto.value(record.photo.id)))
            batch->photos.append(record.photo);
    }
    return {};
}

} // namespace kj::server::store
