#pragma once

#include "app/sync/changeapplier.h"

namespace kj::store {
class ClientStore;
}

namespace kj::app {

//! Applies /changes of the revisioned kinds (说说, reposts, albums, photos, tracks: revisionedkinds.h) to
//! the generic item cache: an upsert caches the item unless a change of mine to it is queued (its push
//! merges), a delete (deleted, or no longer shown to me, e.g. its audience narrowed) drops it and its cached
//! comments unless a change of mine is queued.
class ItemApplier : public ChangeApplier
{
public:
    explicit ItemApplier(kj::store::ClientStore &store);

    [[nodiscard]] QStringList kinds() const override;
    [[nodiscard]] kj::Status apply(const kj::Change &change) override;

private:
    kj::store::ClientStore &m_store;
};

} // namespace kj::app
