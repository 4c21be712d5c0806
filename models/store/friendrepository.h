#pragma once

#include "models/domain/friendship.h"
#include "models/domain/result.h"

#include <QList>
#include <optional>

namespace kj::store {

class ClientStore;

//! The cached friends of this account and the pending friend requests to and from it, kept by sync.
class FriendRepository
{
public:
    explicit FriendRepository(ClientStore &store);

    //! By username.
    [[nodiscard]] QList<kj::Friend> friends() const;
    [[nodiscard]] bool isFriend(const QString &username) const;
    //! Requests to me, oldest first.
    [[nodiscard]] QList<kj::FriendRequest> incoming() const;
    //! Requests from me, oldest first.
    [[nodiscard]] QList<kj::FriendRequest> outgoing() const;
    [[nodiscard]] std::optional<kj::FriendRequest> findRequest(const QString &id) const;

    [[nodiscard]] Status upsertFriend(const kj::Friend &person);
    [[nodiscard]] Status removeFriend(const QString &username);
    //! Replaces the whole list (a full refresh from GET /friends).
    [[nodiscard]] Status replaceFriends(const QList<kj::Friend> &friends);

    [[nodiscard]] Status upsertRequest(const kj::FriendRequest &request);
    [[nodiscard]] Status removeRequest(const QString &id);
    //! Replaces every cached request (a full refresh from GET /friends/requests).
    [[nodiscard]] Status replaceRequests(const QList<kj::FriendRequest> &incoming,
                                         const QList<kj::FriendRequest> &outgoing);

private:
    ClientStore &m_store;
};

} // namespace kj::store
