#pragma once

#include "models/domain/friendship.h"
#include "models/keyedlistmodel.h"

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One row of a friend request list.
struct FriendRequestRow {
    kj::FriendRequest request;

    [[nodiscard]] QString key() const { return request.id; }
    friend bool operator==(const FriendRequestRow &a, const FriendRequestRow &b)
    {
        return a.request.id == b.request.id && a.request.from == b.request.from && a.request.to == b.request.to
            && a.request.createdAt == b.request.createdAt;
    }
};

//! The pending friend requests to me (incoming) or from me (outgoing), oldest first, as cached by sync.
class FriendRequestModel : public KeyedListModel<FriendRequestRow>
{
    Q_OBJECT

public:
    enum class Direction { Incoming, Outgoing };
    Q_ENUM(Direction)

    enum Role {
        IdRole = Qt::UserRole + 1,
        UsernameRole,    // the other person: the sender of an incoming request, the addressee of an outgoing one
        DisplayNameRole, // their display name, or their username when there is none
        CreatedAtRole,   // QDateTime, UTC
    };
    Q_ENUM(Role)

    FriendRequestModel(kj::store::ClientStore &store, Direction direction, QObject *parent = nullptr);

    [[nodiscard]] Direction direction() const { return m_direction; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    kj::store::ClientStore &m_store;
    Direction m_direction;
};

} // namespace kj::models
