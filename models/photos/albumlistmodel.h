#pragma once

#include "models/domain/visibility.h"
#include "models/keyedlistmodel.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One album as the album grid shows it.
struct AlbumRow {
    QString id;
    QString owner;
    QString title;
    QString description;
    kj::Visibility visibility = kj::Visibility::Private;
    QStringList groups;
    int photoCount = 0;   // photos known here, or the server's count when it knows more
    QString coverMediaId; // the newest photo's media, empty when none is known
    int uploading = 0;    // photos queued for it and not on the server yet
    bool pending = false; // a change of it waits for the sync
    QDateTime updatedAt;

    [[nodiscard]] QString key() const { return id; }
    friend bool operator==(const AlbumRow &, const AlbumRow &) = default;
};

//! The albums of one person (mine, or a friend's I may see) from the local cache, newest first: title, photo
//! count, cover photo, audience, and whether a change of mine or an upload into it still waits for the sync.
class AlbumListModel : public KeyedListModel<AlbumRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        PhotoCountRole,
        CoverMediaIdRole,
        VisibilityRole, // int(kj::Visibility)
        PendingRole,
        UploadingRole,
        OwnerRole,
    };
    Q_ENUM(Role)

    AlbumListModel(kj::store::ClientStore &store, QString owner, QObject *parent = nullptr);

    [[nodiscard]] QString owner() const { return m_owner; }
    //! Shows another person's albums (a model reset).
    void setOwner(const QString &owner);
    //! Photos queued for upload per album id (they count as uploading on the album's tile).
    void setUploading(const QHash<QString, int> &perAlbum);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const AlbumRow *albumAt(int row) const;
    //! The row of an album, -1 when it is not listed.
    [[nodiscard]] int rowOf(const QString &albumId) const;

public Q_SLOTS:
    //! Reads the cache again; rows that did not change stay as they are.
    void reload();

private:
    [[nodiscard]] QList<AlbumRow> read() const;

    kj::store::ClientStore &m_store;
    QString m_owner;
    QHash<QString, int> m_uploading;
};

} // namespace kj::models
