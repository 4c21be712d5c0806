#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace kj::store {

class ClientStore;

//! One item of the generic cache (table `items`): an item of any kind that is kept as the server shows it
//! (its JSON), with my unsynced change of it and the merge base.
struct CachedItem {
    QString kind;       // "post", "repost", "album", "photo", "track", "comment" ...
    QString id;
    QString owner;      // the username of its author or owner
    QString parentKind; // the item it belongs to (a comment's post), empty for items that stand alone
    QString parentId;
    QJsonObject json;   // what is shown: the server's copy, or my change of it not acknowledged yet
    qint64 revision = 0; // the last server revision known locally (0: never reached the server)
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pending = false; // holds a local change the server has not acknowledged
    bool deleted = false; // deleted here, the delete not acknowledged yet (a tombstone)
    //! The server's JSON at `revision`: the common base when my change meets a newer revision and the two
    //! are merged. nullopt when not known (never on the server).
    std::optional<QJsonObject> base;
};

//! Reads and writes rows of the `items` table for the repositories of the kinds cached there (ItemRepository
//! and the comment, guestbook, group and space repositories). Each call is one statement; callers group them
//! in ClientStore::transaction.
class ItemTable
{
public:
    explicit ItemTable(ClientStore &store);

    [[nodiscard]] std::optional<CachedItem> find(const QString &kind, const QString &id) const;
    //! The rows that `clause` (what follows "FROM items": WHERE, ORDER BY, LIMIT, with ? for `values`) picks.
    [[nodiscard]] QList<CachedItem> select(const QString &clause, const QVariantList &values = {}) const;
    //! The rows of `kind` under one parent, oldest first (deleted ones included: callers decide).
    [[nodiscard]] QList<CachedItem> children(const QString &kind, const QString &parentKind, const QString &parentId) const;
    //! The rows of `kind` owned by `owner`, oldest first.
    [[nodiscard]] QList<CachedItem> ofOwner(const QString &kind, const QString &owner) const;
    //! Inserts or replaces the whole row.
    [[nodiscard]] Status put(const CachedItem &item);
    [[nodiscard]] Status remove(const QString &kind, const QString &id);
    //! Removes the rows of `kind` under one parent that are not pending (a fresh copy from the server follows).
    [[nodiscard]] Status removeConfirmedChildren(const QString &kind, const QString &parentKind, const QString &parentId);
    //! Removes the rows of `kind` owned by `owner` that are not pending.
    [[nodiscard]] Status removeConfirmedOfOwner(const QString &kind, const QString &owner);

private:
    ClientStore &m_store;
};

} // namespace kj::store
