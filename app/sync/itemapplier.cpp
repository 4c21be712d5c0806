#include "app/sync/itemapplier.h"

#include "app/sync/revisionedkinds.h"
#include "models/domain/change.h"
#include "models/store/commentrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/itemtable.h"

namespace kj::app {

ItemApplier::ItemApplier(kj::store::ClientStore &store) : m_store(store) {}

QStringList ItemApplier::kinds() const
{
    return revisionedKindNames();
}

kj::Status ItemApplier::apply(const kj::Change &change)
{
    const RevisionedKind *kind = findRevisionedKind(change.kind);
    if (!kind)
        return {};
    kj::store::ItemRepository items(m_store);
    if (change.op != kj::Change::Op::Upsert) {
        kj::Result<bool> removed = items.removeItem(change.kind, change.id);
        if (!removed)
            return removed.error();
        // Its comments go with it (comments of mine still queued stay until their push settles them).
        if (*removed)
            return kj::store::ItemTable(m_store).removeConfirmedChildren(kj::store::CommentRepository::kKind, change.kind, change.id);
        return {};
    }
    if (kj::Status valid = checkServerItem(*kind, change.item); !valid) {
        return kj::fail(kj::ErrorCode::BadResponse,
                        QStringLiteral("a changed %1 is malformed: %2").arg(change.kind, valid.error().message));
    }
    kj::Result<bool> applied = items.applyServerItem(change.kind, change.item);
    if (!applied)
        return applied.error();
    return {};
}

} // namespace kj::app
