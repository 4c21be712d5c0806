#include "models/social/visitorlistmodel.h"

namespace kj::models {

void VisitorListModel::setVisits(const QList<kj::Visit> &visits)
{
    QList<VisitorRow> fresh;
    fresh.reserve(visits.size());
    for (const kj::Visit &visit : visits)
        fresh.append({visit});
    replaceRows(fresh);
}

QVariant VisitorListModel::data(const QModelIndex &index, int role) const
{
    const VisitorRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::User &user = row->visit.visitor;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return user.displayName.isEmpty() ? user.username : user.displayName;
    case UsernameRole: return user.username;
    case VisitedAtRole: return row->visit.at;
    default: return {};
    }
}

QHash<int, QByteArray> VisitorListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<VisitorRow>::roleNames();
    names.insert({{UsernameRole, "username"}, {DisplayNameRole, "displayName"}, {VisitedAtRole, "visitedAt"}});
    return names;
}

} // namespace kj::models
