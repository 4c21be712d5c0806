#include "models/domain/photobatch.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>

namespace kj {

QJsonObject PhotoBatch::toJson() const
{
    QJsonArray shown;
    for (const Photo &photo : photos)
        shown.append(photo.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("photoCount"), photoCount},
            {QStringLiteral("latestAt"), toRfc3339(latestAt)},
            {QStringLiteral("photos"), shown}};
}

Result<PhotoBatch> PhotoBatch::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    PhotoBatch batch;
    batch.id = reader.itemId(QStringLiteral("id"));
    batch.photoCount = int(reader.integer(QStringLiteral("photoCount"), 1));
    batch.latestAt = reader.timestamp(QStringLiteral("latestAt"));
    const QJsonArray photos = reader.array(QStringLiteral("photos"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (photos.isEmpty() || photos.size() > kMaxShown || photos.size() > batch.photoCount)
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("\"photos\" must hold 1 to %1 photos, no more than \"photoCount\"").arg(kMaxShown));
    for (const QJsonValue &value : photos) {
        Result<Photo> photo = Photo::fromJson(value.toObject());
        if (!photo)
            return photo.error();
        batch.photos.append(*photo);
    }
    return batch;
}

} // namespace kj
