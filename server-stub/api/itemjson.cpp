#include "server-stub/api/itemjson.h"

#include "server-stub/store/likerepository.h"

#include <QJsonArray>

namespace kj::server::api {

namespace {
std::optional<store::ItemKey> keyOf(const QJsonObject &item)
{
    const std::optional<ItemKind> kind = itemKindFromName(item.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    return store::ItemKey{*kind, item.value(QStringLiteral("id")).toString()};
}
} // namespace

Result<QJsonObject> withReactions(const QSqlDatabase &db, std::optional<qint64> viewer, QJsonObject item)
{
    const std::optional<store::ItemKey> key = keyOf(item);
    if (!key)
        return fail(ErrorCode::Internal, QStringLiteral("an item without a kind cannot carry reactions"));
    Result<Reactions> reactions = store::LikeRepository(db).reactionsOf(*key, viewer);
    if (!reactions)
        return reactions.error();
    reactions->addTo(item);
    return item;
}

Result<http::Response> itemPageResponse(const QSqlDatabase &db, std::optional<qint64> viewer, QList<QJsonObject> items,
                                        const std::optional<QString> &nextCursor)
{
    QList<store::ItemKey> keys;
    keys.reserve(items.size());
    for (const QJsonObject &item : std::as_const(items)) {
        const std::optional<store::ItemKey> key = keyOf(item);
        if (!key)
            return fail(ErrorCode::Internal, QStringLiteral("an item without a kind cannot carry reactions"));
        keys.append(*key);
    }
    Result<QHash<store::ItemKey, Reactions>> reactions = store::LikeRepository(db).reactions(keys, viewer);
    if (!reactions)
        return reactions.error();
    QJsonArray list;
    for (qsizetype i = 0; i < items.size(); ++i) {
        reactions->value(keys.at(i)).addTo(items[i]);
        list.append(items.at(i));
    }
    return http::Response::json(200, {{QStringLiteral("items"), list},
                                      {QStringLiteral("nextCursor"), nextCursor ? QJsonValue(*nextCursor) : QJsonValue()}});
}

} // namespace kj::server::api
