#pragma once

#include "models/domain/result.h"
#include "models/domain/track.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace kj::server::store {

//! A track row: the wire Track (durationMs and hasCover from its media) plus its owner's id and, for a
//! tombstone, when it was deleted.
struct TrackRecord {
    Track track;
    qint64 ownerId = 0;
    QDateTime deletedAt; // invalid unless deleted

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
};

//! What the server read from an audio media's file when it came in (media_audio).
struct AudioRecord {
    QString mediaId;
    qint64 durationMs = 0;
    QString tagTitle;  // empty when the file names none
    QString tagArtist;
    bool hasCover = false; // thumb and large renditions exist
};

//! One page of tracks, newest first, and where the next one starts (nullopt: no more).
struct TrackPage {
    QList<Track> items;
    std::optional<DiaryKeyset> next;
};

//! Tracks and their tombstones, the audio facts of their media, and the reads a viewer may make of
//! them: pages filtered in SQL by audienceCondition (the SQL form of kj::canSee), playlists and media.
class TrackRepository
{
public:
    explicit TrackRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! A track or tombstone by id.
    [[nodiscard]] Result<std::optional<TrackRecord>> find(const QString &id);
    [[nodiscard]] Status insert(const TrackRecord &record);
    //! Writes media, title, artist, visibility, revision, updatedAt and deletedAt of an existing row.
    [[nodiscard]] Status update(const TrackRecord &record);

    //! The live tracks of owner that viewer (nullopt: anonymous) may see, newest first, strictly after `after`.
    [[nodiscard]] Result<TrackPage> listByOwner(qint64 owner, std::optional<qint64> viewer,
                                                const std::optional<DiaryKeyset> &after, int limit);
    //! The viewer's own tracks and those of their friends that the viewer may see, newest first, after
    //! `after` (or at it too when inclusive: the feed's tie rule).
    [[nodiscard]] Result<TrackPage> feed(qint64 viewer, const std::optional<DiaryKeyset> &after, bool inclusive, int limit);
    //! The ids of owner's live tracks of one visibility (to withdraw them from an ex-friend's cache).
    [[nodiscard]] Result<QStringList> liveIds(qint64 owner, Visibility visibility);
    //! Those of `ids` that are not live tracks of owner (a playlist may hold only the owner's own).
    [[nodiscard]] Result<QStringList> notLiveTracksOf(qint64 owner, const QStringList &ids);
    //! `ids` without the tracks viewer may not see (a playlist as a visitor reads it), order kept.
    [[nodiscard]] Result<QStringList> visibleTrackIds(const QStringList &ids, std::optional<qint64> viewer);
    //! Whether viewer may see some live track whose audio is this media (so may fetch it and its cover).
    [[nodiscard]] Result<bool> showsMedia(const QString &mediaId, std::optional<qint64> viewer);

    [[nodiscard]] Status insertAudio(const AudioRecord &record);
    [[nodiscard]] Result<std::optional<AudioRecord>> findAudio(const QString &mediaId);

private:
    Result<TrackPage> page(const QString &condition, const QVariantList &values, const std::optional<DiaryKeyset> &after,
                           bool inclusive, int limit);
    //! Runs a query of limit + 1 rows of readRecord's columns; the extra row sets the page's next.
    Result<TrackPage> readPage(const QString &sql, const QVariantList &bound, int limit);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
