#include "models/domain/guestbook.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

namespace kj {

namespace {
// Read after the reader's own checks, so its first error wins.
QString messageText(JsonReader &reader)
{
    return reader.string(QStringLiteral("text"), 1, GuestbookEntry::kMaxTextLength);
}

Status notBlank(const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"text\" must not be only white space"));
    return {};
}
} // namespace

QJsonObject GuestbookReply::toJson() const
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("at"), toRfc3339(at)}};
}

QJsonObject GuestbookEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("spaceOwner"), spaceOwner.toJson()},
            {QStringLiteral("author"), author.toJson()},
            {QStringLiteral("text"), text},
            {QStringLiteral("private"), isPrivate},
            {QStringLiteral("reply"), reply ? QJsonValue(reply->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)}};
}

Result<GuestbookEntry> GuestbookEntry::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    GuestbookEntry entry;
    entry.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject owner = reader.object(QStringLiteral("spaceOwner"));
    const QJsonObject author = reader.object(QStringLiteral("author"));
    entry.text = reader.string(QStringLiteral("text"), 1, kMaxTextLength);
    entry.isPrivate = reader.boolean(QStringLiteral("private"));
    entry.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    const QJsonValue replyValue = json.value(QStringLiteral("reply"));
    if (!replyValue.isNull() && !replyValue.isUndefined()) {
        const QJsonObject replyJson = reader.object(QStringLiteral("reply"));
        if (!reader.failed()) {
            JsonReader replyReader(replyJson, JsonReader::Mode::Lenient);
            GuestbookReply reply;
            reply.text = replyReader.string(QStringLiteral("text"), 1, kMaxTextLength);
            reply.at = replyReader.timestamp(QStringLiteral("at"));
            if (Status status = replyReader.finish(); !status)
                return fail(status.error().code, QStringLiteral("in \"reply\": ") + status.error().message);
            entry.reply = reply;
        }
    }
    if (Status status = reader.finish(); !status)
        return status.error();
    Result<User> parsedOwner = User::fromJson(owner);
    if (!parsedOwner)
        return fail(parsedOwner.error().code, QStringLiteral("in \"spaceOwner\": ") + parsedOwner.error().message);
    Result<User> parsedAuthor = User::fromJson(author);
    if (!parsedAuthor)
        return fail(parsedAuthor.error().code, QStringLiteral("in \"author\": ") + parsedAuthor.error().message);
    entry.spaceOwner = *parsedOwner;
    entry.author = *parsedAuthor;
    return entry;
}

QJsonObject GuestbookWrite::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("private"), isPrivate}};
}

Result<GuestbookWrite> GuestbookWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    GuestbookWrite write;
    write.id = reader.itemId(QStringLiteral("id"));
    write.text = messageText(reader);
    write.isPrivate = reader.optionalBoolean(QStringLiteral("private")).value_or(false);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = notBlank(write.text); !status)
        return status.error();
    return write;
}

bool GuestbookWrite::sameContentAs(const GuestbookEntry &entry) const
{
    return id == entry.id && text == entry.text && isPrivate == entry.isPrivate;
}

QJsonObject GuestbookReplyWrite::toJson() const
{
    return {{QStringLiteral("text"), text}};
}

Result<GuestbookReplyWrite> GuestbookReplyWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    GuestbookReplyWrite write;
    write.text = messageText(reader);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = notBlank(write.text); !status)
        return status.error();
    return write;
}

} // namespace kj
