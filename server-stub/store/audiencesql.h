#pragma once

#include "models/domain/itemkind.h"

#include <QString>
#include <QVariantList>
#include <optional>

namespace kj::server::store {

//! A piece of SQL with its positional values.
struct SqlCondition {
    QString sql;
    QVariantList values;
};

//! kj::canSee as a WHERE condition, for list and feed queries that filter in SQL. It is generated from
//! canSee itself (each visibility OR'd with the relations canSee admits), so there is still one rule.
//! viewer nullopt: anonymous. kind is the kind of the rows filtered; idColumn, ownerColumn and
//! visibilityColumn name their columns, e.g. "d.id", "d.owner_id", "d.visibility". The item's id and
//! kind find the friend groups it names (table item_groups), for Relation::GroupMember.
[[nodiscard]] SqlCondition audienceCondition(std::optional<qint64> viewer, ItemKind kind, const QString &idColumn,
                                             const QString &ownerColumn, const QString &visibilityColumn);

} // namespace kj::server::store
