#include "server-stub/store/grouprepository.h"

#include "server-stub/store/query.h"

namespace kj::server::store {

namespace {
QString marks(qsizetype count)
{
    QStringList list;
    list.fill(QStringLiteral("?"), count);
    return list.join(u',');
}
} // namespace

Result<std::optional<FriendGroupRecord>> GroupRepository::find(const QString &id)
{
    Query query(m_db, QStringLiteral("SELECT id, owner_id, name, created_ms, updated_ms FROM friend_groups WHERE id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<FriendGroupRecord>();
    FriendGroupRecord record;
    record.group.id = query.text(0);
    record.ownerId = query.int64(1);
    record.group.name = query.text(2);
    record.group.createdAt = QDateTime::fromMSecsSinceEpoch(query.int64(3), Qt::UTC);
    record.group.updatedAt = QDateTime::fromMSecsSinceEpoch(query.int64(4), Qt::UTC);
    Query members(m_db, QStringLiteral("SELECT u.id, u.username FROM friend_group_members m JOIN users u ON u.id = m.member_id "
                                       "WHERE m.group_id = ? ORDER BY u.username"));
    members.bind(id);
    if (Status status = members.exec(); !status)
        return status.error();
    while (members.next()) {
        record.memberIds.append(members.int64(0));
        record.group.members.append(members.text(1));
    }
    return std::optional(record);
}

Result<QList<FriendGroupRecord>> GroupRepository::listByOwner(qint64 owner)
{
    Query query(m_db, QStringLiteral("SELECT id FROM friend_groups WHERE owner_id = ? ORDER BY created_ms, id"));
    query.bind(owner);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    QList<FriendGroupRecord> groups;
    for (const QString &id : std::as_const(ids)) {
        Result<std::optional<FriendGroupRecord>> found = find(id);
        if (!found)
            return found.error();
        if (found->has_value())
            groups.append(**found);
    }
    return groups;
}

Status GroupRepository::save(const FriendGroupRecord &record)
{
    const FriendGroup &g = record.group;
    if (Status status = execute(m_db,
                                QStringLiteral("INSERT INTO friend_groups (id, owner_id, name, created_ms, updated_ms) "
                                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                               "updated_ms = excluded.updated_ms"),
                                {g.id, record.ownerId, textValue(g.name), g.createdAt.toMSecsSinceEpoch(),
                                 g.updatedAt.toMSecsSinceEpoch()});
        !status) {
        return status;
    }
    if (Status status = execute(m_db, QStringLiteral("DELETE FROM friend_group_members WHERE group_id = ?"), {g.id}); !status)
        return status;
    for (qint64 member : record.memberIds) {
        if (Status status = execute(m_db, QStringLiteral("INSERT INTO friend_group_members (group_id, member_id) VALUES (?, ?)"),
                                    {g.id, member});
            !status) {
            return status;
        }
    }
    return {};
}

Status GroupRepository::remove(const QString &id)
{
    return execute(m_db, QStringLiteral("DELETE FROM friend_groups WHERE id = ?"), {id});
}

Result<std::optional<QString>> GroupRepository::firstNotOwned(qint64 owner, const QStringList &ids)
{
    for (const QString &id : ids) {
        Query query(m_db, QStringLiteral("SELECT 1 FROM friend_groups WHERE id = ? AND owner_id = ?"));
        query.bind(id).bind(owner);
        if (Status status = query.exec(); !status)
            return status.error();
        if (!query.next())
            return std::optional(id);
    }
    return std::optional<QString>();
}

Result<QList<qint64>> GroupRepository::membersOf(const QStringList &groupIds)
{
    QList<qint64> members;
    if (groupIds.isEmpty())
        return members;
    Query query(m_db, QStringLiteral("SELECT DISTINCT member_id FROM friend_group_members WHERE group_id IN (")
                          + marks(groupIds.size()) + QStringLiteral(") ORDER BY member_id"));
    for (const QString &id : groupIds)
        query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        members.append(query.int64(0));
    return members;
}

Result<QStringList> GroupRepository::groupsWithMember(qint64 owner, qint64 member)
{
    Query query(m_db, QStringLiteral("SELECT g.id FROM friend_groups g JOIN friend_group_members m ON m.group_id = g.id "
                                     "WHERE g.owner_id = ? AND m.member_id = ? ORDER BY g.id"));
    query.bind(owner).bind(member);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

Status GroupRepository::removeMemberEverywhere(qint64 owner, qint64 member)
{
    return execute(m_db,
                   QStringLiteral("DELETE FROM friend_group_members WHERE member_id = ? "
                                  "AND group_id IN (SELECT id FROM friend_groups WHERE owner_id = ?)"),
                   {member, owner});
}

Result<QStringList> GroupRepository::itemGroups(ItemKind kind, const QString &id)
{
    Query query(m_db, QStringLiteral("SELECT group_id FROM item_groups WHERE item_kind = ? AND item_id = ? ORDER BY group_id"));
    query.bind(itemKindName(kind)).bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

Result<QStringList> GroupRepository::ownItemGroups(ItemKind kind, const QString &id, qint64 owner)
{
    Query query(m_db, QStringLiteral("SELECT ig.group_id FROM item_groups ig JOIN friend_groups g ON g.id = ig.group_id "
                                     "WHERE ig.item_kind = ? AND ig.item_id = ? AND g.owner_id = ? ORDER BY ig.group_id"));
    query.bind(itemKindName(kind)).bind(id).bind(owner);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

Result<QList<ItemRef>> GroupRepository::itemsNaming(const QStringList &groupIds)
{
    QList<ItemRef> items;
    if (groupIds.isEmpty())
        return items;
    Query query(m_db, QStringLiteral("SELECT DISTINCT item_kind, item_id FROM item_groups WHERE group_id IN (")
                          + marks(groupIds.size()) + QStringLiteral(") ORDER BY item_kind, item_id"));
    for (const QString &id : groupIds)
        query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next())
        items.append({query.text(0), query.text(1)});
    return items;
}

Status GroupRepository::setItemGroups(ItemKind kind, const QString &id, const QStringList &groupIds)
{
    const QString kindName = itemKindName(kind);
    if (Status status = execute(m_db, QStringLiteral("DELETE FROM item_groups WHERE item_kind = ? AND item_id = ?"), {kindName, id});
        !status) {
        return status;
    }
    for (const QString &group : groupIds) {
        if (Status status = execute(m_db, QStringLiteral("INSERT INTO item_groups (item_kind, item_id, group_id) VALUES (?, ?, ?)"),
                                    {kindName, id, group});
            !status) {
            return status;
        }
    }
    return {};
}

Result<bool> GroupRepository::inItemGroups(ItemKind kind, const QString &id, qint64 viewer)
{
    Query query(m_db, QStringLiteral("SELECT 1 FROM item_groups ig JOIN friend_group_members m ON m.group_id = ig.group_id "
                                     "WHERE ig.item_kind = ? AND ig.item_id = ? AND m.member_id = ? LIMIT 1"));
    query.bind(itemKindName(kind)).bind(id).bind(viewer);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

} // namespace kj::server::store
