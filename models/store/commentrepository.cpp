#include "models/store/commentrepository.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/itemtable.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

namespace kj::store {

namespace {
CachedItem rowFor(const kj::Comment &comment, bool pending)
{
    CachedItem item;
    item.kind = CommentRepository::kKind;
    item.id = comment.id;
    item.owner = comment.author.username;
    item.parentKind = kj::itemKindName(comment.itemKind);
    item.parentId = comment.itemId;
    item.json = comment.toJson();
    item.createdAt = comment.createdAt;
    item.updatedAt = comment.createdAt;
    item.pending = pending;
    return item;
}

std::optional<LocalComment> fromRow(const CachedItem &item, const Outbox &outbox)
{
    kj::Result<kj::Comment> comment = kj::Comment::fromJson(item.json);
    if (!comment)
        return std::nullopt;
    return LocalComment{*comment, item.pending || outbox.hasPending(CommentRepository::kKind, item.id), item.deleted};
}
} // namespace

CommentRepository::CommentRepository(ClientStore &store) : m_store(store) {}

Result<kj::Comment> CommentRepository::addMine(kj::ItemKind itemKind, const QString &itemId, const QString &text,
                                               const std::optional<QString> &replyTo, const QString &id)
{
    kj::Comment comment;
    comment.id = id.isEmpty() ? kj::newItemId() : id;
    comment.itemKind = itemKind;
    comment.itemId = itemId;
    comment.author = m_store.owner();
    comment.text = text;
    comment.replyTo = replyTo;
    comment.createdAt = kj::nowUtc();
    const QJsonObject payload{{QStringLiteral("itemKind"), kj::itemKindName(itemKind)},
                              {QStringLiteral("itemId"), itemId},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("replyTo"), replyTo ? QJsonValue(*replyTo) : QJsonValue(QJsonValue::Null)}};
    const Status saved = m_store.transaction([&]() -> Status {
        if (Status status = ItemTable(m_store).put(rowFor(comment, true)); !status)
            return status;
        return m_store.outbox().enqueue(kKind, comment.id, OutboxEntry::Op::Upsert, payload);
    });
    if (!saved)
        return saved.error();
    return comment;
}

Status CommentRepository::remove(const QString &commentId)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        QJsonObject payload;
        if (std::optional<CachedItem> row = items.find(kKind, commentId)) {
            payload = {{QStringLiteral("itemKind"), row->parentKind}, {QStringLiteral("itemId"), row->parentId},
                       {QStringLiteral("text"), row->json.value(QStringLiteral("text"))}};
            row->deleted = true;
            row->pending = true;
            if (Status status = items.put(*row); !status)
                return status;
        }
        // A comment written here and not sent yet is deleted the same way: the server answers 404 when it
        // never got it, which settles the delete.
        return m_store.outbox().enqueue(kKind, commentId, OutboxEntry::Op::Delete, payload);
    });
}

std::optional<LocalComment> CommentRepository::find(const QString &commentId) const
{
    const std::optional<CachedItem> row = ItemTable(m_store).find(kKind, commentId);
    if (!row)
        return std::nullopt;
    return fromRow(*row, m_store.outbox());
}

QList<LocalComment> CommentRepository::commentsOf(kj::ItemKind itemKind, const QString &itemId) const
{
    QList<LocalComment> result;
    for (const CachedItem &row : ItemTable(m_store).children(kKind, kj::itemKindName(itemKind), itemId)) {
        if (row.deleted)
            continue;
        if (std::optional<LocalComment> comment = fromRow(row, m_store.outbox()))
            result.append(*comment);
    }
    return result;
}

bool CommentRepository::knows(kj::ItemKind itemKind, const QString &itemId) const
{
    return !ItemTable(m_store).children(kKind, kj::itemKindName(itemKind), itemId).isEmpty();
}

Status CommentRepository::replaceFetched(kj::ItemKind itemKind, const QString &itemId, const QList<kj::Comment> &fetched)
{
    return m_store.transaction([&]() -> Status {
        ItemTable items(m_store);
        if (Status status = items.removeConfirmedChildren(kKind, kj::itemKindName(itemKind), itemId); !status)
            return status;
        for (const kj::Comment &comment : fetched) {
            // Mine, still waiting (an edit of the cache would hide a pending delete): keep the local row.
            if (const std::optional<CachedItem> row = items.find(kKind, comment.id); row && row->pending)
                continue;
            if (Status status = items.put(rowFor(comment, false)); !status)
                return status;
        }
        return {};
    });
}

Status CommentRepository::recordPushed(qint64 seq, const kj::Comment &stored)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = m_store.outbox().remove(seq); !status)
            return status;
        // Deleted here while it was on its way: the row stays deleted until that delete is sent.
        if (m_store.outbox().hasPending(kKind, stored.id))
            return {};
        return ItemTable(m_store).put(rowFor(stored, false));
    });
}

Status CommentRepository::recordDeletePushed(qint64 seq, const QString &commentId)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = ItemTable(m_store).remove(kKind, commentId); !status)
            return status;
        return m_store.outbox().remove(seq);
    });
}

Result<bool> CommentRepository::applyServerComment(const kj::Comment &comment)
{
    bool written = false;
    const Status status = m_store.transaction([&]() -> Status {
        if (m_store.outbox().hasPending(kKind, comment.id))
            return {};
        ItemTable items(m_store);
        const CachedItem row = rowFor(comment, false);
        if (const std::optional<CachedItem> existing = items.find(kKind, comment.id);
            existing && !existing->pending && !existing->deleted && existing->json == row.json
            && existing->parentKind == row.parentKind && existing->parentId == row.parentId) {
            return {};
        }
        written = true;
        return items.put(row);
    });
    if (!status)
        return status.error();
    return written;
}

Result<bool> CommentRepository::removeServerComment(const QString &commentId)
{
    bool removed = false;
    const Status status = m_store.transaction([&]() -> Status {
        if (m_store.outbox().hasPending(kKind, commentId))
            return {};
        ItemTable items(m_store);
        if (!items.find(kKind, commentId))
            return {};
        removed = true;
        return items.remove(kKind, commentId);
    });
    if (!status)
        return status.error();
    return removed;
}

Status CommentRepository::forget(const QString &commentId)
{
    return ItemTable(m_store).remove(kKind, commentId);
}

} // namespace kj::store
