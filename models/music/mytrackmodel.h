#pragma once

#include "models/keyedlistmodel.h"
#include "models/music/trackrow.h"

namespace kj::models {

//! My tracks as this device knows them (TrackLookup::mine()): those still uploading first, then newest first.
//! Drags carry track ids (PlaylistModel::kMimeType), so tracks can be dropped on the playlist.
class MyTrackModel : public KeyedListModel<TrackRow>
{
    Q_OBJECT

public:
    //! `store` must outlive the model. Follows the store (its outbox and items cache).
    explicit MyTrackModel(kj::store::ClientStore &store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    //! The row of a track, or -1.
    [[nodiscard]] int rowOf(const QString &trackId) const;
    [[nodiscard]] TrackRow rowData(int row) const { return rows().value(row); }

public Q_SLOTS:
    void reload();

private:
    kj::store::ClientStore &m_store;
};

//! What a track row shows, shared by the music lists.
[[nodiscard]] QVariant trackData(const TrackRow &row, int role);
[[nodiscard]] QHash<int, QByteArray> trackRoleNames(QHash<int, QByteArray> names);

} // namespace kj::models
