#pragma once

#include "models/domain/jsonreader.h"
#include "models/domain/result.h"
#include "models/domain/visibility.h"

#include <QJsonObject>
#include <QStringList>

namespace kj {

//! Who an item is shown to: its visibility and, for Visibility::Groups, the ids of the owner's friend
//! groups it names. On the wire: "visibility" and, with "groups" visibility, "groups": [group ids]
//! (lower-case UUIDs, sorted). The server shows "groups" to the item's owner only.
struct Audience {
    static constexpr int kMaxGroups = 20;

    Visibility visibility = Visibility::Private;
    QStringList groups; // sorted, distinct; empty unless visibility is Groups

    //! Reads "visibility" and "groups" through reader, so a Strict reader counts both as known fields.
    //! Type errors go to the reader (check reader.finish() first); the rules come back as the result.
    //! Strict (request bodies): "groups" visibility needs 1 to 20 distinct group ids; any other
    //! visibility allows "groups" only absent, null or empty. Lenient (answers): the valid ids of
    //! "groups" with "groups" visibility, nothing otherwise; never an error of its own.
    [[nodiscard]] static Result<Audience> read(JsonReader &reader, JsonReader::Mode mode);
    //! Sets json's "visibility" and, when there are groups, "groups".
    void writeTo(QJsonObject &json) const;

    friend bool operator==(const Audience &, const Audience &) = default;
};

} // namespace kj
