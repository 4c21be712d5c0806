#include "models/everyday/friendgroupmodel.h"

#include "models/languagewatch.h"
#include "models/store/clientstore.h"
#include "models/store/friendgrouprepository.h"

#include <QCoreApplication>

namespace kj::models {

FriendGroupModel::FriendGroupModel(kj::store::ClientStore &store, QObject *parent)
    : KeyedListModel<FriendGroupRow>(parent)
    , m_store(store)
{
    new LanguageWatch(this);
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &FriendGroupModel::reload);
    reload();
}

QVariant FriendGroupModel::data(const QModelIndex &index, int role) const
{
    const FriendGroupRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Named in full: lupdate cannot tell the class of tr() in a model derived from the KeyedListModel template.
        return QCoreApplication::translate("kj::models::FriendGroupModel", "%1 (%n member(s))", nullptr,
                                           int(row->group.members.size()))
            .arg(row->group.name);
    case Qt::ToolTipRole:
        return row->group.members.isEmpty() ? QCoreApplication::translate("kj::models::FriendGroupModel", "Nobody in this group yet") : row->group.members.join(QStringLiteral(", "));
    case IdRole: return row->group.id;
    case NameRole: return row->group.name;
    case MembersRole: return row->group.members;
    case PendingRole: return row->pending;
    default: return {};
    }
}

QHash<int, QByteArray> FriendGroupModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<FriendGroupRow>::roleNames();
    names.insert({{IdRole, "id"}, {NameRole, "name"}, {MembersRole, "members"}, {PendingRole, "pending"}});
    return names;
}

int FriendGroupModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).group.id == id)
            return int(row);
    }
    return -1;
}

kj::FriendGroup FriendGroupModel::groupAt(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).group : kj::FriendGroup();
}

QStringList FriendGroupModel::namesOf(const QStringList &ids) const
{
    QStringList names;
    for (const FriendGroupRow &row : rows()) {
        if (ids.contains(row.group.id))
            names.append(row.group.name);
    }
    return names;
}

void FriendGroupModel::reload()
{
    QList<FriendGroupRow> fresh;
    for (const kj::store::LocalFriendGroup &local : kj::store::FriendGroupRepository(m_store).groups())
        fresh.append({local.group, local.pending});
    replaceRows(fresh);
}

} // namespace kj::models
