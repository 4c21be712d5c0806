#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "models/domain/visibility.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! What comments, likes and the audience rule need to know about an item of any kind.
struct ItemEntry {
    ItemKind kind = ItemKind::Diary;
    QString id;
    qint64 ownerId = 0;
    Visibility visibility = Visibility::Private;
    bool deleted = false; // a tombstone
};

//! Finds any item by (kind, id): its owner, visibility and whether it is deleted. The one place that
//! knows which table holds which kind; kinds not stored yet are never found.
class ItemDirectory
{
public:
    explicit ItemDirectory(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::optional<ItemEntry>> find(ItemKind kind, const QString &id);

private:
    [[nodiscard]] Result<std::optional<ItemEntry>> findPhoto(const QString &id);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
