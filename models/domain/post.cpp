#include "models/domain/post.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QSet>

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53; // exact in a JSON number

// Every code point takes one or two UTF-16 units, so this bounds what JsonReader lets through.
constexpr int kMaxTextUnits = 2 * Post::kMaxTextLength;

Result<QStringList> readPhotoIds(const QJsonArray &array)
{
    if (array.size() > Post::kMaxPhotos)
        return fail(ErrorCode::InvalidField, QStringLiteral("\"photoIds\" may hold at most %1 photos").arg(Post::kMaxPhotos));
    QStringList ids;
    QSet<QString> seen;
    for (const QJsonValue &value : array) {
        const QString id = value.toString();
        if (!value.isString() || !isValidItemId(id))
            return fail(ErrorCode::InvalidId, QStringLiteral("\"photoIds\" must hold lower-case UUIDs"));
        if (seen.contains(id))
            return fail(ErrorCode::InvalidField, QStringLiteral("\"photoIds\" names photo %1 twice").arg(id));
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

Status checkText(const QString &text)
{
    const qsizetype count = characterCount(text);
    if (count < 1 || count > Post::kMaxTextLength)
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("\"text\" must be 1 to %1 characters long").arg(Post::kMaxTextLength));
    return {};
}
} // namespace

qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QJsonObject Post::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("post")},
            {QStringLiteral("id"), id},
            {QStringLiteral("author"), author.toJson()},
            {QStringLiteral("text"), text},
            {QStringLiteral("photoIds"), QJsonArray::fromStringList(photoIds)},
            {QStringLiteral("visibility"), visibilityName(visibility)},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)},
            {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
    audience().writeTo(json);
    return json;
}

Result<Post> Post::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Post post;
    post.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject author = reader.object(QStringLiteral("author"));
    post.text = reader.string(QStringLiteral("text"), 1, kMaxTextUnits);
    const QJsonArray photos = reader.array(QStringLiteral("photoIds"));
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Lenient);
    post.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    post.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    post.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = checkText(post.text); !status)
        return status.error();
    if (!audience)
        return audience.error();
    post.visibility = audience->visibility;
    post.groups = audience->groups;
    Result<QStringList> photoIds = readPhotoIds(photos);
    if (!photoIds)
        return photoIds.error();
    post.photoIds = *photoIds;
    Result<User> parsedAuthor = User::fromJson(author);
    if (!parsedAuthor)
        return parsedAuthor.error();
    post.author = *parsedAuthor;
    return post;
}

QJsonObject PostWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("text"), text},
                     {QStringLiteral("photoIds"), QJsonArray::fromStringList(photoIds)},
                     {QStringLiteral("visibility"), visibilityName(visibility)}};
    audience().writeTo(json);
    if (baseRevision)
        json.insert(QStringLiteral("baseRevision"), *baseRevision);
    return json;
}

Result<PostWrite> PostWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    PostWrite write;
    write.text = reader.string(QStringLiteral("text"), 1, kMaxTextUnits);
    const QJsonArray photos = reader.array(QStringLiteral("photoIds"));
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Strict);
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = checkText(write.text); !status)
        return status.error();
    if (!audience)
        return audience.error();
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    if (write.text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"text\" must not be blank"));
    Result<QStringList> photoIds = readPhotoIds(photos);
    if (!photoIds)
        return photoIds.error();
    write.photoIds = *photoIds;
    return write;
}

bool PostWrite::sameContentAs(const Post &post) const
{
    return text == post.text && photoIds == post.photoIds && visibility == post.visibility && groups == post.groups;
}

} // namespace kj
