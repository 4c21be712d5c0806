#include "models/music/mytrackmodel.h"

#include "models/languagewatch.h"
#include "models/music/playlistmodel.h"
#include "models/store/clientstore.h"

#include <QCoreApplication>
#include <QMimeData>

namespace kj::models {

QVariant trackData(const TrackRow &row, int role)
{
    const kj::Track &track = row.track;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return track.title;
    case Qt::AccessibleTextRole:
        return track.artist.isEmpty() ? track.title
                                      : QCoreApplication::translate("kj::models::TrackRow", "%1 by %2").arg(track.title, track.artist);
    case TrackRole: return QVariant::fromValue(track);
    case TrackIdRole: return track.id;
    case ArtistRole: return track.artist;
    case DurationRole: return track.durationMs;
    case PendingRole: return row.pending;
    case UploadingRole: return row.uploading;
    default: return {};
    }
}

QHash<int, QByteArray> trackRoleNames(QHash<int, QByteArray> names)
{
    names.insert({{TrackRole, "track"},
                  {TrackIdRole, "trackId"},
                  {TitleRole, "title"},
                  {ArtistRole, "artist"},
                  {DurationRole, "durationMs"},
                  {PendingRole, "pending"},
                  {UploadingRole, "uploading"}});
    return names;
}

MyTrackModel::MyTrackModel(kj::store::ClientStore &store, QObject *parent) : KeyedListModel<TrackRow>(parent), m_store(store)
{
    new LanguageWatch(this);
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &MyTrackModel::reload);
    connect(&store, &kj::store::ClientStore::itemsChanged, this, &MyTrackModel::reload);
    reload();
}

QVariant MyTrackModel::data(const QModelIndex &index, int role) const
{
    const TrackRow *row = rowAt(index);
    return row ? trackData(*row, role) : QVariant();
}

QHash<int, QByteArray> MyTrackModel::roleNames() const
{
    return trackRoleNames(KeyedListModel<TrackRow>::roleNames());
}

Qt::ItemFlags MyTrackModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = KeyedListModel<TrackRow>::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList MyTrackModel::mimeTypes() const
{
    return {PlaylistModel::kMimeType};
}

QMimeData *MyTrackModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const TrackRow *row = rowAt(index))
            ids.append(row->track.id);
    }
    return ids.isEmpty() ? nullptr : mimeForTrackIds(ids);
}

Qt::DropActions MyTrackModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

int MyTrackModel::rowOf(const QString &trackId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).track.id == trackId)
            return int(row);
    }
    return -1;
}

void MyTrackModel::reload()
{
    replaceRows(TrackLookup(m_store).mine());
}

} // namespace kj::models
