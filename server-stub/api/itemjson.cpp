#include "server-stub/api/itemjson.h"

#include "models/domain/visibility.h"
#include "server-stub/store/grouprepository.h"
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

Result<QJsonObject> withOwnGroups(const QSqlDatabase &db, std::optional<qint64> viewer, QJsonObject item)
{
    item.remove(QStringLiteral("groups"));
    if (!viewer || item.value(QStringLiteral("visibility")).toString() != visibilityName(Visibility::Groups))
        return item;
    const std::optional<store::ItemKey> key = keyOf(item);
    if (!key)
        return item;
    Result<QStringList> groups = store::GroupRepository(db).ownItemGroups(key->kind, key->id, *viewer);
    if (!groups)
        return groups.error();
    if (!groups->isEmpty())
        item.insert(QStringLiteral("groups"), QJsonArray::fromStringList(*groups));
    return item;
}

Result<QJsonObject> withReactions(const QSqlDatabase &db, std::optional<qint64> viewer, QJsonObject item)
{
    const std::optional<store::ItemKey> key = keyOf(item);
    if (!key)
        return fail(ErrorCode::Internal, QStringLiteral("an item without a kind cannot carry reactions"));
    Result<QJsonObject> shown = withOwnGroups(db, viewer, item);
    if (!shown)
        return shown.error();
    item = *shown;
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
        Result<QJsonObject> shown = withOwnGroups(db, viewer, items.at(i));
        if (!shown)
            return shown.error();
        items[i] = *shown;
        reactions->value(keys.at(i)).addTo(items[i]);
        list.append(items.at(i));
    }
    return http::Response::json(200, {{QStringLiteral("items"), list},
                                      {QStringLiteral("nextCursor"), nextCursor ? QJsonValue(*nextCursor) : QJsonValue()}});
}

} // namespace kj::server::api
