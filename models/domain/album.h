#pragma once

#include "models/domain/audience.h"
#include "models/domain/result.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! An album (相册): a titled, described collection of photos with an audience. The client makes its
//! id (a UUID); the server counts its revision up by one on each accepted write.
//! On the wire: {"kind": "album", "id", "owner": {user}, "title", "description", "visibility",
//! "revision", "createdAt", "updatedAt", "photoCount"?}.
struct Album {
    static constexpr int kMaxTitleLength = 100;
    static constexpr int kMaxDescriptionLength = 2000;

    QString id;
    User owner;
    QString title;       // 1..100 characters, not blank
    QString description; // 0..2,000 characters
    Visibility visibility = Visibility::Private;
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<int> photoCount; // the photos the reader may see, when the answer counts them
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Album> fromJson(const QJsonObject &json);
    friend bool operator==(const Album &, const Album &) = default;
};

//! Body of PUT /api/v1/albums/{id}: create (baseRevision null) or update at baseRevision.
struct AlbumWrite {
    QString title;
    QString description;
    Visibility visibility = Visibility::Private;
    std::optional<qint64> baseRevision;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<AlbumWrite> fromRequest(const QJsonObject &json);
    //! Whether an existing album already holds exactly what this write asks for (an idempotent retry).
    [[nodiscard]] bool sameContentAs(const Album &album) const;
};

} // namespace kj
