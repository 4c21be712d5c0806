#include "app/services/friendgroupservice.h"

#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/friendgrouprepository.h"

namespace kj::app {

FriendGroupService::FriendGroupService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_sync(sync)
{
}

kj::Result<kj::FriendGroup> FriendGroupService::create(const QString &name, const QStringList &members)
{
    return put(kj::newItemId(), name, members);
}

kj::Result<kj::FriendGroup> FriendGroupService::rename(const QString &id, const QString &name)
{
    const std::optional<kj::store::LocalFriendGroup> group = kj::store::FriendGroupRepository(m_store).find(id);
    if (!group)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no group %1").arg(id));
    return put(id, name, group->group.members);
}

kj::Result<kj::FriendGroup> FriendGroupService::setMembers(const QString &id, const QStringList &members)
{
    const std::optional<kj::store::LocalFriendGroup> group = kj::store::FriendGroupRepository(m_store).find(id);
    if (!group)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no group %1").arg(id));
    return put(id, group->group.name, members);
}

kj::Result<kj::FriendGroup> FriendGroupService::addMember(const QString &id, const QString &username)
{
    const std::optional<kj::store::LocalFriendGroup> group = kj::store::FriendGroupRepository(m_store).find(id);
    if (!group)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no group %1").arg(id));
    QStringList members = group->group.members;
    if (members.contains(username))
        return group->group;
    members.append(username);
    return put(id, group->group.name, members);
}

kj::Result<kj::FriendGroup> FriendGroupService::removeMember(const QString &id, const QString &username)
{
    const std::optional<kj::store::LocalFriendGroup> group = kj::store::FriendGroupRepository(m_store).find(id);
    if (!group)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no group %1").arg(id));
    QStringList members = group->group.members;
    if (!members.removeOne(username))
        return group->group;
    return put(id, group->group.name, members);
}

kj::Status FriendGroupService::remove(const QString &id)
{
    if (kj::Status removed = kj::store::FriendGroupRepository(m_store).remove(id); !removed)
        return removed;
    Q_EMIT groupsChanged();
    if (m_sync)
        m_sync->scheduleSoon();
    return {};
}

kj::Result<kj::FriendGroup> FriendGroupService::put(const QString &id, const QString &name, QStringList members)
{
    kj::FriendGroupWrite write;
    write.name = name.trimmed();
    members.removeDuplicates();
    members.sort();
    write.members = members;
    // The server's own check first, so a mistake is explained before anything is queued.
    if (kj::Result<kj::FriendGroupWrite> valid = kj::FriendGroupWrite::fromRequest(write.toJson()); !valid)
        return valid.error();
    kj::Result<kj::FriendGroup> saved = kj::store::FriendGroupRepository(m_store).put(id, write);
    if (!saved)
        return saved;
    Q_EMIT groupsChanged();
    if (m_sync)
        m_sync->scheduleSoon();
    return saved;
}

void FriendGroupService::refresh()
{
    m_api.myGroups(this, [this](kj::Result<QList<kj::FriendGroup>> fetched) {
        kj::Status status = fetched ? kj::store::FriendGroupRepository(m_store).replaceFetched(*fetched)
                                    : kj::Status(fetched.error());
        if (status)
            Q_EMIT groupsChanged();
        Q_EMIT refreshed(status);
    });
}

} // namespace kj::app
