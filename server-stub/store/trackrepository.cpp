#include "server-stub/store/trackrepository.h"

#include "server-stub/store/audiencesql.h"
#include "server-stub/store/feedsql.h"
#include "server-stub/store/query.h"

#include <QSet>
#include <QTimeZone>

namespace kj::server::store {

namespace {
// A track without a media_audio row cannot exist (both are written from one upload), but a LEFT JOIN keeps
// a damaged store readable.
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.owner_id, u.username, u.display_name, t.media_id, t.title, t.artist, "
    "COALESCE(a.duration_ms, 0), COALESCE(a.has_cover, 0), t.visibility, t.revision, t.created_ms, t.updated_ms, "
    "t.deleted_ms FROM tracks t JOIN users u ON u.id = t.owner_id LEFT JOIN media_audio a ON a.media_id = t.media_id "
    "WHERE ");
// The same columns for the feed's queries, which join users only: the audio row by subqueries.
const QString kFeedColumns = QStringLiteral(
    "t.id, t.owner_id, u.username, u.display_name, t.media_id, t.title, t.artist, "
    "COALESCE((SELECT a.duration_ms FROM media_audio a WHERE a.media_id = t.media_id), 0), "
    "COALESCE((SELECT a.has_cover FROM media_audio a WHERE a.media_id = t.media_id), 0), t.visibility, t.revision, "
    "t.created_ms, t.updated_ms, t.deleted_ms");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

TrackRecord readRecord(const Query &query)
{
    TrackRecord record;
    Track &t = record.track;
    t.id = query.text(0);
    record.ownerId = query.int64(1);
    t.owner = User{query.text(2), query.text(3), {}};
    t.mediaId = query.text(4);
    t.title = query.text(5);
    t.artist = query.text(6);
    t.durationMs = query.int64(7);
    t.hasCover = query.int64(8) != 0;
    // An unknown stored value must hide the track, never show it.
    t.visibility = visibilityFromName(query.text(9)).value_or(Visibility::Private);
    t.revision = query.int64(10);
    t.createdAt = fromMs(query.int64(11));
    t.updatedAt = fromMs(query.int64(12));
    if (!query.isNull(13))
        record.deletedAt = fromMs(query.int64(13));
    return record;
}

QVariant deletedValue(const TrackRecord &record)
{
    return record.deleted() ? QVariant(record.deletedAt.toMSecsSinceEpoch()) : QVariant();
}

QString placeholders(qsizetype count)
{
    QString list;
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return list;
}
} // namespace

