#pragma once

#include "models/domain/photo.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace kj {

//! Photos one owner uploaded together, as the feed shows them: a feed entry of kind "photo" is the
//! batch's first photo the viewer may see, carrying "batch": {"id", "photoCount", "latestAt",
//! "photos": [photo, at most kMaxShown]}. photoCount counts every photo of the batch the viewer may see.
struct PhotoBatch {
    static constexpr int kMaxShown = 9;

    QString id; // the batch's own id (not a photo's)
    int photoCount = 0;
    QDateTime latestAt;
    QList<Photo> photos; // oldest first

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PhotoBatch> fromJson(const QJsonObject &json);
    friend bool operator==(const PhotoBatch &, const PhotoBatch &) = default;
};

} // namespace kj
