#include "models/domain/diary.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53; // exact in a JSON number
}

QJsonObject Diary::toJson() const
{
    return {{QStringLiteral("kind"), QStringLiteral("diary")},
            {QStringLiteral("id"), id},
            {QStringLiteral("author"), author.toJson()},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("visibility"), visibilityName(visibility)},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)},
            {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
}

Result<Diary> Diary::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Diary diary;
    diary.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject author = reader.object(QStringLiteral("author"));
    diary.title = reader.string(QStringLiteral("title"), 0, kMaxTitleLength);
    diary.body = reader.string(QStringLiteral("body"), 0, kMaxBodyLength);
    diary.visibility = reader.visibility(QStringLiteral("visibility"));
    diary.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    diary.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    diary.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    Result<User> parsedAuthor = User::fromJson(author);
    if (!parsedAuthor)
        return parsedAuthor.error();
    diary.author = *parsedAuthor;
    return diary;
}

QJsonObject DiaryWrite::toJson() const
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("visibility"), visibilityName(visibility)},
            {QStringLiteral("baseRevision"), baseRevision ? QJsonValue(*baseRevision) : QJsonValue(QJsonValue::Null)}};
}

Result<DiaryWrite> DiaryWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    DiaryWrite write;
    write.title = reader.string(QStringLiteral("title"), 0, Diary::kMaxTitleLength);
    write.body = reader.string(QStringLiteral("body"), 0, Diary::kMaxBodyLength);
    write.visibility = reader.visibility(QStringLiteral("visibility"));
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    return write;
}

bool DiaryWrite::sameContentAs(const Diary &diary) const
{
    return title == diary.title && body == diary.body && visibility == diary.visibility;
}

} // namespace kj
