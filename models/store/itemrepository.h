#pragma once

#include "models/domain/result.h"
#include "models/store/itemtable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kj::store {

class ClientStore;

//! The cache of items kept as JSON (说说, reposts, albums, photos, tracks; comments too), and my writes of
//! them. It knows no kind: each row is the server's JSON under (kind, id). Each write of mine goes into the
//! store with its outbox entry (kind, id, with the JSON as payload) in one transaction; what the server
//! sends never overwrites a row with a change of mine still queued (its push meets the new revision and
//! merges). The JSON's "id", "revision", "createdAt", "updatedAt" and "author" or "owner" fill the columns.
class ItemRepository
{
public:
    explicit ItemRepository(ClientStore &store);

    // --- what the user does ---

    //! Creates or changes one of my items: `json` in the server's shape with a valid "id" (its revision and
    //! dates are filled in here), queued for the server. Someone else's item is Forbidden; one deleted here
    //! is NotFound. Unchanged content queues nothing. Gives the row as saved.
    [[nodiscard]] Result<CachedItem> saveMine(const QString &kind, const QJsonObject &json,
                                              const QString &parentKind = {}, const QString &parentId = {});
    //! Deletes one of my items: a tombstone and a queued delete (one transaction). An item the server
    //! never saw, and whose create is not on its way, simply goes away with its queued writes.
    [[nodiscard]] Status deleteMine(const QString &kind, const QString &id);

    // --- reading ---

    //! An item that is not deleted here.
    [[nodiscard]] std::optional<CachedItem> find(const QString &kind, const QString &id) const;
    //! Any row, tombstones included.
    [[nodiscard]] std::optional<CachedItem> findRow(const QString &kind, const QString &id) const;
    //! Items of `owner`, newest (createdAt) first, tombstones left out.
    [[nodiscard]] QList<CachedItem> listByOwner(const QString &kind, const QString &owner, int limit = -1,
                                                int offset = 0) const;
    //! Items of the given kinds by me and my friends, newest (createdAt) first, tombstones left out.
    [[nodiscard]] QList<CachedItem> feed(const QStringList &kinds, int limit = -1, int offset = 0) const;
    //! The next `limit` items of feed() after the one last read, (createdAt, id) (keyset paging; an invalid
    //! createdAt: from the newest). Each page reads about `limit` rows of each kind, however many are cached.
    [[nodiscard]] QList<CachedItem> feedAfter(const QStringList &kinds, const QDateTime &createdAt, const QString &id,
                                              int limit) const;
    //! Items of `kind` that belong to (parentKind, parentId), oldest first, tombstones left out.
    [[nodiscard]] QList<CachedItem> children(const QString &parentKind, const QString &parentId, const QString &kind) const;

    // --- what sync does ---

    //! Caches an item the server sent (valid "id" needed). An item with a queued change of mine, or a
    //! newer copy here, is left alone. Gives whether it was written.
    [[nodiscard]] Result<bool> applyServerItem(const QString &kind, const QJsonObject &json,
                                               const QString &parentKind = {}, const QString &parentId = {});
    //! The server no longer shows this item (deleted, or hidden from me now): drop it, unless a change of
    //! mine is queued. Gives whether it was removed.
    [[nodiscard]] Result<bool> removeItem(const QString &kind, const QString &id);
    //! Drops every cached item of `owner` of these kinds (an ex-friend's); never mine, never one with a
    //! queued change.
    [[nodiscard]] Status removeByOwner(const QString &owner, const QStringList &kinds);
    //! A pushed write was accepted as `server` (the item's JSON): drop outbox entry `seq`, record the
    //! revision and the new merge base, and take the server's copy unless a later change is queued.
    [[nodiscard]] Status recordPushed(qint64 seq, const QString &kind, const QJsonObject &server);
    //! A pushed delete was accepted (or the server no longer had the item): drop entry `seq` and the row,
    //! unless a later change of it is queued.
    [[nodiscard]] Status recordDeletePushed(qint64 seq, const QString &kind, const QString &id);
    //! After a conflict merged with `server` (the server's current JSON): my content becomes `merged`, based
    //! on the server's revision, with `server` as the merge base; still pending.
    [[nodiscard]] Status rebaseOnto(const QString &kind, const QJsonObject &server, const QJsonObject &merged);
    //! The item was deleted on the server (a tombstone at `revision`) while I changed it here: my content
    //! stays, now based on that revision so the next push restores it; the merge base becomes unknown.
    [[nodiscard]] Status rebaseOnTombstone(const QString &kind, const QString &id, qint64 revision);
    //! The server refused my change of the item for good (the outbox keeps it among the rejected changes):
    //! back to the server's copy, or gone when it never reached the server. Left alone while another
    //! change of it is still queued.
    [[nodiscard]] Status revertRefused(const QString &kind, const QString &id);

private:
    ClientStore &m_store;
    ItemTable m_table;
};

} // namespace kj::store
