#include "models/domain/diary.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53; // exact in a JSON number
}

QJsonObject Diary::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("diary")},
            {QStringLiteral("id"), id},
            {QStringLiteral("author"), author.toJson()},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("visibility"), visibilityName(visibility)},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)},
            {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
    audience().writeTo(json);
    return json;
}

Result<Diary> Diary::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Diary diary;
    diary.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject author = reader.object(QStringLiteral("author"));
    diary.title = reader.string(QStringLiteral("title"), 0, kMaxTitleLength);
    diary.body = reader.string(QStringLiteral("body"), 0, kMaxBodyLength);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Lenient);
    diary.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    diary.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    diary.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    diary.visibility = audience->visibility;
    diary.groups = audience->groups;
    Result<User> parsedAuthor = User::fromJson(author);
    if (!parsedAuthor)
        return parsedAuthor.error();
    diary.author = *parsedAuthor;
    return diary;
}

QJsonObject DiaryWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("visibility"), visibilityName(visibility)},
            {QStringLiteral("baseRevision"), baseRevision ? QJsonValue(*baseRevision) : QJsonValue(QJsonValue::Null)}};
    audience().writeTo(json);
    return json;
}

Result<DiaryWrite> DiaryWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    DiaryWrite write;
    write.title = reader.string(QStringLiteral("title"), 0, Diary::kMaxTitleLength);
    write.body = reader.string(QStringLiteral("body"), 0, Diary::kMaxBodyLength);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Strict);
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    return write;
}

bool DiaryWrite::sameContentAs(const Diary &diary) const
{
    return title == diary.title && body == diary.body && visibility == diary.visibility && groups == diary.groups;
}

} // namespace kj
