#pragma once

#include "models/domain/track.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One track as the music lists show it: the track, and whether it still waits for the server.
struct TrackRow {
    kj::Track track;
    bool pending = false;   // a change of it (or the track itself) is not on the server yet
    bool uploading = false; // its file is queued for upload: no audio on the server yet

    [[nodiscard]] QString key() const { return track.id; }
    friend bool operator==(const TrackRow &, const TrackRow &) = default;
};

//! The roles the music lists share.
enum TrackRole {
    TrackRole = Qt::UserRole + 1, // kj::Track
    TrackIdRole,
    TitleRole,
    ArtistRole,
    DurationRole,  // ms
    PendingRole,   // bool
    UploadingRole, // bool
};

//! Tracks as this device knows them: mine and others' from the items cache, and mine whose file is still
//! queued for upload (title from the write, else the file's name).
class TrackLookup
{
public:
    //! `store` must outlive the lookup.
    explicit TrackLookup(kj::store::ClientStore &store);

    //! My tracks: those still uploading first (oldest first), then the others newest first.
    [[nodiscard]] QList<TrackRow> mine() const;
    //! One track, or nullopt when it is not known here.
    [[nodiscard]] std::optional<TrackRow> find(const QString &id) const;

private:
    [[nodiscard]] QList<TrackRow> uploading() const;

    kj::store::ClientStore &m_store;
};

} // namespace kj::models

Q_DECLARE_METATYPE(kj::Track)
