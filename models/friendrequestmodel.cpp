#include "models/friendrequestmodel.h"

#include "models/store/clientstore.h"
#include "models/store/friendrepository.h"

namespace kj::models {

FriendRequestModel::FriendRequestModel(kj::store::ClientStore &store, Direction direction, QObject *parent)
    : KeyedListModel<FriendRequestRow>(parent)
    , m_store(store)
    , m_direction(direction)
{
    connect(&store, &kj::store::ClientStore::friendsChanged, this, &FriendRequestModel::reload);
    reload();
}

QVariant FriendRequestModel::data(const QModelIndex &index, int role) const
{
    const FriendRequestRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::User &other = m_direction == Direction::Incoming ? row->request.from : row->request.to;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return other.displayName.isEmpty() ? other.username : other.displayName;
    case IdRole: return row->request.id;
    case UsernameRole: return other.username;
    case CreatedAtRole: return row->request.createdAt;
    default: return {};
    }
}

QHash<int, QByteArray> FriendRequestModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<FriendRequestRow>::roleNames();
    names.insert({{IdRole, "requestId"},
                  {UsernameRole, "username"},
                  {DisplayNameRole, "displayName"},
                  {CreatedAtRole, "createdAt"}});
    return names;
}

void FriendRequestModel::reload()
{
    const QList<kj::FriendRequest> requests =
        m_direction == Direction::Incoming ? m_store.friends().incoming() : m_store.friends().outgoing();
    QList<FriendRequestRow> fresh;
    fresh.reserve(requests.size());
    for (const kj::FriendRequest &request : requests)
        fresh.append({request});
    replaceRows(fresh);
}

} // namespace kj::models
