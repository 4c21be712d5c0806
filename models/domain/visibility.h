#pragma once

#include <QString>
#include <optional>

namespace kj {

//! Who may see an item. Groups: the owner and the friends in the owner's groups the item names (see
//! models/domain/audience.h for the group ids that travel with it).
enum class Visibility { Public, Friends, Private, Groups };

[[nodiscard]] QString visibilityName(Visibility visibility);
[[nodiscard]] std::optional<Visibility> visibilityFromName(const QString &name);

//! How the viewer stands to the owner of an item. GroupMember: a friend in one of the groups the item
//! names (the relation depends on the item, not only on its owner); Friend: any other friend.
enum class Relation { Anonymous, Stranger, Friend, Owner, GroupMember };

//! The one rule of the audience: may a viewer with this relation to the owner see an item of this visibility?
//! Every read path (get, list, feed, changes, and later search, comments, likes, reposts) asks this.
[[nodiscard]] constexpr bool canSee(Relation viewer, Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public: return true;
    case Visibility::Friends:
        return viewer == Relation::Friend || viewer == Relation::GroupMember || viewer == Relation::Owner;
    case Visibility::Groups: return viewer == Relation::GroupMember || viewer == Relation::Owner;
    case Visibility::Private: return viewer == Relation::Owner;
    }
    return false;
}

} // namespace kj
