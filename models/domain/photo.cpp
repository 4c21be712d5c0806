#include "models/domain/photo.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53; // exact in a JSON number
constexpr qint64 kMaxPixels = 1 << 20;           // per side; far above any photo the server accepts
} // namespace

QJsonObject Photo::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("photo")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("owner"), owner.toJson()},
                     {QStringLiteral("albumId"), albumId},
                     {QStringLiteral("mediaId"), mediaId},
                     {QStringLiteral("caption"), caption},
                     {QStringLiteral("visibility"), visibilityName(visibility)},
                     {QStringLiteral("width"), width},
                     {QStringLiteral("height"), height},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("createdAt"), toRfc3339(createdAt)},
                     {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
    json.insert(QStringLiteral("takenAt"), takenAt ? QJsonValue(toRfc3339(*takenAt)) : QJsonValue(QJsonValue::Null));
    if (!exif.isEmpty())
        json.insert(QStringLiteral("exif"), exif.toJson());
    audience().writeTo(json);
    return json;
}

Result<Photo> Photo::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Photo photo;
    photo.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject owner = reader.object(QStringLiteral("owner"));
    photo.albumId = reader.itemId(QStringLiteral("albumId"));
    photo.mediaId = reader.itemId(QStringLiteral("mediaId"));
    photo.caption = reader.string(QStringLiteral("caption"), 0, kMaxCaptionLength);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Lenient);
    photo.takenAt = reader.optionalTimestamp(QStringLiteral("takenAt"));
    // Facts for show only: a malformed one is left out rather than losing the photo.
    photo.exif = PhotoExif::fromJson(json.value(QStringLiteral("exif")).toObject());
    photo.width = int(reader.integer(QStringLiteral("width"), 0, kMaxPixels));
    photo.height = int(reader.integer(QStringLiteral("height"), 0, kMaxPixels));
    photo.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    photo.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    photo.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    photo.visibility = audience->visibility;
    photo.groups = audience->groups;
    Result<User> parsedOwner = User::fromJson(owner);
    if (!parsedOwner)
        return parsedOwner.error();
    photo.owner = *parsedOwner;
    return photo;
}

QJsonObject PhotoWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("albumId"), albumId},
                     {QStringLiteral("caption"), caption},
                     {QStringLiteral("visibility"), visibilityName(visibility)},
                     {QStringLiteral("baseRevision"), baseRevision ? QJsonValue(*baseRevision) : QJsonValue(QJsonValue::Null)}};
    audience().writeTo(json);
    if (uploadId)
        json.insert(QStringLiteral("uploadId"), *uploadId);
    if (mediaId)
        json.insert(QStringLiteral("mediaId"), *mediaId);
    return json;
}

Result<PhotoWrite> PhotoWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    PhotoWrite write;
    write.uploadId = reader.optionalString(QStringLiteral("uploadId"), 0, 64);
    write.mediaId = reader.optionalString(QStringLiteral("mediaId"), 0, 64);
    write.albumId = reader.itemId(QStringLiteral("albumId"));
    write.caption = reader.optionalString(QStringLiteral("caption"), 0, Photo::kMaxCaptionLength).value_or(QString());
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Strict);
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    if (write.uploadId.has_value() == write.mediaId.has_value())
        return fail(ErrorCode::InvalidField, QStringLiteral("give exactly one of \"uploadId\" and \"mediaId\""));
    for (const auto &[key, id] : {std::pair(QStringLiteral("uploadId"), write.uploadId), std::pair(QStringLiteral("mediaId"), write.mediaId)}) {
        if (id && !isValidItemId(*id))
            return fail(ErrorCode::InvalidId, QStringLiteral("\"%1\" must be a lower-case UUID").arg(key));
    }
    return write;
}

bool PhotoWrite::sameContentAs(const Photo &photo, const QString &resolvedMediaId) const
{
    return resolvedMediaId == photo.mediaId && albumId == photo.albumId && caption == photo.caption
        && visibility == photo.visibility && groups == photo.groups;
}

} // namespace kj
