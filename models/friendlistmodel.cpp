#include "models/friendlistmodel.h"

#include "models/store/clientstore.h"
#include "models/store/friendrepository.h"

namespace kj::models {

FriendListModel::FriendListModel(kj::store::ClientStore &store, QObject *parent)
    : KeyedListModel<FriendRow>(parent)
    , m_store(store)
{
    connect(&store, &kj::store::ClientStore::friendsChanged, this, &FriendListModel::reload);
    reload();
}

QVariant FriendListModel::data(const QModelIndex &index, int role) const
{
    const FriendRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::User &user = row->person.user;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return user.displayName.isEmpty() ? user.username : user.displayName;
    case UsernameRole: return user.username;
    case SinceRole: return row->person.since;
    default: return {};
    }
}

QHash<int, QByteArray> FriendListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<FriendRow>::roleNames();
    names.insert({{UsernameRole, "username"}, {DisplayNameRole, "displayName"}, {SinceRole, "since"}});
    return names;
}

void FriendListModel::reload()
{
    QList<FriendRow> fresh;
    const QList<kj::Friend> friends = m_store.friends().friends();
    fresh.reserve(friends.size());
    for (const kj::Friend &person : friends)
        fresh.append({person});
    replaceRows(fresh);
}

} // namespace kj::models
