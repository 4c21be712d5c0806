#pragma once

#include "models/domain/friendship.h"
#include "models/keyedlistmodel.h"

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One row of the friends list.
struct FriendRow {
    kj::Friend person;

    [[nodiscard]] QString key() const { return person.user.username; }
    friend bool operator==(const FriendRow &a, const FriendRow &b)
    {
        return a.person.user == b.person.user && a.person.since == b.person.since;
    }
};

//! The account's friends as cached by sync, by username.
class FriendListModel : public KeyedListModel<FriendRow>
{
    Q_OBJECT

public:
    enum Role {
        UsernameRole = Qt::UserRole + 1,
        DisplayNameRole, // the display name, or the username when there is none
        SinceRole,       // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit FriendListModel(kj::store::ClientStore &store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    kj::store::ClientStore &m_store;
};

} // namespace kj::models
