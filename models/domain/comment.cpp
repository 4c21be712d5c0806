#include "models/domain/comment.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"

namespace kj {

namespace {
constexpr int kMaxTextUnits = 2 * Comment::kMaxTextLength; // a code point is one or two UTF-16 units

Status checkText(const QString &text)
{
    const qsizetype count = characterCount(text);
    if (count < 1 || count > Comment::kMaxTextLength)
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("\"text\" must be 1 to %1 characters long").arg(Comment::kMaxTextLength));
    return {};
}

Status checkReplyTo(const std::optional<QString> &replyTo)
{
    if (replyTo && !isValidItemId(*replyTo))
        return fail(ErrorCode::InvalidId, QStringLiteral("\"replyTo\" must be a lower-case UUID"));
    return {};
}
} // namespace

QJsonObject Comment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("itemKind"), itemKindName(itemKind)},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("author"), author.toJson()},
            {QStringLiteral("text"), text},
            {QStringLiteral("replyTo"), replyTo ? QJsonValue(*replyTo) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)}};
}

Result<Comment> Comment::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Comment comment;
    comment.id = reader.itemId(QStringLiteral("id"));
    const QString kind = reader.string(QStringLiteral("itemKind"), 1, 16);
    comment.itemId = reader.itemId(QStringLiteral("itemId"));
    const QJsonObject author = reader.object(QStringLiteral("author"));
    comment.text = reader.string(QStringLiteral("text"), 1, kMaxTextUnits);
    comment.replyTo = reader.optionalString(QStringLiteral("replyTo"), 0, 64);
    comment.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = checkReplyTo(comment.replyTo); !status)
        return status.error();
    const std::optional<ItemKind> itemKind = itemKindFromName(kind);
    if (!itemKind)
        return fail(ErrorCode::InvalidField, QStringLiteral("\"itemKind\" \"%1\" is not a kind of item").arg(kind));
    comment.itemKind = *itemKind;
    if (Status status = checkText(comment.text); !status)
        return status.error();
    Result<User> parsedAuthor = User::fromJson(author);
    if (!parsedAuthor)
        return parsedAuthor.error();
    comment.author = *parsedAuthor;
    return comment;
}

QJsonObject CommentWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("text"), text}};
    if (replyTo)
        json.insert(QStringLiteral("replyTo"), *replyTo);
    return json;
}

Result<CommentWrite> CommentWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    CommentWrite write;
    write.id = reader.itemId(QStringLiteral("id"));
    write.text = reader.string(QStringLiteral("text"), 1, kMaxTextUnits);
    write.replyTo = reader.optionalString(QStringLiteral("replyTo"), 0, 64);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = checkReplyTo(write.replyTo); !status)
        return status.error();
    if (Status status = checkText(write.text); !status)
        return status.error();
    if (write.text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"text\" must not be blank"));
    return write;
}

bool CommentWrite::sameContentAs(const Comment &comment) const
{
    return id == comment.id && text == comment.text && replyTo == comment.replyTo;
}

void Reactions::addTo(QJsonObject &item) const
{
    item.insert(QStringLiteral("likeCount"), likeCount);
    item.insert(QStringLiteral("commentCount"), commentCount);
    item.insert(QStringLiteral("likedByMe"), likedByMe);
}

Result<Reactions> Reactions::fromJson(const QJsonObject &item)
{
    JsonReader reader(item, JsonReader::Mode::Lenient);
    Reactions reactions;
    reactions.likeCount = int(reader.optionalInteger(QStringLiteral("likeCount")).value_or(0));
    reactions.commentCount = int(reader.optionalInteger(QStringLiteral("commentCount")).value_or(0));
    reactions.likedByMe = reader.optionalBoolean(QStringLiteral("likedByMe")).value_or(false);
    if (Status status = reader.finish(); !status)
        return status.error();
    return reactions;
}

} // namespace kj
