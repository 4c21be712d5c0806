#include "models/space/spacemodulemodel.h"

#include "models/languagewatch.h"
#include "models/domain/spacesettings.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace kj::models {

SpaceModuleModel::SpaceModuleModel(QObject *parent) : QAbstractListModel(parent)
{
    new LanguageWatch(this);
    setModules(kj::SpaceSettings::knownModules());
}

QString SpaceModuleModel::moduleName(const QString &module)
{
    if (module == u"profile")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Profile card");
    if (module == u"posts")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Latest 说说");
    if (module == u"diaries")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Diaries");
    if (module == u"albums")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Albums");
    if (module == u"music")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Background music");
    if (module == u"guestbook")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Guestbook");
    if (module == u"visitors")
        return QCoreApplication::translate("kj::models::SpaceModuleModel", "Visitors");
    return module;
}

void SpaceModuleModel::setModules(const QStringList &modules)
{
    const QStringList known = kj::SpaceSettings::knownModules();
    beginResetModel();
    m_rows.clear();
    for (const QString &module : modules) {
        if (known.contains(module) && std::none_of(m_rows.begin(), m_rows.end(), [&](const Row &row) { return row.id == module; }))
            m_rows.append({module, true});
    }
    for (const QString &module : known) {
        if (!modules.contains(module))
            m_rows.append({module, false});
    }
    endResetModel();
}

QStringList SpaceModuleModel::modules() const
{
    QStringList shown;
    for (const Row &row : m_rows) {
        if (row.shown)
            shown.append(row.id);
    }
    return shown;
}

int SpaceModuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpaceModuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return moduleName(row.id);
    case Qt::CheckStateRole:
        return row.shown ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return row.shown ? QCoreApplication::translate("kj::models::SpaceModuleModel", "Shown on your space; drag to move it")
                         : QCoreApplication::translate("kj::models::SpaceModuleModel", "Hidden; tick it to show it");
    case ModuleIdRole:
        return row.id;
    default:
        return {};
    }
}

bool SpaceModuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool shown = value.value<Qt::CheckState>() == Qt::Checked;
    Row &row = m_rows[index.row()];
    if (row.shown == shown)
        return true;
    row.shown = shown;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    Q_EMIT modulesChanged();
    return true;
}

Qt::ItemFlags SpaceModuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> SpaceModuleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ModuleIdRole, "moduleId");
    return names;
}

bool SpaceModuleModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                                int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    // Moving a block onto itself, or to just after itself, changes nothing (and beginMoveRows refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild))
        return false;
    const QList<Row> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moved.at(i));
    endMoveRows();
    Q_EMIT modulesChanged();
    return true;
}

Qt::DropActions SpaceModuleModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SpaceModuleModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList SpaceModuleModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *SpaceModuleModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << rows;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, encoded);
    return mime;
}

bool SpaceModuleModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    // Only our own rows are dropped here; the view moves them with moveRows when it can, and this is the
    // way for a drop it leaves to the model.
    if (!data || !data->hasFormat(kMimeType) || (action != Qt::MoveAction && action != Qt::CopyAction))
        return false;
    QList<int> rows;
    QDataStream stream(data->data(kMimeType));
    stream >> rows;
    if (rows.isEmpty())
        return false;
    const int target = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : row);
    QStringList moving;
    for (const int source : std::as_const(rows)) {
        if (source >= 0 && source < m_rows.size())
            moving.append(m_rows.at(source).id);
    }
    // The rows go, in their order, before the first row at or after the target that is not moving.
    QString anchor;
    for (int i = target; i < m_rows.size() && anchor.isEmpty(); ++i) {
        if (!moving.contains(m_rows.at(i).id))
            anchor = m_rows.at(i).id;
    }
    const auto rowOf = [this](const QString &id) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return int(m_rows.size());
    };
    for (const QString &id : std::as_const(moving))
        moveRows({}, rowOf(id), 1, {}, anchor.isEmpty() ? int(m_rows.size()) : rowOf(anchor));
    return true;
}

} // namespace kj::models
