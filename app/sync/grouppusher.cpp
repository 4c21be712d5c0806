#include "app/sync/grouppusher.h"

#include "app/network/apiclient.h"
#include "models/domain/friendgroup.h"
#include "models/store/clientstore.h"
#include "models/store/friendgrouprepository.h"
#include "models/store/outbox.h"

namespace kj::app {

namespace {
using kj::store::FriendGroupRepository;
using kj::store::OutboxEntry;
} // namespace

GroupPusher::GroupPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList GroupPusher::kinds() const
{
    return {FriendGroupRepository::kKind};
}

void GroupPusher::push(const OutboxEntry &entry, PushRun &, Done done)
{
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    if (entry.op == OutboxEntry::Op::Delete) {
        m_api.deleteMyGroup(entry.itemId, &m_context, [this, entry, done](kj::Status deleted) {
            // Not found: gone already (an earlier try whose answer was lost, or deleted on another device) when
            // it was known here; a group never seen here is a mistake worth telling.
            const bool gone = !deleted && deleted.error().code == kj::ErrorCode::NotFound;
            if (gone && entry.attempts == 0 && !entry.payload.contains(QStringLiteral("name"))) {
                (void)FriendGroupRepository(m_store).forget(entry.itemId);
                done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no group %1 of yours").arg(entry.itemId)));
                return;
            }
            if (deleted || gone) {
                done(FriendGroupRepository(m_store).recordDeletePushed(entry.seq, entry.itemId));
                return;
            }
            done(deleted.error());
        });
        return;
    }
    kj::Result<kj::FriendGroupWrite> write = kj::FriendGroupWrite::fromRequest(entry.payload);
    if (!write) {
        (void)FriendGroupRepository(m_store).forget(entry.itemId);
        done(write.error());
        return;
    }
    m_api.putMyGroup(entry.itemId, *write, &m_context, [this, entry, done](kj::Result<GroupWriteResult> written) {
        if (written) {
            done(FriendGroupRepository(m_store).recordPushed(entry.seq, written->group));
            return;
        }
        if (isRefusal(written.error()))
            (void)FriendGroupRepository(m_store).forget(entry.itemId);
        done(written.error());
    });
}

} // namespace kj::app
