#include "models/photos/uploadlistmodel.h"

namespace kj::models {

void UploadListModel::setUploads(const QList<UploadRow> &uploads)
{
    replaceRows(uploads);
}

void UploadListModel::setProgress(const QString &id, qint64 sent, qint64 total)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QList<UploadRow> fresh = rows();
    fresh[row].sent = sent;
    fresh[row].size = total;
    fresh[row].active = sent < total;
    replaceRows(fresh);
}

const UploadRow *UploadListModel::uploadAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return nullptr;
    return &rows().at(row);
}

int UploadListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        if (rows().at(i).id == id)
            return int(i);
    }
    return -1;
}

qint64 UploadListModel::totalBytes() const
{
    qint64 total = 0;
    for (const UploadRow &row : rows())
        total += row.size;
    return total;
}

qint64 UploadListModel::sentBytes() const
{
    qint64 sent = 0;
    for (const UploadRow &row : rows())
        sent += row.sent;
    return sent;
}

QVariant UploadListModel::data(const QModelIndex &index, int role) const
{
    const UploadRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return row->fileName;
    case Qt::ToolTipRole:
    case ErrorRole:
        return row->lastError;
    case IdRole:
        return row->id;
    case SentRole:
        return row->sent;
    case SizeRole:
        return row->size;
    case ProgressRole:
        return row->size > 0 ? double(row->sent) / double(row->size) : 0.0;
    case PausedRole:
        return row->paused;
    case ActiveRole:
        return row->active;
    case AlbumIdRole:
        return row->albumId;
    default:
        return {};
    }
}

QHash<int, QByteArray> UploadListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<UploadRow>::roleNames();
    names.insert(IdRole, "uploadId");
    names.insert(FileNameRole, "fileName");
    names.insert(SentRole, "sent");
    names.insert(SizeRole, "size");
    names.insert(ProgressRole, "progress");
    names.insert(PausedRole, "paused");
    names.insert(ActiveRole, "active");
    names.insert(ErrorRole, "error");
    names.insert(AlbumIdRole, "albumId");
    return names;
}

} // namespace kj::models
