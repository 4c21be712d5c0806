#pragma once

#include "models/keyedlistmodel.h"

#include <QString>

namespace kj::models {

//! One queued file as the upload panel shows it.
struct UploadRow {
    QString id;       // the item it becomes
    QString fileName;
    QString albumId;
    qint64 sent = 0;
    qint64 size = 0;
    bool paused = false;
    bool active = false;  // being sent now
    QString lastError;    // why the last attempt stopped

    [[nodiscard]] QString key() const { return id; }
    friend bool operator==(const UploadRow &, const UploadRow &) = default;
};

//! The files waiting to go to the server, oldest first, with how far each got. Filled by whoever watches the
//! upload queue (setUploads(), setProgress()); it reads nothing itself.
class UploadListModel : public KeyedListModel<UploadRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FileNameRole,
        SentRole,     // qint64
        SizeRole,     // qint64
        ProgressRole, // double 0..1
        PausedRole,
        ActiveRole,
        ErrorRole,
        AlbumIdRole,
    };
    Q_ENUM(Role)

    using KeyedListModel<UploadRow>::KeyedListModel;

    void setUploads(const QList<UploadRow> &uploads);
    //! A file's bytes on the server so far.
    void setProgress(const QString &id, qint64 sent, qint64 total);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const UploadRow *uploadAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    //! Bytes of every listed file and how many the server has.
    [[nodiscard]] qint64 totalBytes() const;
    [[nodiscard]] qint64 sentBytes() const;
};

} // namespace kj::models
