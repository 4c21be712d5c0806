#include "models/music/playlistmodel.h"

#include "models/languagewatch.h"
#include "models/music/mytrackmodel.h"
#include "models/store/clientstore.h"
#include "models/store/spacerepository.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace kj::models {

QStringList trackIdsFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(PlaylistModel::kMimeType))
        return {};
    return QString::fromUtf8(data->data(PlaylistModel::kMimeType)).split(u'\n', Qt::SkipEmptyParts);
}

QMimeData *mimeForTrackIds(const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(PlaylistModel::kMimeType, ids.join(u'\n').toUtf8());
    return data;
}

PlaylistModel::PlaylistModel(kj::store::ClientStore &store, Writer writer, QObject *parent)
    : KeyedListModel<TrackRow>(parent), m_store(store), m_writer(std::move(writer))
{
    new LanguageWatch(this);
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &PlaylistModel::reload);
    connect(&store, &kj::store::ClientStore::itemsChanged, this, &PlaylistModel::reload);
    reload();
}

QVariant PlaylistModel::data(const QModelIndex &index, int role) const
{
    const TrackRow *row = rowAt(index);
    if (!row)
        return {};
    if (row->track.title.isEmpty() && (role == Qt::DisplayRole || role == TitleRole))
        return QCoreApplication::translate("kj::models::PlaylistModel", "A track not synced here yet");
    return trackData(*row, role);
}

QHash<int, QByteArray> PlaylistModel::roleNames() const
{
    return trackRoleNames(KeyedListModel<TrackRow>::roleNames());
}

Qt::ItemFlags PlaylistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = KeyedListModel<TrackRow>::flags(index);
    // Drops land between rows, never on one.
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags | Qt::ItemIsDropEnabled;
}

QStringList PlaylistModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *PlaylistModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> picked;
    for (const QModelIndex &index : indexes) {
        if (rowAt(index))
            picked.append(index.row());
    }
    std::sort(picked.begin(), picked.end());
    QStringList ids;
    for (int row : std::as_const(picked))
        ids.append(rows().at(row).track.id);
    return ids.isEmpty() ? nullptr : mimeForTrackIds(ids);
}

bool PlaylistModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return !parent.isValid() && (action == Qt::MoveAction || action == Qt::CopyAction) && !trackIdsFromMime(data).isEmpty();
}

bool PlaylistModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Saved and read again here. Drags of track ids are copies (supportedDragActions()), so no view
    // removes the rows it dragged itself.
    return place(trackIdsFromMime(data), row < 0 ? rowCount() : row).ok();
}

Qt::DropActions PlaylistModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PlaylistModel::supportedDragActions() const
{
    // A drag within the list is a copy that place() turns into a move: the view must not remove the rows
    // it dragged, the list is read again from the store.
    return Qt::CopyAction;
}

QStringList PlaylistModel::trackIds() const
{
    QStringList ids;
    for (const TrackRow &row : rows())
        ids.append(row.track.id);
    return ids;
}

QList<kj::Track> PlaylistModel::tracks() const
{
    QList<kj::Track> known;
    for (const TrackRow &row : rows()) {
        if (!row.uploading && !row.track.title.isEmpty())
            known.append(row.track);
    }
    return known;
}

kj::Status PlaylistModel::place(const QStringList &ids, int row)
{
    QStringList order = trackIds();
    const QSet<QString> moving(ids.begin(), ids.end());
    int target = std::clamp(row, 0, int(order.size()));
    // Rows above the drop point that move shift it up by one each.
    for (int i = 0; i < std::min(target, int(order.size())); ++i) {
        if (moving.contains(order.at(i)))
            --target;
    }
    order.removeIf([&moving](const QString &id) { return moving.contains(id); });
    QStringList inserted;
    for (const QString &id : ids) {
        if (!inserted.contains(id))
            inserted.append(id);
    }
    for (qsizetype i = 0; i < inserted.size(); ++i)
        order.insert(target + i, inserted.at(i));
    return save(order);
}

kj::Status PlaylistModel::remove(const QStringList &ids)
{
    QStringList order = trackIds();
    order.removeIf([&ids](const QString &id) { return ids.contains(id); });
    return save(order);
}

kj::Status PlaylistModel::save(const QStringList &ids)
{
    if (ids == trackIds())
        return {};
    kj::Status saved = m_writer(ids);
    if (!saved)
        Q_EMIT saveFailed(saved.error());
    reload();
    return saved;
}

void PlaylistModel::reload()
{
    const std::optional<kj::store::MySpace> mine = kj::store::SpaceRepository(m_store).mine();
    const TrackLookup lookup(m_store);
    QList<TrackRow> fresh;
    if (mine) {
        for (const QString &id : mine->settings.music.trackIds) {
            std::optional<TrackRow> row = lookup.find(id);
            if (!row) {
                row.emplace();
                row->track.id = id;
            }
            fresh.append(*row);
        }
    }
    replaceRows(fresh);
    const bool pending = mine && mine->pending;
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingChanged(m_pending);
    }
}

} // namespace kj::models
