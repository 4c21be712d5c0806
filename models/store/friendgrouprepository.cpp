#include "models/store/friendgrouprepository.h"

#include "models/domain/timestamp.h"
#include "models/store/itemtable.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <algorithm>

namespace kj::store {

namespace {
CachedItem rowFor(const kj::FriendGroup &group, const QString &owner, bool pending)
{
    CachedItem item;
    item.kind = FriendGroupRepository::kKind;
    item.id = group.id;
    item.owner = owner;
    item.json = group.toJson();
    item.createdAt = group.createdAt;
    item.updatedAt = group.updatedAt;
    item.pending = pending;
    return item;
}

std::optional<LocalFriendGroup> fromRow(const CachedItem &row, const Outbox &outbox)
{
    kj::Result<kj::FriendGroup> group = kj::FriendGroup::fromJson(row.json);
    if (!group)
        return std::nullopt;
    return LocalFriendGroup{*group, row.pending || outbox.hasPending(FriendGroupRepository::kKind, row.id)};
}
} // namespace

FriendGroupRepository::FriendGroupRepository(ClientStore &store) : m_store(store) {}

Result<kj::FriendGroup> FriendGroupRepository::put(const QString &id, const kj::FriendGroupWrite &write)
{
    ItemTable items(m_store);
    const QDateTime now = kj::nowUtc();
    kj::FriendGroup group;
    group.id = id;
    group.name = write.name;
    group.members = write.members;
    group.members.sort();
    group.createdAt = now;
    group.updatedAt = now;
    if (const std::optional<CachedItem> row = items.find(kKind, id); row && !row->deleted)
        group.createdAt = row->createdAt;
    const Status saved = m_store.transaction([&]() -> Status {
        if (Status status = items.put(rowFor(group, m_store.owner().username, true)); !status)
            return status;
        return m_store.outbox().enqueue(kKind, id, OutboxEntry::Op::Upsert, write.toJson());
    });
    if (!saved)
        return saved.error();
    return group;
}

Status FriendGroupRepository::remove(const QString &id)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        QJsonObject payload;
        if (std::optional<CachedItem> row = items.find(kKind, id)) {
            payload = {{QStringLiteral("name"), row->json.value(QStringLiteral("name"))}};
            row->deleted = true;
            row->pending = true;
            if (Status status = items.put(*row); !status)
                return status;
        }
        return m_store.outbox().enqueue(kKind, id, OutboxEntry::Op::Delete, payload);
    });
}

std::optional<LocalFriendGroup> FriendGroupRepository::find(const QString &id) const
{
    const std::optional<CachedItem> row = ItemTable(m_store).find(kKind, id);
    if (!row || row->deleted)
        return std::nullopt;
    return fromRow(*row, m_store.outbox());
}

QList<LocalFriendGroup> FriendGroupRepository::groups() const
{
    QList<LocalFriendGroup> result;
    for (const CachedItem &row : ItemTable(m_store).ofOwner(kKind, m_store.owner().username)) {
        if (row.deleted)
            continue;
        if (std::optional<LocalFriendGroup> group = fromRow(row, m_store.outbox()))
            result.append(*group);
    }
    std::stable_sort(result.begin(), result.end(), [](const LocalFriendGroup &a, const LocalFriendGroup &b) {
        return a.group.name.localeAwareCompare(b.group.name) < 0;
    });
    return result;
}

Status FriendGroupRepository::replaceFetched(const QList<kj::FriendGroup> &fetched)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        if (Status status = items.removeConfirmedOfOwner(kKind, m_store.owner().username); !status)
            return status;
        for (const kj::FriendGroup &group : fetched) {
            if (const std::optional<CachedItem> row = items.find(kKind, group.id); row && row->pending)
                continue;
            if (Status status = items.put(rowFor(group, m_store.owner().username, false)); !status)
                return status;
        }
        return {};
    });
}

Status FriendGroupRepository::recordPushed(qint64 seq, const kj::FriendGroup &stored)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = m_store.outbox().remove(seq); !status)
            return status;
        if (m_store.outbox().hasPending(kKind, stored.id))
            return {};
        return ItemTable(m_store).put(rowFor(stored, m_store.owner().username, false));
    });
}

Status FriendGroupRepository::recordDeletePushed(qint64 seq, const QString &id)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = m_store.outbox().remove(seq); !status)
            return status;
        if (m_store.outbox().hasPending(kKind, id))
            return {};
        return ItemTable(m_store).remove(kKind, id);
    });
}

Status FriendGroupRepository::forget(const QString &id)
{
    return ItemTable(m_store).remove(kKind, id);
}

} // namespace kj::store