Result<std::optional<TrackRecord>> TrackRepository::find(const QString &id)
{
    Query query(m_db, kSelect + QStringLiteral("t.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<TrackRecord>();
    return std::optional<TrackRecord>(readRecord(query));
}

Status TrackRepository::insert(const TrackRecord &record)
{
    const Track &t = record.track;
    return execute(m_db,
                   QStringLiteral("INSERT INTO tracks (id, owner_id, media_id, title, artist, visibility, revision, "
                                  "created_ms, updated_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {t.id, record.ownerId, t.mediaId, textValue(t.title), textValue(t.artist), visibilityName(t.visibility),
                    t.revision, t.createdAt.toMSecsSinceEpoch(), t.updatedAt.toMSecsSinceEpoch(), deletedValue(record)});
}

Status TrackRepository::update(const TrackRecord &record)
{
    const Track &t = record.track;
    return execute(m_db,
                   QStringLiteral("UPDATE tracks SET media_id = ?, title = ?, artist = ?, visibility = ?, revision = ?, "
                                  "updated_ms = ?, deleted_ms = ? WHERE id = ?"),
                   {t.mediaId, textValue(t.title), textValue(t.artist), visibilityName(t.visibility), t.revision,
                    t.updatedAt.toMSecsSinceEpoch(), deletedValue(record), t.id});
}

Result<TrackPage> TrackRepository::page(const QString &condition, const QVariantList &values,
                                        const std::optional<DiaryKeyset> &after, bool inclusive, int limit)
{
    QString sql = kSelect + QStringLiteral("t.deleted_ms IS NULL AND ") + condition;
    QVariantList bound = values;
    if (after) {
        sql += inclusive ? QStringLiteral(" AND (t.created_ms < ? OR (t.created_ms = ? AND t.id <= ?))")
                         : QStringLiteral(" AND (t.created_ms < ? OR (t.created_ms = ? AND t.id < ?))");
        bound << after->createdMs << after->createdMs << after->id;
    }
    sql += QStringLiteral(" ORDER BY t.created_ms DESC, t.id DESC LIMIT ?");
    bound << limit + 1; // one more tells whether there is a next page
    return readPage(sql, bound, limit);
}

Result<TrackPage> TrackRepository::readPage(const QString &sql, const QVariantList &bound, int limit)
{
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(bound))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    TrackPage result;
    while (query.next())
        result.items.append(readRecord(query).track);
    if (result.items.size() > limit) {
        result.items.removeLast();
        const Track &last = result.items.constLast();
        result.next = DiaryKeyset{last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return result;
}

Result<TrackPage> TrackRepository::listByOwner(qint64 owner, std::optional<qint64> viewer,
                                               const std::optional<DiaryKeyset> &after, int limit)
{
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Track, QStringLiteral("t.id"), QStringLiteral("t.owner_id"),
                                                    QStringLiteral("t.visibility"));
    return page(QStringLiteral("t.owner_id = ? AND ") + audience.sql, QVariantList{owner} + audience.values, after, false,
                limit);
}

Result<TrackPage> TrackRepository::feed(qint64 viewer, const std::optional<DiaryKeyset> &after, bool inclusive, int limit)
{
    const FeedTable table{QStringLiteral("tracks"), QStringLiteral("t"), kFeedColumns, ItemKind::Track};
    const std::optional<PageStart> start = after ? std::optional(PageStart{*after, inclusive}) : std::nullopt;
    return readFeedPage<TrackPage>(m_db, table, viewer, start, limit, [&](const QString &sql, const QVariantList &values) {
        return readPage(sql, values, limit);
    });
}

Result<QStringList> TrackRepository::liveIds(qint64 owner, Visibility visibility)
{
    Query query(m_db, QStringLiteral("SELECT id FROM tracks WHERE owner_id = ? AND visibility = ? AND deleted_ms IS NULL"));
    query.bind(owner).bind(visibilityName(visibility));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

Result<QStringList> TrackRepository::notLiveTracksOf(qint64 owner, const QStringList &ids)
{
    if (ids.isEmpty())
        return QStringList();
    Query query(m_db, QStringLiteral("SELECT id FROM tracks WHERE owner_id = ? AND deleted_ms IS NULL AND id IN (")
                          + placeholders(ids.size()) + u')');
    query.bind(owner);
    for (const QString &id : ids)
        query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> live;
    while (query.next())
        live.insert(query.text(0));
    QStringList missing;
    for (const QString &id : ids) {
        if (!live.contains(id))
            missing.append(id);
    }
    return missing;
}

Result<QStringList> TrackRepository::visibleTrackIds(const QStringList &ids, std::optional<qint64> viewer)
{
    if (ids.isEmpty())
        return QStringList();
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Track, QStringLiteral("t.id"), QStringLiteral("t.owner_id"),
                                                    QStringLiteral("t.visibility"));
    Query query(m_db, QStringLiteral("SELECT t.id FROM tracks t WHERE t.deleted_ms IS NULL AND t.id IN (")
                          + placeholders(ids.size()) + QStringLiteral(") AND ") + audience.sql);
    for (const QString &id : ids)
        query.bind(id);
    for (const QVariant &value : audience.values)
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> visible;
    while (query.next())
        visible.insert(query.text(0));
    QStringList kept;
    for (const QString &id : ids) {
        if (visible.contains(id))
            kept.append(id);
    }
    return kept;
}

Result<bool> TrackRepository::showsMedia(const QString &mediaId, std::optional<qint64> viewer)
{
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Track, QStringLiteral("t.id"), QStringLiteral("t.owner_id"),
                                                    QStringLiteral("t.visibility"));
    Query query(m_db, QStringLiteral("SELECT 1 FROM tracks t WHERE t.media_id = ? AND t.deleted_ms IS NULL AND ")
                          + audience.sql + QStringLiteral(" LIMIT 1"));
    query.bind(mediaId);
    for (const QVariant &value : audience.values)
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

Status TrackRepository::insertAudio(const AudioRecord &record)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO media_audio (media_id, duration_ms, tag_title, tag_artist, has_cover) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {record.mediaId, record.durationMs, textValue(record.tagTitle), textValue(record.tagArtist),
                    int(record.hasCover)});
}

Result<std::optional<AudioRecord>> TrackRepository::findAudio(const QString &mediaId)
{
    Query query(m_db, QStringLiteral("SELECT duration_ms, tag_title, tag_artist, has_cover FROM media_audio WHERE media_id = ?"));
    query.bind(mediaId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<AudioRecord>();
    return std::optional<AudioRecord>(AudioRecord{mediaId, query.int64(0), query.text(1), query.text(2), query.int64(3) != 0});
}

} // namespace kj::server::store
