#pragma once

#include "models/domain/spacesettings.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kj {

//! What a field-by-field merge made: the object, and the fields both versions changed differently and
//! that could not be merged cleanly (paths such as "motto" or "colors.accent", sorted).
struct MergedFields {
    QJsonObject object;
    QStringList conflicts;

    [[nodiscard]] bool clean() const { return conflicts.isEmpty(); }
};

//! Merges two versions of a JSON object (mine and theirs) both edited from a common base, field by field.
//! For each field in any of the three (an absent field is a value too: adding or removing one is a change):
//! - changed by one version only: that version's value;
//! - changed the same way by both: that value;
//! - changed differently by both: a field named in textFields whose two versions are strings is merged
//!   with mergeText (textmerge.h; an absent or null base is the empty text) and is a conflict only if
//!   mergeText kept both texts somewhere; an object in both versions is merged field by field the same
//!   way (its fields named "parent.child", in textFields too); any other field takes mine and is a
//!   conflict.
//! Arrays are values (a reordered list is one change). Pure and deterministic; mine wins ties, so call it
//! with mine = the version being pushed (the later one).
[[nodiscard]] MergedFields mergeFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                                       const QSet<QString> &textFields = {});

//! What merging space settings made: the settings and the fields that conflicted (mine kept there).
struct MergedSpaceSettings {
    SpaceSettings settings;
    QStringList conflicts;

    [[nodiscard]] bool clean() const { return conflicts.isEmpty(); }
};

//! Space settings (装扮) edited on two devices, merged field by field through their JSON (owner view):
//! a skin changed here and a motto changed there both stay; colours and the music merge per entry
//! ("colors.accent", "music.autoplay"); lists (modules, music.trackIds) are single values. Title and motto
//! are one line each: two different edits keep mine and are reported.
[[nodiscard]] MergedSpaceSettings mergeSpaceSettings(const SpaceSettings &base, const SpaceSettings &mine,
                                                     const SpaceSettings &theirs);

} // namespace kj
