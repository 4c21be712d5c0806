#include "models/store/likerepository.h"

#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

namespace kj::store {

namespace {
const QString kLiked = QStringLiteral("liked");
}

LikeRepository::LikeRepository(ClientStore &store) : m_store(store) {}

QString LikeRepository::key(kj::ItemKind itemKind, const QString &itemId)
{
    return kj::itemKindName(itemKind) + u'/' + itemId;
}

std::optional<std::pair<kj::ItemKind, QString>> LikeRepository::itemOf(const QString &key)
{
    const std::optional<kj::ItemKind> kind = kj::itemKindFromName(key.section(u'/', 0, 0));
    const QString id = key.section(u'/', 1);
    if (!kind || !kj::isValidItemId(id))
        return std::nullopt;
    return std::pair(*kind, id);
}

Status LikeRepository::setLiked(kj::ItemKind itemKind, const QString &itemId, bool liked)
{
    return m_store.transaction([&]() -> Status {
        return m_store.outbox().enqueue(kKind, key(itemKind, itemId), OutboxEntry::Op::Upsert, {{kLiked, liked}});
    });
}

std::optional<bool> LikeRepository::pending(kj::ItemKind itemKind, const QString &itemId) const
{
    // The newest entry of the item says what it will be (an older one may be in flight).
    std::optional<bool> state;
    for (const OutboxEntry &entry : m_store.outbox().entries()) {
        if (entry.kind == kKind && entry.itemId == key(itemKind, itemId))
            state = entry.payload.value(kLiked).toBool();
    }
    return state;
}

} // namespace kj::store
