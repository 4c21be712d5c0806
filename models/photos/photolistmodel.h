#pragma once

#include "models/domain/photo.h"
#include "models/keyedlistmodel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! A file queued for upload into an album, shown among its photos until the server has it.
struct QueuedPhoto {
    QString id;       // the photo it becomes
    QString path;     // the file here (its thumbnail is made from it)
    qint64 sent = 0;
    qint64 size = 0;
    bool paused = false;

    friend bool operator==(const QueuedPhoto &, const QueuedPhoto &) = default;
};

//! One photo of the grid: on the server (kj::Photo), or a queued file (queued set).
struct PhotoRow {
    kj::Photo photo;
    bool pending = false; // a change of mine (a caption) waits for the sync
    std::optional<QueuedPhoto> queued;

    [[nodiscard]] QString key() const { return photo.id; }
    friend bool operator==(const PhotoRow &, const PhotoRow &) = default;
};

//! The photos of one album from the local cache, newest first, after the files still queued for it (each with
//! its upload progress). Viewers move through it with photoAt().
class PhotoListModel : public KeyedListModel<PhotoRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MediaIdRole,    // empty for a queued file
        LocalPathRole,  // the file of a queued photo, empty otherwise
        CaptionRole,
        PendingRole,
        QueuedRole,     // bool: not on the server yet
        ProgressRole,   // double 0..1 of a queued file's bytes on the server
        PausedRole,
        TakenAtRole,    // QDateTime, invalid when unknown
        SizeRole,       // QSize in pixels (0x0 when unknown)
        OwnerRole,
    };
    Q_ENUM(Role)

    explicit PhotoListModel(kj::store::ClientStore &store, QObject *parent = nullptr);

    //! Shows the album `albumId` of `owner` (a model reset); empty: nothing.
    void setAlbum(const QString &owner, const QString &albumId);
    //! Shows these photos in this order instead of an album (a feed card's; a model reset): each as cached
    //! here, or, when `localPaths` names its file, as a file of mine still queued for upload. Photos neither
    //! cached nor queued are left out.
    void setPhotos(const QStringList &photoIds, const QHash<QString, QString> &localPaths = {});
    [[nodiscard]] QString albumId() const { return m_albumId; }
    [[nodiscard]] QString owner() const { return m_owner; }
    //! Files queued for upload into this album.
    void setQueued(const QList<QueuedPhoto> &queued);
    //! A queued file's bytes on the server so far (only its row changes).
    void setProgress(const QString &photoId, qint64 sent, qint64 total);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const PhotoRow *photoAt(int row) const;
    [[nodiscard]] int rowOf(const QString &photoId) const;

public Q_SLOTS:
    void reload();

private:
    [[nodiscard]] QList<PhotoRow> read() const;
    [[nodiscard]] QList<PhotoRow> readPhotos() const;

    kj::store::ClientStore &m_store;
    QString m_owner;
    QString m_albumId;
    QList<QueuedPhoto> m_queued;
    QStringList m_photoIds; // setPhotos(): these instead of an album
    QHash<QString, QString> m_localPaths;
};

} // namespace kj::models
