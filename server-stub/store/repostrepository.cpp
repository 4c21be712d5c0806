#include "server-stub/store/repostrepository.h"

#include "server-stub/store/audiencesql.h"
#include "server-stub/store/feedsql.h"
#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kColumns =
    QStringLiteral("r.id, r.owner_id, u.username, u.display_name, r.item_kind, r.item_id, r.comment, r.visibility, r.depth, "
                   "r.revision, r.created_ms, r.updated_ms, r.deleted_ms");
const QString kSelect =
    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM reposts r JOIN users u ON u.id = r.owner_id WHERE ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

RepostRecord readRecord(const Query &query)
{
    RepostRecord record;
    Repost &r = record.repost;
    r.id = query.text(0);
    record.ownerId = query.int64(1);
    r.author = User{query.text(2), query.text(3), {}};
    r.itemKind = itemKindFromName(query.text(4)).value_or(ItemKind::Post);
    r.itemId = query.text(5);
    r.comment = query.text(6);
    // An unknown stored value must hide the repost, never show it.
    r.visibility = visibilityFromName(query.text(7)).value_or(Visibility::Private);
    record.depth = int(query.int64(8));
    r.revision = query.int64(9);
    r.createdAt = fromMs(query.int64(10));
    r.updatedAt = fromMs(query.int64(11));
    if (!query.isNull(12))
        record.deletedAt = fromMs(query.int64(12));
    return record;
}

QVariant deletedValue(const RepostRecord &record)
{
    return record.deleted() ? QVariant(record.deletedAt.toMSecsSinceEpoch()) : QVariant();
}
} // namespace

Result<std::optional<RepostRecord>> RepostRepository::find(const QString &id)
{
    Query query(m_db, kSelect + QStringLiteral("r.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<RepostRecord>();
    return std::optional<RepostRecord>(readRecord(query));
}

Status RepostRepository::insert(const RepostRecord &record)
{
    const Repost &r = record.repost;
    return execute(m_db,
                   QStringLiteral("INSERT INTO reposts (id, owner_id, item_kind, item_id, comment, visibility, depth, revision, "
                                  "created_ms, updated_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {r.id, record.ownerId, itemKindName(r.itemKind), r.itemId, textValue(r.comment),
                    visibilityName(r.visibility), record.depth, r.revision, r.createdAt.toMSecsSinceEpoch(),
                    r.updatedAt.toMSecsSinceEpoch(), deletedValue(record)});
}

Status RepostRepository::update(const RepostRecord &record)
{
    const Repost &r = record.repost;
    return execute(m_db,
                   QStringLiteral("UPDATE reposts SET comment = ?, visibility = ?, revision = ?, updated_ms = ?, deleted_ms = ? "
                                  "WHERE id = ?"),
                   {textValue(r.comment), visibilityName(r.visibility), r.revision, r.updatedAt.toMSecsSinceEpoch(),
                    deletedValue(record), r.id});
}

Result<RepostPage> RepostRepository::page(const QString &condition, const QVariantList &values,
                                          const std::optional<PageStart> &start, int limit)
{
    QString sql = kSelect + QStringLiteral("r.deleted_ms IS NULL AND ") + condition;
    QVariantList bound = values;
    if (start) {
        sql += start->inclusive ? QStringLiteral(" AND (r.created_ms < ? OR (r.created_ms = ? AND r.id <= ?))")
                                : QStringLiteral(" AND (r.created_ms < ? OR (r.created_ms = ? AND r.id < ?))");
        bound << start->keyset.createdMs << start->keyset.createdMs << start->keyset.id;
    }
    sql += QStringLiteral(" ORDER BY r.created_ms DESC, r.id DESC LIMIT ?");
    bound << limit + 1; // one more tells whether there is a next page
    return readPage(sql, bound, limit);
}

Result<RepostPage> RepostRepository::readPage(const QString &sql, const QVariantList &bound, int limit)
{
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(bound))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    RepostPage result;
    while (query.next())
        result.items.append(readRecord(query));
    if (result.items.size() > limit) {
        result.items.removeLast();
        const Repost &last = result.items.constLast().repost;
        result.next = DiaryKeyset{last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return result;
}

Result<RepostPage> RepostRepository::listByOwner(qint64 owner, std::optional<qint64> viewer,
                                                 const std::optional<PageStart> &start, int limit)
{
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Repost, QStringLiteral("r.id"), QStringLiteral("r.owner_id"),
                                                    QStringLiteral("r.visibility"));
    return page(QStringLiteral("r.owner_id = ? AND ") + audience.sql, QVariantList{owner} + audience.values, start, limit);
}

Result<RepostPage> RepostRepository::feed(qint64 viewer, const std::optional<PageStart> &start, int limit)
{
    const FeedTable table{QStringLiteral("reposts"), QStringLiteral("r"), kColumns, ItemKind::Repost};
    return readFeedPage<RepostPage>(m_db, table, viewer, start, limit, [&](const QString &sql, const QVariantList &values) {
        return readPage(sql, values, limit);
    });
}

Result<QStringList> RepostRepository::liveIds(qint64 owner, Visibility visibility)
{
    Query query(m_db, QStringLiteral("SELECT id FROM reposts WHERE owner_id = ? AND visibility = ? AND deleted_ms IS NULL"));
    query.bind(owner).bind(visibilityName(visibility));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

} // namespace kj::server::store
