#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/repost.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::api {

//! An item of any kind as its own GET shows it to viewer (nullopt: anonymous): its JSON with likeCount,
//! commentCount and likedByMe, a repost with its own original. nullopt when the item is absent, deleted or
//! hidden from the viewer (itemaccess visibleItem decides), so callers show nothing of it.
[[nodiscard]] Result<std::optional<QJsonObject>> visibleItemJson(const QSqlDatabase &db, std::optional<qint64> viewer,
                                                                 ItemKind kind, const QString &id);

//! A repost's JSON for a viewer who may see the repost, with "original" filled in for that viewer: the
//! original's visibleItemJson, or null. Reactions of the repost itself are not added here.
[[nodiscard]] Result<QJsonObject> repostJson(const QSqlDatabase &db, std::optional<qint64> viewer, Repost repost);

} // namespace kj::server::api
