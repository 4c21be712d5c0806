#include "models/store/spacerepository.h"

#include "models/domain/fieldmerge.h"
#include "models/domain/timestamp.h"
#include "models/store/itemtable.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <QJsonArray>

namespace kj::store {

namespace {
const QString kFields = QStringLiteral("fields");
const QString kUser = QStringLiteral("user");
const QString kSpace = QStringLiteral("space");

CachedItem mineRow(const QString &me, const kj::SpaceSettings &settings, const std::optional<kj::SpaceSettings> &base,
                   bool pending)
{
    const QDateTime now = kj::nowUtc();
    CachedItem item;
    item.kind = SpaceRepository::kKind;
    item.id = me;
    item.owner = me;
    item.json = settings.toJson();
    item.createdAt = now;
    item.updatedAt = now;
    item.pending = pending;
    if (base)
        item.base = base->toJson();
    return item;
}
} // namespace

SpaceRepository::SpaceRepository(ClientStore &store) : m_store(store) {}

std::optional<MySpace> SpaceRepository::mine() const
{
    const std::optional<CachedItem> row = ItemTable(m_store).find(kKind, m_store.owner().username);
    if (!row)
        return std::nullopt;
    kj::Result<kj::SpaceSettings> settings = kj::SpaceSettings::fromJson(row->json);
    if (!settings)
        return std::nullopt;
    MySpace space{*settings, std::nullopt, row->pending || m_store.outbox().hasPending(kKind, row->id)};
    if (row->base) {
        if (kj::Result<kj::SpaceSettings> base = kj::SpaceSettings::fromJson(*row->base))
            space.base = *base;
    }
    return space;
}

Status SpaceRepository::saveMine(const kj::SpaceSettings &settings, const QStringList &changedFields)
{
    const QString me = m_store.owner().username;
    return m_store.transaction([&]() -> Status {
        const std::optional<MySpace> current = mine();
        QStringList fields = changedFields;
        // The fields of an earlier change still waiting are sent too.
        if (const std::optional<OutboxEntry> waiting = m_store.outbox().waiting(kKind, me)) {
            for (const QJsonValue &field : waiting->payload.value(kFields).toArray()) {
                if (!fields.contains(field.toString()))
                    fields.append(field.toString());
            }
        }
        fields.sort();
        if (Status status = ItemTable(m_store).put(mineRow(me, settings, current ? current->base : std::nullopt, true));
            !status) {
            return status;
        }
        return m_store.outbox().enqueue(kKind, me, OutboxEntry::Op::Upsert, {{kFields, QJsonArray::fromStringList(fields)}});
    });
}

Status SpaceRepository::applyServerMine(const kj::SpaceSettings &server)
{
    const QString me = m_store.owner().username;
    return m_store.transaction([&]() -> Status {
        if (m_store.outbox().hasPending(kKind, me))
            return {};
        return ItemTable(m_store).put(mineRow(me, server, server, false));
    });
}

Status SpaceRepository::recordPushed(qint64 seq, const kj::SpaceSettings &pushed, const kj::SpaceSettings &saved)
{
    const QString me = m_store.owner().username;
    return m_store.transaction([&]() -> Status {
        if (Status status = m_store.outbox().remove(seq); !status)
            return status;
        const std::optional<MySpace> current = mine();
        if (current && m_store.outbox().hasPending(kKind, me) && current->settings != pushed) {
            // Changed here again while the push was on its way: that change is rebased onto what the
            // server stored, and stays queued.
            const kj::MergedSpaceSettings rebased = kj::mergeSpaceSettings(pushed, current->settings, saved);
            return ItemTable(m_store).put(mineRow(me, rebased.settings, saved, true));
        }
        return ItemTable(m_store).put(mineRow(me, saved, saved, false));
    });
}

std::optional<CachedSpace> SpaceRepository::cached(const QString &username) const
{
    const std::optional<CachedItem> row = ItemTable(m_store).find(kKind, username);
    if (!row)
        return std::nullopt;
    if (username == m_store.owner().username) {
        const std::optional<MySpace> space = mine();
        if (!space)
            return std::nullopt;
        return CachedSpace{m_store.owner(), space->settings, row->updatedAt};
    }
    kj::Result<kj::User> owner = kj::User::fromJson(row->json.value(kUser).toObject());
    kj::Result<kj::SpaceSettings> settings = kj::SpaceSettings::fromJson(row->json.value(kSpace).toObject());
    if (!owner || !settings)
        return std::nullopt;
    return CachedSpace{*owner, *settings, row->updatedAt};
}

Status SpaceRepository::cache(const kj::User &owner, const kj::SpaceSettings &settings)
{
    if (owner.username == m_store.owner().username)
        return applyServerMine(settings);
    const QDateTime now = kj::nowUtc();
    CachedItem item;
    item.kind = kKind;
    item.id = owner.username;
    item.owner = owner.username;
    item.json = {{kUser, owner.toJson()}, {kSpace, settings.toJson(kj::SpaceSettings::View::Visitor)}};
    item.createdAt = now;
    item.updatedAt = now;
    return ItemTable(m_store).put(item);
}

} // namespace kj::store
