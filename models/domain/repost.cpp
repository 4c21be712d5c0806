#include "models/domain/repost.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"

#include <QStringList>

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53; // exact in a JSON number

// Every code point takes one or two UTF-16 units, so this bounds what JsonReader lets through.
constexpr int kMaxCommentUnits = 2 * Repost::kMaxCommentLength;

Status checkComment(const QString &comment)
{
    if (characterCount(comment) > Repost::kMaxCommentLength)
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("\"comment\" must be at most %1 characters long").arg(Repost::kMaxCommentLength));
    return {};
}

Result<ItemKind> readKind(const QString &name, const QString &field)
{
    const std::optional<ItemKind> kind = itemKindFromName(name);
    if (!kind)
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("\"%1\" must be one of diary, post, photo, album, repost, track").arg(field));
    return *kind;
}

// By name rather than by enumerator, so an audience added to Visibility (friend groups) finds its place here
// without this file changing. An unknown audience is the widest for a repost and the narrowest for an
// original, so it is never let through by mistake.
std::optional<int> width(Visibility visibility)
{
    static const QStringList narrowestFirst = {QStringLiteral("private"), QStringLiteral("groups"),
                                               QStringLiteral("friends"), QStringLiteral("public")};
    const qsizetype index = narrowestFirst.indexOf(visibilityName(visibility));
    return index < 0 ? std::nullopt : std::optional(int(index));
}
} // namespace

bool fitsWithin(Visibility repost, Visibility original)
{
    const std::optional<int> repostWidth = width(repost);
    const std::optional<int> originalWidth = width(original);
    return repostWidth && originalWidth && *repostWidth <= *originalWidth;
}

QString tooWideMessage(Visibility original)
{
    const QString name = visibilityName(original);
    if (name == QLatin1String("friends"))
        return QStringLiteral("a friends-only item can only be reposted to friends or narrower");
    if (name == QLatin1String("groups"))
        return QStringLiteral("an item for friend groups can only be reposted to groups or privately");
    if (name == QLatin1String("private"))
        return QStringLiteral("a private item can only be reposted privately");
    return QStringLiteral("the repost's audience is wider than the original's");
}

QJsonObject Repost::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("repost")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("author"), author.toJson()},
                     {QStringLiteral("itemKind"), itemKindName(itemKind)},
                     {QStringLiteral("itemId"), itemId},
                     {QStringLiteral("comment"), comment},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("createdAt"), toRfc3339(createdAt)},
                     {QStringLiteral("updatedAt"), toRfc3339(updatedAt)},
                     {QStringLiteral("original"), original ? QJsonValue(*original) : QJsonValue()}};
    audience().writeTo(json);
    return json;
}

Result<Repost> Repost::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Repost repost;
    repost.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject author = reader.object(QStringLiteral("author"));
    const QString kind = reader.string(QStringLiteral("itemKind"), 1, 16);
    repost.itemId = reader.itemId(QStringLiteral("itemId"));
    repost.comment = reader.string(QStringLiteral("comment"), 0, kMaxCommentUnits);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Lenient);
    repost.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    repost.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    repost.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    repost.visibility = audience->visibility;
    repost.groups = audience->groups;
    const QJsonValue original = json.value(QStringLiteral("original"));
    if (original.isObject())
        repost.original = original.toObject();
    else if (!original.isNull() && !original.isUndefined())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"original\" must be an object or null"));
    Result<ItemKind> itemKind = readKind(kind, QStringLiteral("itemKind"));
    if (!itemKind)
        return itemKind.error();
    repost.itemKind = *itemKind;
    if (Status status = checkComment(repost.comment); !status)
        return status.error();
    Result<User> parsedAuthor = User::fromJson(author);
    if (!parsedAuthor)
        return parsedAuthor.error();
    repost.author = *parsedAuthor;
    return repost;
}

QJsonObject RepostWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), itemKindName(kind)},
                     {QStringLiteral("itemId"), itemId},
                     {QStringLiteral("comment"), comment}};
    audience().writeTo(json);
    if (baseRevision)
        json.insert(QStringLiteral("baseRevision"), *baseRevision);
    return json;
}

Result<RepostWrite> RepostWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    RepostWrite write;
    const QString kind = reader.string(QStringLiteral("kind"), 1, 16);
    write.itemId = reader.itemId(QStringLiteral("itemId"));
    write.comment = reader.string(QStringLiteral("comment"), 0, kMaxCommentUnits);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Strict);
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    Result<ItemKind> itemKind = readKind(kind, QStringLiteral("kind"));
    if (!itemKind)
        return itemKind.error();
    write.kind = *itemKind;
    if (Status status = checkComment(write.comment); !status)
        return status.error();
    return write;
}

bool RepostWrite::sameContentAs(const Repost &repost) const
{
    return kind == repost.itemKind && itemId == repost.itemId && comment == repost.comment
           && visibility == repost.visibility && groups == repost.groups;
}

} // namespace kj
