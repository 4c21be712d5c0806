#pragma once

#include "models/domain/result.h"
#include "server-stub/http/response.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::api {

//! An item's JSON (any kind: it carries "kind" and "id") with its likeCount, commentCount and likedByMe
//! for viewer (nullopt: anonymous), as single-item answers show it.
[[nodiscard]] Result<QJsonObject> withReactions(const QSqlDatabase &db, std::optional<qint64> viewer, QJsonObject item);

//! An item's JSON (any kind) with "groups": the friend groups it names, when its visibility is "groups"
//! and viewer is its owner (the groups are the owner's; nobody else learns their ids).
[[nodiscard]] Result<QJsonObject> withOwnGroups(const QSqlDatabase &db, std::optional<qint64> viewer, QJsonObject item);

//! A page of items of any kinds as lists and the feed answer it: {items: [...], nextCursor: string|null},
//! each item with its reactions, looked up for the whole page in one query.
[[nodiscard]] Result<http::Response> itemPageResponse(const QSqlDatabase &db, std::optional<qint64> viewer,
                                                      QList<QJsonObject> items, const std::optional<QString> &nextCursor);

} // namespace kj::server::api
