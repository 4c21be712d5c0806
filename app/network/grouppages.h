#pragma once

#include "models/domain/friendgroup.h"

namespace kj::app {

//! Answer to PUT /api/v1/me/groups/{id}: the stored group, and whether this call created it (201) rather
//! than replacing it (200).
struct GroupWriteResult {
    kj::FriendGroup group;
    bool created = false;
};

} // namespace kj::app
