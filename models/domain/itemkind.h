#pragma once

#include <QString>
#include <optional>

namespace kj {

//! The kinds of item that comments and likes attach to, as named in paths (/items/{kind}/{id}) and in
//! the feed ("kind" of each item).
enum class ItemKind { Diary, Post, Photo, Album, Repost, Track };

[[nodiscard]] QString itemKindName(ItemKind kind);
//! The kind for a wire name ("diary", "post", ...); nullopt for anything else (names are case-sensitive).
[[nodiscard]] std::optional<ItemKind> itemKindFromName(const QString &name);

} // namespace kj
