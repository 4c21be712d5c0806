#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! One row of the generic `items` cache (schema step 3) as the comment, guestbook, group and space
//! repositories read it: an item the server showed, or one of my own
//! writes not confirmed yet (pending), as JSON, with the merge base when the kind keeps one.
struct ItemRow {
    QString kind;
    QString id;
    QString owner;
    QString parentKind;
    QString parentId;
    QJsonObject json;
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pending = false;
    bool deleted = false;
    std::optional<QJsonObject> base;
};

//! Reads and writes rows of the `items` table for the repositories of the kinds cached there.
//! Each call is one statement; callers group them in ClientStore::transaction.
class ItemTable
{
public:
    explicit ItemTable(ClientStore &store);

    [[nodiscard]] std::optional<ItemRow> find(const QString &kind, const QString &id) const;
    //! The rows of `kind` under one parent, oldest first (deleted ones included: callers decide).
    [[nodiscard]] QList<ItemRow> children(const QString &kind, const QString &parentKind, const QString &parentId) const;
    //! The rows of `kind` owned by `owner`, oldest first.
    [[nodiscard]] QList<ItemRow> ofOwner(const QString &kind, const QString &owner) const;
    //! Inserts or replaces the whole row.
    [[nodiscard]] Status put(const ItemRow &item);
    [[nodiscard]] Status remove(const QString &kind, const QString &id);
    //! Removes the rows of `kind` under one parent that are not pending (a fresh copy from the server follows).
    [[nodiscard]] Status removeConfirmedChildren(const QString &kind, const QString &parentKind, const QString &parentId);
    //! Removes the rows of `kind` owned by `owner` that are not pending.
    [[nodiscard]] Status removeConfirmedOfOwner(const QString &kind, const QString &owner);

private:
    ClientStore &m_store;
};

} // namespace kj::store
