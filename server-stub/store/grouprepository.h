#pragma once

#include "models/domain/friendgroup.h"
#include "models/domain/itemkind.h"
#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A friend group row: the wire FriendGroup (members by username) plus its owner's and members' ids.
struct FriendGroupRecord {
    FriendGroup group;
    qint64 ownerId = 0;
    QList<qint64> memberIds;
};

//! An item of any kind, by its wire kind name and id.
struct ItemRef {
    QString kind;
    QString id;
    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

//! Friend groups, their members, and which groups each item of the "groups" audience names
//! (tables of migration 0005). Whether a viewer is in an item's groups is asked by the audience rule
//! (api/itemaccess mayView and store/audiencesql).
class GroupRepository
{
public:
    explicit GroupRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::optional<FriendGroupRecord>> find(const QString &id);
    //! The owner's groups, oldest first.
    [[nodiscard]] Result<QList<FriendGroupRecord>> listByOwner(qint64 owner);
    //! Inserts the group or replaces its name, members and updatedAt (createdAt stays).
    [[nodiscard]] Status save(const FriendGroupRecord &record);
    [[nodiscard]] Status remove(const QString &id);

    //! The first of ids that is not one of owner's groups (nullopt: all are).
    [[nodiscard]] Result<std::optional<QString>> firstNotOwned(qint64 owner, const QStringList &ids);
    //! The distinct members of these groups.
    [[nodiscard]] Result<QList<qint64>> membersOf(const QStringList &groupIds);
    //! The groups of owner that member belongs to.
    [[nodiscard]] Result<QStringList> groupsWithMember(qint64 owner, qint64 member);
    //! Takes member out of every group of owner (they stopped being friends).
    [[nodiscard]] Status removeMemberEverywhere(qint64 owner, qint64 member);

    //! The groups an item names, sorted.
    [[nodiscard]] Result<QStringList> itemGroups(ItemKind kind, const QString &id);
    //! The items that name any of these groups.
    [[nodiscard]] Result<QList<ItemRef>> itemsNaming(const QStringList &groupIds);
    //! Replaces the groups an item names (empty: none).
    [[nodiscard]] Status setItemGroups(ItemKind kind, const QString &id, const QStringList &groupIds);
    //! The groups an item names that belong to owner, sorted (none when owner is not the item's owner).
    [[nodiscard]] Result<QStringList> ownItemGroups(ItemKind kind, const QString &id, qint64 owner);
    //! Whether viewer is a member of one of the groups the item names.
    [[nodiscard]] Result<bool> inItemGroups(ItemKind kind, const QString &id, qint64 viewer);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
