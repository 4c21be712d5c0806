#include "models/domain/album.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53; // exact in a JSON number

Status checkTitle(const QString &title)
{
    if (title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"title\" must not be blank"));
    return {};
}
} // namespace

QJsonObject Album::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("album")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("owner"), owner.toJson()},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("visibility"), visibilityName(visibility)},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("createdAt"), toRfc3339(createdAt)},
                     {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
    audience().writeTo(json);
    if (photoCount)
        json.insert(QStringLiteral("photoCount"), *photoCount);
    return json;
}

Result<Album> Album::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Album album;
    album.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject owner = reader.object(QStringLiteral("owner"));
    album.title = reader.string(QStringLiteral("title"), 1, kMaxTitleLength);
    album.description = reader.string(QStringLiteral("description"), 0, kMaxDescriptionLength);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Lenient);
    album.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    album.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    album.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    const std::optional<qint64> count = reader.optionalInteger(QStringLiteral("photoCount"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    album.visibility = audience->visibility;
    album.groups = audience->groups;
    Result<User> parsedOwner = User::fromJson(owner);
    if (!parsedOwner)
        return parsedOwner.error();
    album.owner = *parsedOwner;
    if (count)
        album.photoCount = int(*count);
    return album;
}

QJsonObject AlbumWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("visibility"), visibilityName(visibility)},
            {QStringLiteral("baseRevision"), baseRevision ? QJsonValue(*baseRevision) : QJsonValue(QJsonValue::Null)}};
    audience().writeTo(json);
    return json;
}

Result<AlbumWrite> AlbumWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    AlbumWrite write;
    write.title = reader.string(QStringLiteral("title"), 1, Album::kMaxTitleLength);
    // Optional on the wire: an album without words is common.
    write.description = reader.optionalString(QStringLiteral("description"), 0, Album::kMaxDescriptionLength).value_or(QString());
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Strict);
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = checkTitle(write.title); !status)
        return status.error();
    if (!audience)
        return audience.error();
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    return write;
}

bool AlbumWrite::sameContentAs(const Album &album) const
{
    return title == album.title && description == album.description && visibility == album.visibility && groups == album.groups;
}

} // namespace kj
