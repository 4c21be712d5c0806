#pragma once

#include <QString>
#include <optional>

namespace kj {

//! Who may see an item. `groups` arrives with friend groups (issue 3).
enum class Visibility { Public, Friends, Private };

[[nodiscard]] QString visibilityName(Visibility visibility);
[[nodiscard]] std::optional<Visibility> visibilityFromName(const QString &name);

//! How the viewer stands to the owner of an item.
enum class Relation { Anonymous, Stranger, Friend, Owner };

//! The one rule of the audience: may a viewer with this relation to the owner see an item of this visibility?
//! Every read path (get, list, feed, changes, and later search, comments, likes, reposts) asks this.
[[nodiscard]] constexpr bool canSee(Relation viewer, Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public: return true;
    case Visibility::Friends: return viewer == Relation::Friend || viewer == Relation::Owner;
    case Visibility::Private: return viewer == Relation::Owner;
    }
    return false;
}

} // namespace kj
