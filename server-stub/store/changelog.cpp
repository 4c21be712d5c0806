#include "server-stub/store/changelog.h"

#include "server-stub/store/query.h"

namespace kj::server::store {

Status ChangeLog::appendDiary(const QString &id, qint64 owner, std::optional<Visibility> previous, const QDateTime &now)
{
    return append(QStringLiteral("diary"), id, owner, std::nullopt, previous, now);
}

Status ChangeLog::appendItem(const QString &kind, const QString &id, qint64 owner, std::optional<Visibility> previous,
                             const QDateTime &now)
{
    return append(kind, id, owner, std::nullopt, previous, now);
}

Status ChangeLog::appendReaction(ItemKind kind, const QString &id, qint64 owner, const QDateTime &now)
{
    // No previous visibility: a reaction never withdraws the item from anyone.
    return append(itemKindName(kind), id, owner, std::nullopt, std::nullopt, now);
}

Status ChangeLog::appendComment(const QString &commentId, ItemKind itemKind, const QString &itemId, qint64 owner,
                                const QDateTime &now)
{
    return append(QStringLiteral("comment"), commentId, owner, std::nullopt, std::nullopt, now, itemKindName(itemKind), itemId);
}

Status ChangeLog::appendAddressed(const QString &kind, const QString &itemId, qint64 owner, qint64 audience,
                                  std::optional<Visibility> previous, const QDateTime &now)
{
    return append(kind, itemId, owner, audience, previous, now);
}

Status ChangeLog::append(const QString &kind, const QString &itemId, qint64 owner, std::optional<qint64> audience,
                         std::optional<Visibility> previous, const QDateTime &now, const QString &parentKind,
                         const QString &parentId)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO change_log (kind, item_id, owner_id, audience_id, prev_visibility, at_ms, "
                                  "parent_kind, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {kind, itemId, owner, audience ? QVariant(*audience) : QVariant(),
                    previous ? QVariant(visibilityName(*previous)) : QVariant(), now.toMSecsSinceEpoch(),
                    parentKind.isEmpty() ? QVariant() : QVariant(parentKind),
                    parentId.isEmpty() ? QVariant() : QVariant(parentId)});
}

Result<ChangeLog::Page> ChangeLog::read(qint64 viewer, qint64 since, int limit)
{
    Query query(m_db, QStringLiteral(
        "SELECT seq, kind, item_id, owner_id, audience_id, prev_visibility, parent_kind, parent_id FROM change_log WHERE seq > ? AND ("
        "audience_id = ? OR (audience_id IS NULL AND (owner_id = ? OR owner_id IN "
        "(SELECT friend_id FROM friendships WHERE user_id = ?)))) ORDER BY seq LIMIT ?"));
    query.bind(since).bind(viewer).bind(viewer).bind(viewer).bind(limit + 1);
    if (Status status = query.exec(); !status)
        return status.error();
    Page page;
    while (query.next()) {
        ChangeRow row;
        row.seq = query.int64(0);
        row.kind = query.text(1);
        row.itemId = query.text(2);
        row.ownerId = query.int64(3);
        if (!query.isNull(4))
            row.audienceId = query.int64(4);
        if (!query.isNull(5))
            row.previous = visibilityFromName(query.text(5));
        if (!query.isNull(6)) {
            row.parentKind = query.text(6);
            row.parentId = query.text(7);
        }
        page.rows.append(row);
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.more = true;
    }
    return page;
}

} // namespace kj::server::store
