#pragma once

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
//! viewer nullopt: anonymous. ownerColumn and visibilityColumn name the item's columns, e.g. "d.owner_id".
[[nodiscard]] SqlCondition audienceCondition(std::optional<qint64> viewer, const QString &ownerColumn,
                                             const QString &visibilityColumn);

} // namespace kj::server::store
