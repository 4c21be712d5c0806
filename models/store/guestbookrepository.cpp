#include "models/store/guestbookrepository.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/itemtable.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <algorithm>

namespace kj::store {

namespace {
const QString kSpace = QStringLiteral("space");

CachedItem rowFor(const kj::GuestbookEntry &entry, bool pending)
{
    CachedItem item;
    item.kind = GuestbookRepository::kKind;
    item.id = entry.id;
    item.owner = entry.author.username;
    item.parentKind = kSpace;
    item.parentId = entry.spaceOwner.username;
    item.json = entry.toJson();
    item.createdAt = entry.createdAt;
    item.updatedAt = entry.reply ? entry.reply->at : entry.createdAt;
    item.pending = pending;
    return item;
}

bool hasPending(const Outbox &outbox, const QString &id)
{
    return outbox.hasPending(GuestbookRepository::kKind, id) || outbox.hasPending(GuestbookRepository::kReplyKind, id);
}
} // namespace

GuestbookRepository::GuestbookRepository(ClientStore &store) : m_store(store) {}

Result<kj::GuestbookEntry> GuestbookRepository::sign(const QString &spaceOwner, const QString &text, bool isPrivate,
                                                     const QString &id)
{
    kj::GuestbookEntry entry;
    entry.id = id.isEmpty() ? kj::newItemId() : id;
    entry.spaceOwner = kj::User{spaceOwner, spaceOwner, {}};
    entry.author = m_store.owner();
    entry.text = text;
    entry.isPrivate = isPrivate;
    entry.createdAt = kj::nowUtc();
    const QJsonObject payload{{QStringLiteral("owner"), spaceOwner},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("private"), isPrivate}};
    const Status saved = m_store.transaction([&]() -> Status {
        if (Status status = ItemTable(m_store).put(rowFor(entry, true)); !status)
            return status;
        return m_store.outbox().enqueue(kKind, entry.id, OutboxEntry::Op::Upsert, payload);
    });
    if (!saved)
        return saved.error();
    return entry;
}

Status GuestbookRepository::reply(const QString &entryId, const QString &text)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        if (std::optional<CachedItem> row = items.find(kKind, entryId)) {
            QJsonObject json = row->json;
            json.insert(QStringLiteral("reply"), kj::GuestbookReply{text, kj::nowUtc()}.toJson());
            row->json = json;
            row->pending = true;
            if (Status status = items.put(*row); !status)
                return status;
        }
        return m_store.outbox().enqueue(kReplyKind, entryId, OutboxEntry::Op::Upsert, {{QStringLiteral("text"), text}});
    });
}

Status GuestbookRepository::remove(const QString &entryId)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        QJsonObject payload;
        if (std::optional<CachedItem> row = items.find(kKind, entryId)) {
            payload = {{QStringLiteral("owner"), row->parentId}, {QStringLiteral("text"), row->json.value(QStringLiteral("text"))}};
            row->deleted = true;
            row->pending = true;
            if (Status status = items.put(*row); !status)
                return status;
        }
        // A reply still waiting for a message being deleted has nothing left to answer.
        if (std::optional<OutboxEntry> reply = m_store.outbox().waiting(kReplyKind, entryId)) {
            if (Status status = m_store.outbox().remove(reply->seq); !status)
                return status;
        }
        return m_store.outbox().enqueue(kKind, entryId, OutboxEntry::Op::Delete, payload);
    });
}

std::optional<LocalGuestbookEntry> GuestbookRepository::find(const QString &entryId) const
{
    const std::optional<CachedItem> row = ItemTable(m_store).find(kKind, entryId);
    if (!row)
        return std::nullopt;
    kj::Result<kj::GuestbookEntry> entry = kj::GuestbookEntry::fromJson(row->json);
    if (!entry)
        return std::nullopt;
    return LocalGuestbookEntry{*entry, row->pending || hasPending(m_store.outbox(), row->id)};
}

QList<LocalGuestbookEntry> GuestbookRepository::entriesOf(const QString &spaceOwner) const
{
    QList<LocalGuestbookEntry> result;
    for (const CachedItem &row : ItemTable(m_store).children(kKind, kSpace, spaceOwner)) {
        if (row.deleted)
            continue;
        if (kj::Result<kj::GuestbookEntry> entry = kj::GuestbookEntry::fromJson(row.json))
            result.append(LocalGuestbookEntry{*entry, row.pending || hasPending(m_store.outbox(), row.id)});
    }
    std::reverse(result.begin(), result.end());
    return result;
}

Status GuestbookRepository::replaceFetched(const QString &spaceOwner, const QList<kj::GuestbookEntry> &fetched)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        if (Status status = items.removeConfirmedChildren(kKind, kSpace, spaceOwner); !status)
            return status;
        for (const kj::GuestbookEntry &entry : fetched) {
            if (const std::optional<CachedItem> row = items.find(kKind, entry.id); row && row->pending)
                continue;
            if (Status status = items.put(rowFor(entry, false)); !status)
                return status;
        }
        return {};
    });
}

Status GuestbookRepository::recordPushed(qint64 seq, const kj::GuestbookEntry &stored)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = m_store.outbox().remove(seq); !status)
            return status;
        // Something else of it still waits (a reply, a delete): the local row keeps showing that.
        if (hasPending(m_store.outbox(), stored.id))
            return {};
        return ItemTable(m_store).put(rowFor(stored, false));
    });
}

Status GuestbookRepository::recordDeletePushed(qint64 seq, const QString &entryId)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = ItemTable(m_store).remove(kKind, entryId); !status)
            return status;
        return m_store.outbox().remove(seq);
    });
}

Status GuestbookRepository::forget(const QString &entryId)
{
    return ItemTable(m_store).remove(kKind, entryId);
}

} // namespace kj::store
