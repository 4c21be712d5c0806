#include "models/photos/albumlistmodel.h"

#include "models/photos/cachedmedia.h"
#include "models/store/itemrepository.h"

namespace kj::models {

AlbumListModel::AlbumListModel(kj::store::ClientStore &store, QString owner, QObject *parent)
    : KeyedListModel<AlbumRow>(parent), m_store(store), m_owner(std::move(owner))
{
    resetRows(read());
}

void AlbumListModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    resetRows(read());
}

void AlbumListModel::setUploading(const QHash<QString, int> &perAlbum)
{
    if (perAlbum == m_uploading)
        return;
    m_uploading = perAlbum;
    reload();
}

void AlbumListModel::reload()
{
    replaceRows(read());
}

QList<AlbumRow> AlbumListModel::read() const
{
    const kj::store::ItemRepository items(m_store);
    // Photos newest first: the first one met of an album is its cover.
    QHash<QString, int> counts;
    QHash<QString, QString> covers;
    for (const kj::store::CachedItem &photo : items.listByOwner(QStringLiteral("photo"), m_owner)) {
        const QString albumId = photo.json.value(QStringLiteral("albumId")).toString();
        ++counts[albumId];
        if (!covers.contains(albumId))
            covers.insert(albumId, photo.json.value(QStringLiteral("mediaId")).toString());
    }
    QList<AlbumRow> rows;
    for (const kj::store::CachedItem &item : items.listByOwner(QStringLiteral("album"), m_owner)) {
        const std::optional<kj::Album> album = cachedAlbum(item.json);
        if (!album)
            continue; // a row this client cannot read (a newer client's) is left out, not shown half
        AlbumRow row;
        row.id = album->id;
        row.owner = item.owner;
        row.title = album->title;
        row.description = album->description;
        row.visibility = album->visibility;
        row.groups = album->groups;
        row.photoCount = std::max(counts.value(album->id), album->photoCount.value_or(0));
        row.coverMediaId = covers.value(album->id);
        row.uploading = m_uploading.value(album->id);
        row.pending = item.pending;
        row.updatedAt = album->updatedAt;
        rows.append(row);
    }
    return rows;
}

const AlbumRow *AlbumListModel::albumAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return nullptr;
    return &rows().at(row);
}

int AlbumListModel::rowOf(const QString &albumId) const
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        if (rows().at(i).id == albumId)
            return int(i);
    }
    return -1;
}

QVariant AlbumListModel::data(const QModelIndex &index, int role) const
{
    const AlbumRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row->title;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return row->description;
    case IdRole:
        return row->id;
    case PhotoCountRole:
        return row->photoCount;
    case CoverMediaIdRole:
        return row->coverMediaId;
    case VisibilityRole:
        return int(row->visibility);
    case PendingRole:
        return row->pending;
    case UploadingRole:
        return row->uploading;
    case OwnerRole:
        return row->owner;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlbumListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<AlbumRow>::roleNames();
    names.insert(IdRole, "albumId");
    names.insert(TitleRole, "title");
    names.insert(DescriptionRole, "description");
    names.insert(PhotoCountRole, "photoCount");
    names.insert(CoverMediaIdRole, "coverMediaId");
    names.insert(VisibilityRole, "visibility");
    names.insert(PendingRole, "pending");
    names.insert(UploadingRole, "uploading");
    names.insert(OwnerRole, "owner");
    return names;
}

} // namespace kj::models
