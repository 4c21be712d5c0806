#include "server-stub/store/likerepository.h"

#include "server-stub/store/query.h"

#include <QStringList>

namespace kj::server::store {

Status LikeRepository::like(const ItemKey &item, qint64 user, const QDateTime &now)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO likes (item_kind, item_id, user_id, created_ms) VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (item_kind, item_id, user_id) DO NOTHING"),
                   {itemKindName(item.kind), item.id, user, now.toMSecsSinceEpoch()});
}

Status LikeRepository::unlike(const ItemKey &item, qint64 user)
{
    return execute(m_db, QStringLiteral("DELETE FROM likes WHERE item_kind = ? AND item_id = ? AND user_id = ?"),
                   {itemKindName(item.kind), item.id, user});
}

Result<QHash<ItemKey, Reactions>> LikeRepository::reactions(const QList<ItemKey> &items, std::optional<qint64> viewer)
{
    QHash<ItemKey, Reactions> result;
    if (items.isEmpty())
        return result;
    // One statement for a whole page: the likes and the comments of the listed items, grouped per item.
    QStringList pairs;
    QVariantList keys;
    for (const ItemKey &item : items) {
        pairs.append(QStringLiteral("(?, ?)"));
        keys << itemKindName(item.kind) << item.id;
    }
    const QString listed = QStringLiteral("(item_kind, item_id) IN (VALUES ") + pairs.join(QStringLiteral(", ")) + u')';
    Query query(m_db, QStringLiteral("SELECT 'like', item_kind, item_id, COUNT(*), COALESCE(MAX(CASE WHEN user_id = ? THEN 1 ELSE 0 END), 0) FROM likes WHERE ")
                          + listed + QStringLiteral(" GROUP BY item_kind, item_id UNION ALL "
                                                    "SELECT 'comment', item_kind, item_id, COUNT(*), 0 FROM comments WHERE ")
                          + listed + QStringLiteral(" GROUP BY item_kind, item_id"));
    query.bind(viewer ? QVariant(*viewer) : QVariant());
    for (const QVariant &key : std::as_const(keys))
        query.bind(key);
    for (const QVariant &key : std::as_const(keys))
        query.bind(key);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        const std::optional<ItemKind> kind = itemKindFromName(query.text(1));
        if (!kind)
            continue;
        Reactions &reactions = result[ItemKey{*kind, query.text(2)}];
        if (query.text(0) == QLatin1String("like")) {
            reactions.likeCount = int(query.int64(3));
            reactions.likedByMe = query.int64(4) != 0;
        } else {
            reactions.commentCount = int(query.int64(3));
        }
    }
    return result;
}

Result<Reactions> LikeRepository::reactionsOf(const ItemKey &item, std::optional<qint64> viewer)
{
    Result<QHash<ItemKey, Reactions>> all = reactions({item}, viewer);
    if (!all)
        return all.error();
    return all->value(item);
}

} // namespace kj::server::store
