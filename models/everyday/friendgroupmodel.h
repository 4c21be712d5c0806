#pragma once

#include "models/domain/friendgroup.h"
#include "models/keyedlistmodel.h"

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One row of my friend groups.
struct FriendGroupRow {
    kj::FriendGroup group;
    bool pending = false;

    [[nodiscard]] QString key() const { return group.id; }
    friend bool operator==(const FriendGroupRow &, const FriendGroupRow &) = default;
};

//! My friend groups as saved here (by name), pending ones marked; follows the outbox (every write of a group
//! goes through it) and reload() (after the server's list arrived).
class FriendGroupModel : public KeyedListModel<FriendGroupRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        MembersRole, // QStringList of usernames, sorted
        PendingRole, // bool: a change waits for the server
    };
    Q_ENUM(Role)

    explicit FriendGroupModel(kj::store::ClientStore &store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! The row of group `id`, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] kj::FriendGroup groupAt(int row) const;
    //! The names of the groups with these ids, in list order (unknown ids left out).
    [[nodiscard]] QStringList namesOf(const QStringList &ids) const;

public Q_SLOTS:
    void reload();

private:
    kj::store::ClientStore &m_store;
};

} // namespace kj::models
