#pragma once

#include "models/domain/comment.h"
#include "models/domain/itemkind.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! An item named by kind and id, as reactions refer to it.
struct ItemKey {
    ItemKind kind = ItemKind::Diary;
    QString id;
    friend bool operator==(const ItemKey &, const ItemKey &) = default;
};
[[nodiscard]] inline size_t qHash(const ItemKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.kind), key.id);
}

//! Likes of items of every kind (one per person and item), and the reaction counts that lists, single
//! items and the feed show. Whether the caller may see the item is decided before (api/itemaccess.h).
class LikeRepository
{
public:
    explicit LikeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Likes the item for user; liking twice is liking once.
    [[nodiscard]] Status like(const ItemKey &item, qint64 user, const QDateTime &now);
    //! Takes the like back; without one, nothing happens.
    [[nodiscard]] Status unlike(const ItemKey &item, qint64 user);

    //! likeCount, commentCount and likedByMe (viewer nullopt: anonymous, never liked) of many items in
    //! one query; items without reactions are absent from the answer.
    [[nodiscard]] Result<QHash<ItemKey, Reactions>> reactions(const QList<ItemKey> &items, std::optional<qint64> viewer);
    //! The same for one item (zeros when it has none).
    [[nodiscard]] Result<Reactions> reactionsOf(const ItemKey &item, std::optional<qint64> viewer);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
