#include "app/sync/likepusher.h"

#include "app/network/apiclient.h"
#include "models/store/clientstore.h"
#include "models/store/likerepository.h"
#include "models/store/outbox.h"

namespace kj::app {

namespace {
using kj::store::LikeRepository;
using kj::store::OutboxEntry;
} // namespace

LikePusher::LikePusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList LikePusher::kinds() const
{
    return {LikeRepository::kKind};
}

void LikePusher::push(const OutboxEntry &entry, PushRun &, Done done)
{
    const std::optional<std::pair<kj::ItemKind, QString>> item = LikeRepository::itemOf(entry.itemId);
    if (!item) {
        done(kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("a queued like names no item (\"%1\")").arg(entry.itemId)));
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    const bool liked = entry.payload.value(QStringLiteral("liked")).toBool();
    m_api.setLiked(item->first, item->second, liked, &m_context, [this, entry, liked, done](kj::Result<LikeState> state) {
        if (state || (!liked && state.error().code == kj::ErrorCode::NotFound)) {
            done(m_store.outbox().remove(entry.seq));
            return;
        }
        if (state.error().code == kj::ErrorCode::NotFound) {
            done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no %1 that you can see (deleted, or not shown to you)")
                                                       .arg(entry.itemId.section(u'/', 0, 0) + u' ' + entry.itemId.section(u'/', 1))));
            return;
        }
        done(state.error());
    });
}

} // namespace kj::app
