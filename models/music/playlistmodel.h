#pragma once

#include "models/domain/result.h"
#include "models/keyedlistmodel.h"
#include "models/music/trackrow.h"

#include <QStringList>
#include <functional>

namespace kj::models {

//! My space's background playlist as saved here, in playing order: each track id with the track as this
//! device knows it (a track not known here yet shows as such). Rows are reordered by drag and drop, and
//! tracks dropped from MyTrackModel are inserted; every change goes to the writer given (which saves the
//! playlist offline first), then the list is read again.
class PlaylistModel : public KeyedListModel<TrackRow>
{
    Q_OBJECT

public:
    //! The MIME type of dragged track ids: UTF-8, one id per line.
    static inline const QString kMimeType = QStringLiteral("application/x-kongjian-track-ids");

    //! Saves the playlist as these ids, in this order.
    using Writer = std::function<kj::Status(const QStringList &trackIds)>;

    //! `store` must outlive the model. Follows the store (its outbox and items cache).
    PlaylistModel(kj::store::ClientStore &store, Writer writer, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    //! The ids in playing order.
    [[nodiscard]] QStringList trackIds() const;
    //! The known tracks in playing order (those not known here are left out).
    [[nodiscard]] QList<kj::Track> tracks() const;
    //! Whether a change of the playlist (of my space's settings) waits for the server.
    [[nodiscard]] bool isPending() const { return m_pending; }

    //! Moves the ids given to `row` (ids not in the playlist are inserted there) and saves.
    kj::Status place(const QStringList &ids, int row);
    //! Removes these ids and saves.
    kj::Status remove(const QStringList &ids);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void pendingChanged(bool pending);
    //! A change could not be saved (the list stays as it was).
    void saveFailed(const kj::Error &error);

private:
    kj::Status save(const QStringList &ids);

    kj::store::ClientStore &m_store;
    Writer m_writer;
    bool m_pending = false;
};

//! Track ids carried by a drag (PlaylistModel::kMimeType), empty when it carries none.
[[nodiscard]] QStringList trackIdsFromMime(const QMimeData *data);
//! A drag's data carrying these track ids.
[[nodiscard]] QMimeData *mimeForTrackIds(const QStringList &ids);

} // namespace kj::models
