#include "server-stub/api/groupaudience.h"

#include "server-stub/store/albumrepository.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/grouprepository.h"

namespace kj::server::api {

namespace {
// One item addressed to each member; an album takes its photos along (they are seen through it).
Status addressItem(const QSqlDatabase &db, const store::ItemRef &item, qint64 owner, const QList<qint64> &members,
                   std::optional<Visibility> previous, const QDateTime &now)
{
    store::ChangeLog log(db);
    QList<store::ItemRef> items{item};
    QList<std::optional<Visibility>> previousOf{previous};
    if (item.kind == itemKindName(ItemKind::Album)) {
        Result<QList<QPair<QString, Visibility>>> photos = store::AlbumRepository(db).livePhotos(item.id);
        if (!photos)
            return photos.error();
        for (const auto &[id, visibility] : std::as_const(*photos)) {
            items.append({itemKindName(ItemKind::Photo), id});
            previousOf.append(previous ? std::optional(store::narrowerVisibility(visibility, *previous)) : std::nullopt);
        }
    }
    for (qint64 member : members) {
        if (member == owner)
            continue;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (Status status = log.appendAddressed(items.at(i).kind, items.at(i).id, owner, member, previousOf.at(i), now);
                !status) {
                return status;
            }
        }
    }
    return {};
}
} // namespace

Status checkOwnGroups(const QSqlDatabase &db, qint64 owner, const Audience &audience)
{
    Result<std::optional<QString>> stray = store::GroupRepository(db).firstNotOwned(owner, audience.groups);
    if (!stray)
        return stray.error();
    if (stray->has_value())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"groups\" names %1, which is not one of your friend groups").arg(**stray));
    return {};
}

Status recordItemGroups(const QSqlDatabase &db, ItemKind kind, const QString &id, qint64 owner,
                        std::optional<Visibility> previous, const QStringList &groupsNow, const QDateTime &now)
{
    store::GroupRepository groups(db);
    if (previous == Visibility::Groups) {
        Result<QStringList> before = groups.itemGroups(kind, id);
        if (!before)
            return before.error();
        Result<QList<qint64>> members = groups.membersOf(*before);
        if (!members)
            return members.error();
        if (Status status = addressItem(db, {itemKindName(kind), id}, owner, *members, previous, now); !status)
            return status;
    }
    return groups.setItemGroups(kind, id, groupsNow);
}

Status addressGroupItems(const QSqlDatabase &db, qint64 owner, const QStringList &groupIds, const QList<qint64> &members,
                         std::optional<Visibility> previous, const QDateTime &now)
{
    if (members.isEmpty())
        return {};
    Result<QList<store::ItemRef>> items = store::GroupRepository(db).itemsNaming(groupIds);
    if (!items)
        return items.error();
    for (const store::ItemRef &item : std::as_const(*items)) {
        if (Status status = addressItem(db, item, owner, members, previous, now); !status)
            return status;
    }
    return {};
}

} // namespace kj::server::api
