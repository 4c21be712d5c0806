#pragma once

#include "app/sync/changeapplier.h"

namespace kj::store {
class ClientStore;
}

namespace kj::app {

//! Applies /changes of kind "comment" (someone commented on an item I see, or a comment was deleted) to the
//! comment cache: an upsert caches the comment under its item, a delete drops it; either leaves alone a
//! comment with a write or delete of mine still queued. The item's new comment count comes as an upsert of
//! the item in the same page.
class CommentApplier : public ChangeApplier
{
public:
    explicit CommentApplier(kj::store::ClientStore &store);

    [[nodiscard]] QStringList kinds() const override;
    [[nodiscard]] kj::Status apply(const kj::Change &change) override;

private:
    kj::store::ClientStore &m_store;
};

} // namespace kj::app
