#pragma once

#include "models/domain/audience.h"
#include "models/domain/itemkind.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

// How items of the "groups" audience reach /changes. Rows of the change log that are not addressed reach
// the owner and all of the owner's friends and are judged by the item's state when read; a friend outside
// the item's groups never saw it, so such a row withdraws nothing from them. Whoever leaves an item's
// audience through its groups (the item's groups change, a group's members change, a group is deleted,
// an unfriending) gets a row addressed to them with previous visibility "groups"; an addressed row says
// its reader was in the item's audience (Relation::GroupMember in changesapi.cpp), so it withdraws the
// item unless they still see it. Whoever joins a group gets addressed rows too (previous nullopt), so the
// group's older items reach them.

namespace kj::server::api {

//! Every group an item write names must be one of the writer's own (400 otherwise, the same words for
//! a group of someone else's and one that does not exist).
[[nodiscard]] Status checkOwnGroups(const QSqlDatabase &db, qint64 owner, const Audience &audience);

//! After a write or delete of item (kind, id): rows addressed to the members of the groups it named
//! before (when previous is Visibility::Groups), then the groups it names now are stored (empty: none).
[[nodiscard]] Status recordItemGroups(const QSqlDatabase &db, ItemKind kind, const QString &id, qint64 owner,
                                      std::optional<Visibility> previous, const QStringList &groupsNow,
                                      const QDateTime &now);

//! Members left (previous Visibility::Groups) or joined (previous nullopt) these groups of owner: rows
//! addressed to each of them for every item naming one of the groups (an album: and its photos).
[[nodiscard]] Status addressGroupItems(const QSqlDatabase &db, qint64 owner, const QStringList &groupIds,
                                       const QList<qint64> &members, std::optional<Visibility> previous,
                                       const QDateTime &now);

} // namespace kj::server::api
