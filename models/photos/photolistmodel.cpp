#include "models/photos/photolistmodel.h"

#include "models/photos/cachedmedia.h"
#include "models/store/itemrepository.h"

#include <QFileInfo>
#include <QSet>
#include <QSize>

namespace kj::models {

PhotoListModel::PhotoListModel(kj::store::ClientStore &store, QObject *parent)
    : KeyedListModel<PhotoRow>(parent), m_store(store)
{
}

void PhotoListModel::setAlbum(const QString &owner, const QString &albumId)
{
    m_owner = owner;
    m_albumId = albumId;
    m_queued.clear();
    m_photoIds.clear();
    m_localPaths.clear();
    resetRows(read());
}

void PhotoListModel::setPhotos(const QStringList &photoIds, const QHash<QString, QString> &localPaths)
{
    m_owner.clear();
    m_albumId.clear();
    m_queued.clear();
    m_photoIds = photoIds;
    m_localPaths = localPaths;
    resetRows(read());
}

QList<PhotoRow> PhotoListModel::readPhotos() const
{
    QList<PhotoRow> rows;
    const kj::store::ItemRepository items(m_store);
    for (const QString &id : m_photoIds) {
        const std::optional<kj::store::CachedItem> item = items.find(QStringLiteral("photo"), id);
        std::optional<kj::Photo> photo = item ? cachedPhoto(item->json) : std::nullopt;
        const QString path = m_localPaths.value(id);
        if (!photo && path.isEmpty())
            continue;
        PhotoRow row;
        if (photo)
            row.photo = *photo;
        row.photo.id = id;
        row.pending = item && item->pending;
        // Not on the server yet: the viewer shows the file here.
        if (!path.isEmpty() && row.photo.mediaId.isEmpty())
            row.queued = QueuedPhoto{id, path, 0, 0, false};
        rows.append(row);
    }
    return rows;
}

void PhotoListModel::setQueued(const QList<QueuedPhoto> &queued)
{
    if (queued == m_queued)
        return;
    m_queued = queued;
    reload();
}

void PhotoListModel::setProgress(const QString &photoId, qint64 sent, qint64 total)
{
    const int row = rowOf(photoId);
    if (row < 0 || !rows().at(row).queued)
        return;
    for (QueuedPhoto &queued : m_queued) {
        if (queued.id == photoId) {
            queued.sent = sent;
            queued.size = total;
        }
    }
    // Only this row changes: no read of the store for a progress step.
    QList<PhotoRow> fresh = rows();
    fresh[row].queued->sent = sent;
    fresh[row].queued->size = total;
    replaceRows(fresh);
}

void PhotoListModel::reload()
{
    replaceRows(read());
}

QList<PhotoRow> PhotoListModel::read() const
{
    if (!m_photoIds.isEmpty())
        return readPhotos();
    QList<PhotoRow> rows;
    if (m_albumId.isEmpty())
        return rows;
    QSet<QString> shown;
    for (const QueuedPhoto &queued : m_queued) {
        PhotoRow row;
        row.photo.id = queued.id;
        row.photo.albumId = m_albumId;
        row.photo.owner.username = m_owner;
        row.queued = queued;
        shown.insert(queued.id);
        rows.append(row);
    }
    for (const kj::store::CachedItem &item : kj::store::ItemRepository(m_store).listByOwner(QStringLiteral("photo"), m_owner)) {
        if (item.json.value(QStringLiteral("albumId")).toString() != m_albumId || shown.contains(item.id))
            continue;
        const std::optional<kj::Photo> photo = cachedPhoto(item.json);
        if (!photo)
            continue;
        rows.append({*photo, item.pending, std::nullopt});
    }
    return rows;
}

const PhotoRow *PhotoListModel::photoAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return nullptr;
    return &rows().at(row);
}

int PhotoListModel::rowOf(const QString &photoId) const
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        if (rows().at(i).photo.id == photoId)
            return int(i);
    }
    return -1;
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    const PhotoRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::Photo &photo = row->photo;
    switch (role) {
    case Qt::DisplayRole:
    case CaptionRole:
        return photo.caption;
    case Qt::ToolTipRole:
        return row->queued ? QFileInfo(row->queued->path).fileName() : photo.caption;
    case IdRole:
        return photo.id;
    case MediaIdRole:
        return photo.mediaId;
    case LocalPathRole:
        return row->queued ? row->queued->path : QString();
    case PendingRole:
        return row->pending;
    case QueuedRole:
        return row->queued.has_value();
    case ProgressRole:
        if (!row->queued || row->queued->size <= 0)
            return 0.0;
        return double(row->queued->sent) / double(row->queued->size);
    case PausedRole:
        return row->queued && row->queued->paused;
    case TakenAtRole:
        return photo.takenAt.value_or(QDateTime());
    case SizeRole:
        return QSize(photo.width, photo.height);
    case OwnerRole:
        return photo.owner.username;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<PhotoRow>::roleNames();
    names.insert(IdRole, "photoId");
    names.insert(MediaIdRole, "mediaId");
    names.insert(LocalPathRole, "localPath");
    names.insert(CaptionRole, "caption");
    names.insert(PendingRole, "pending");
    names.insert(QueuedRole, "queued");
    names.insert(ProgressRole, "progress");
    names.insert(PausedRole, "paused");
    names.insert(TakenAtRole, "takenAt");
    names.insert(SizeRole, "size");
    names.insert(OwnerRole, "owner");
    return names;
}

} // namespace kj::models
