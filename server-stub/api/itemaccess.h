#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "models/domain/visibility.h"
#include "server-stub/api/router.h"
#include "server-stub/store/itemdirectory.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::api {

//! The one audience decision of the server for a single item (kind, id) of owner with its own visibility:
//! how the viewer (nullopt: anonymous) stands to the owner (store::FriendRepository::relation; a friend
//! in one of the friend groups the item names is a Relation::GroupMember), then kj::canSee. Lists and
//! the feed use its SQL form, store::audienceCondition, which is generated from the same kj::canSee.
//! A photo is seen only when its album is too: ask visibleItem, or ask this for both.
[[nodiscard]] Result<bool> mayView(const QSqlDatabase &db, std::optional<qint64> viewer, ItemKind kind,
                                   const QString &id, qint64 owner, Visibility visibility);

//! The item (kind, id) if it exists, is not deleted and the viewer may see it (a photo: and its album);
//! nullopt otherwise, so callers answer 404 alike for "absent" and "hidden". Every comment and like goes
//! through here.
[[nodiscard]] Result<std::optional<store::ItemEntry>> visibleItem(const QSqlDatabase &db, std::optional<qint64> viewer,
                                                                  ItemKind kind, const QString &id);

//! The {kind} and {id} of /items/{kind}/{id}/...: a kind that is not one of the wire's kinds is
//! NotFound (the path names nothing), an id not in UUID form InvalidId.
struct ItemPath {
    ItemKind kind = ItemKind::Diary;
    QString id;
};
[[nodiscard]] Result<ItemPath> itemPath(const Call &call);

//! "no such item" (404), the same words whether it is absent or hidden.
[[nodiscard]] Error itemNotFound();

} // namespace kj::server::api
