#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"

#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! My likes and unlikes, queued: one outbox entry per item (key "<kind>/<id>", payload {"liked"}), so a
//! like, unlike and like again made offline send only the final state.
class LikeRepository
{
public:
    static inline const QString kKind = QStringLiteral("like");

    explicit LikeRepository(ClientStore &store);

    //! The outbox key of an item's like.
    [[nodiscard]] static QString key(kj::ItemKind itemKind, const QString &itemId);
    //! The item named by a key; nullopt for a malformed one.
    [[nodiscard]] static std::optional<std::pair<kj::ItemKind, QString>> itemOf(const QString &key);

    //! Queues the like (or unlike) of an item.
    [[nodiscard]] Status setLiked(kj::ItemKind itemKind, const QString &itemId, bool liked);
    //! The state waiting to be sent for an item, if any.
    [[nodiscard]] std::optional<bool> pending(kj::ItemKind itemKind, const QString &itemId) const;

private:
    ClientStore &m_store;
};

} // namespace kj::store
