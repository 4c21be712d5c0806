#pragma once

#include "models/domain/result.h"
#include "models/domain/space.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kj {

//! A space's background music: an ordered playlist of track ids (no repeats), and how it plays.
//! On the wire: {"trackIds": [uuid...], "autoplay", "shuffle"}.
struct SpaceMusic {
    static constexpr int kMaxTracks = 200;

    QStringList trackIds;
    bool autoplay = false;
    bool shuffle = false;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const SpaceMusic &, const SpaceMusic &) = default;
};

//! How a space looks (装扮) and what it shows: title and motto, avatar, cover and background images,
//! a skin with colour overrides, the modules in display order, the background music, and whether the
//! owner's own visits to other spaces stay unrecorded. Read by anyone who may see the space, written
//! by its owner only (GET|PUT /api/v1/me/space; "space" in GET /api/v1/users/{username}).
//!
//! A PUT replaces the whole settings: a field left out of the request takes its default (below), so a
//! client that changes one field sends the others as it read them. Media ids are null for "none".
struct SpaceSettings {
    static constexpr int kMaxTitleLength = SpaceSummary::kMaxTitleLength;
    static constexpr int kMaxMottoLength = SpaceSummary::kMaxMottoLength;
    static constexpr int kMaxSkinLength = 32;
    static constexpr int kMaxMediaIdLength = 64;

    //! Who an answer is for: a visitor does not learn the owner's hideMyVisits.
    enum class View { Owner, Visitor };

    QString title;
    QString motto;
    QString avatarMediaId; // empty: none
    QString coverMediaId;
    QString skin = defaultSkin();
    QMap<QString, QString> colors; // name -> "#rrggbb" (lower case); a name left out follows the skin
    QString backgroundMediaId;
    QStringList modules = knownModules();
    SpaceMusic music;
    bool hideMyVisits = false;

    //! "classic": the skin a new space starts with.
    [[nodiscard]] static QString defaultSkin();
    //! Module ids in their default order: profile, posts, diaries, albums, music, guestbook, visitors.
    [[nodiscard]] static QStringList knownModules();
    //! Colour names a skin can be overridden with: accent, background, text, link, header, panel.
    [[nodiscard]] static QStringList knownColorNames();
    //! A skin id: 1 to 32 characters of a-z, 0-9 and '-'.
    [[nodiscard]] static bool isValidSkin(QStringView skin);
    //! "#rrggbb", either case.
    [[nodiscard]] static bool isValidColor(QStringView color);
    //! A media id as the server makes them: 1 to 64 characters of A-Z, a-z, 0-9, '-' and '_'.
    [[nodiscard]] static bool isValidMediaId(QStringView id);

    [[nodiscard]] QJsonObject toJson(View view = View::Owner) const;
    //! The request body of PUT /api/v1/me/space, strictly: unknown fields, module ids or colour names,
    //! duplicate modules or tracks, and malformed ids are errors; absent fields take their defaults.
    [[nodiscard]] static Result<SpaceSettings> fromRequest(const QJsonObject &json);
    //! An answer, leniently: absent fields take their defaults (a foundation server sent only title
    //! and motto), module ids and colour names this client does not know are dropped.
    [[nodiscard]] static Result<SpaceSettings> fromJson(const QJsonObject &json);

    [[nodiscard]] SpaceSummary summary() const { return SpaceSummary{title, motto}; }
    friend bool operator==(const SpaceSettings &, const SpaceSettings &) = default;
};

} // namespace kj
