#pragma once

#include "models/domain/friendgroup.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! One of my friend groups as this device knows it.
struct LocalFriendGroup {
    kj::FriendGroup group;
    bool pending = false; // a write or delete of it waits in the outbox
};

//! My friend groups cached in the `items` table (kind "group") and my changes to them, each written with
//! its outbox entry ("group", by the group's client-made id; payload: the PUT body) in one transaction.
class FriendGroupRepository
{
public:
    static inline const QString kKind = QStringLiteral("group");

    explicit FriendGroupRepository(ClientStore &store);

    //! Creates or replaces a group here and queues it.
    [[nodiscard]] Result<kj::FriendGroup> put(const QString &id, const kj::FriendGroupWrite &write);
    //! Deletes a group here and queues the delete.
    [[nodiscard]] Status remove(const QString &id);

    [[nodiscard]] std::optional<LocalFriendGroup> find(const QString &id) const;
    //! My groups by name, without the ones deleted here.
    [[nodiscard]] QList<LocalFriendGroup> groups() const;
    //! Replaces the cached groups with the server's; pending ones stay.
    [[nodiscard]] Status replaceFetched(const QList<kj::FriendGroup> &fetched);

    [[nodiscard]] Status recordPushed(qint64 seq, const kj::FriendGroup &stored);
    [[nodiscard]] Status recordDeletePushed(qint64 seq, const QString &id);
    //! Drops the local copy of a group the server refused (what was asked stays among the rejected changes).
    [[nodiscard]] Status forget(const QString &id);

private:
    ClientStore &m_store;
};

} // namespace kj::store
