#pragma once

#include "models/domain/audience.h"
#include "models/domain/result.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! A track (曲目): uploaded audio (mediaId; the bytes by GET /media/{id}, its cover art, if the file had
//! one, as thumb and large) with a title, an artist and an audience. Tracks make a space's background
//! music (SpaceMusic::trackIds). The client makes its id; durationMs and hasCover come from the file.
//! On the wire: {"kind": "track", "id", "owner": {user}, "mediaId", "title", "artist", "durationMs",
//! "hasCover", "visibility", "revision", "createdAt", "updatedAt"} and, with "groups" visibility, "groups" (shown
//! to the owner only).
struct Track {
    //! Lengths count UTF-16 code units, like the other short fields of the wire.
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxArtistLength = 200;

    QString id;
    User owner;
    QString mediaId;
    QString title;  // 1..200, not blank
    QString artist; // 0..200; empty when nobody said
    qint64 durationMs = 0;
    bool hasCover = false;
    Visibility visibility = Visibility::Public;
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Track> fromJson(const QJsonObject &json);
    friend bool operator==(const Track &, const Track &) = default;
};

//! Body of PUT /api/v1/tracks/{id}: the bytes (exactly one of uploadId, a finished track upload of the
//! caller's, or mediaId, audio the caller uploaded before), and optionally title, artist, visibility and
//! baseRevision. A title or artist left out (or null) takes the default: what the file's tags say, then
//! (title only) the uploaded file's name without its extension. Visibility left out is "public":
//! background music plays to whoever may see the space; "groups" names the owner's friend groups in
//! "groups" (models/domain/audience.h). Without baseRevision it creates.
struct TrackWrite {
    std::optional<QString> uploadId;
    std::optional<QString> mediaId;
    std::optional<QString> title;
    std::optional<QString> artist;
    Visibility visibility = Visibility::Public;
    std::optional<qint64> baseRevision;
    QStringList groups; // with Visibility::Groups: 1 to 20 of the writer's groups, sorted

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }

    [[nodiscard]] QJsonObject toJson() const;
    //! Strict: exactly one of uploadId and mediaId (lower-case UUIDs); title 1..200 and not blank,
    //! artist 0..200, neither with control characters; nothing else.
    [[nodiscard]] static Result<TrackWrite> fromRequest(const QJsonObject &json);
};

//! A text from an audio file's tags or a file name made fit for a title or artist: control characters
//! dropped, whitespace runs made one space, trimmed, cut to maxLength (never inside a surrogate pair).
[[nodiscard]] QString cleanedTagText(const QString &text, int maxLength);

//! The title a file name suggests: its last path segment without the extension ("01 Song.mp3" ->
//! "01 Song"), cleaned; empty when nothing is left.
[[nodiscard]] QString titleFromFilename(const QString &filename);

} // namespace kj
