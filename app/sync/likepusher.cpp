#include "app/sync/likepusher.h"

#include "app/network/apiclient.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "models/store/outbox.h"

#include <QJsonObject>

namespace kj::app {

namespace {
using kj::store::LikeRepository;
using kj::store::OutboxEntry;

//! Writes the server's count and state of my like into the cached item, so likes made on another device or
//! by someone else meanwhile show. A like or unlike of mine queued after this one is counted on top (the feed
//! shows it as pending). A diary keeps them in the diary cache.
kj::Status recordLikeState(kj::store::ClientStore &store, kj::ItemKind kind, const QString &itemId, const LikeState &state)
{
    if (kind == kj::ItemKind::Diary)
        return store.diaries().recordLikeState(itemId, state.likeCount, state.likedByMe);
    kj::store::ItemRepository items(store);
    const QString kindName = kj::itemKindName(kind);
    const std::optional<kj::store::CachedItem> item = items.find(kindName, itemId);
    if (!item)
        return {};
    QJsonObject json = item->json;
    json.insert(QStringLiteral("likeCount"), state.likeCount);
    json.insert(QStringLiteral("likedByMe"), state.likedByMe);
    // A change of mine to the item itself is queued: applyServerItem leaves it alone, and its push brings
    // the server's copy with the reactions back.
    kj::Result<bool> applied = items.applyServerItem(kindName, json, item->parentKind, item->parentId);
    if (!applied)
        return applied.error();
    return {};
}
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
    m_api.setLiked(item->first, item->second, liked, &m_context, [this, entry, item = *item, liked, done](kj::Result<LikeState> state) {
        if (state) {
            done(m_store.transaction([&]() -> kj::Status {
                if (kj::Status removed = m_store.outbox().remove(entry.seq); !removed)
                    return removed;
                return recordLikeState(m_store, item.first, item.second, *state);
            }));
            return;
        }
        if (!liked && state.error().code == kj::ErrorCode::NotFound) {
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
