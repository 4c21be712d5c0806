#include "models/domain/notification.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>
#include <array>

namespace kj {

namespace {
constexpr qint64 kMaxId = qint64(1) << 53; // exact in a JSON number

constexpr std::array kTypes = {NotificationType::Like,      NotificationType::Comment,
                               NotificationType::Reply,     NotificationType::Repost,
                               NotificationType::Guestbook, NotificationType::GuestbookReply,
                               NotificationType::FriendRequest, NotificationType::FriendAccepted};

// Which optional reference each type carries.
bool aboutItem(NotificationType type)
{
    return type == NotificationType::Like || type == NotificationType::Comment || type == NotificationType::Reply
           || type == NotificationType::Repost;
}
bool aboutComment(NotificationType type)
{
    return type == NotificationType::Comment || type == NotificationType::Reply;
}
bool aboutGuestbook(NotificationType type)
{
    return type == NotificationType::Guestbook || type == NotificationType::GuestbookReply;
}
} // namespace

QString notificationTypeName(NotificationType type)
{
    switch (type) {
    case NotificationType::Like: return QStringLiteral("like");
    case NotificationType::Comment: return QStringLiteral("comment");
    case NotificationType::Reply: return QStringLiteral("reply");
    case NotificationType::Repost: return QStringLiteral("repost");
    case NotificationType::Guestbook: return QStringLiteral("guestbook");
    case NotificationType::GuestbookReply: return QStringLiteral("guestbook_reply");
    case NotificationType::FriendRequest: return QStringLiteral("friend_request");
    case NotificationType::FriendAccepted: return QStringLiteral("friend_accepted");
    }
    return QStringLiteral("like");
}

std::optional<NotificationType> notificationTypeFromName(const QString &name)
{
    for (NotificationType type : kTypes) {
        if (notificationTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString notificationExcerpt(const QString &text)
{
    const QString folded = text.simplified();
    qsizetype units = 0;
    int characters = 0;
    while (units < folded.size() && characters < Notification::kExcerptLength) {
        units += folded.at(units).isHighSurrogate() && units + 1 < folded.size() ? 2 : 1;
        ++characters;
    }
    if (units >= folded.size())
        return folded;
    return folded.left(units) + u'…';
}

QJsonObject Notification::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("type"), notificationTypeName(type)},
                     {QStringLiteral("actor"), actor.toJson()},
                     {QStringLiteral("createdAt"), toRfc3339(createdAt)},
                     {QStringLiteral("read"), read}};
    if (itemKind) {
        json.insert(QStringLiteral("itemKind"), itemKindName(*itemKind));
        json.insert(QStringLiteral("itemId"), itemId);
    }
    if (!commentId.isEmpty())
        json.insert(QStringLiteral("commentId"), commentId);
    if (!guestbookId.isEmpty())
        json.insert(QStringLiteral("guestbookId"), guestbookId);
    if (!requestId.isEmpty())
        json.insert(QStringLiteral("requestId"), requestId);
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    return json;
}

Result<Notification> Notification::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Notification notification;
    notification.id = reader.integer(QStringLiteral("id"), 1, kMaxId);
    const QString type = reader.string(QStringLiteral("type"), 1, 32);
    const QJsonObject actor = reader.object(QStringLiteral("actor"));
    const std::optional<QString> kind = reader.optionalString(QStringLiteral("itemKind"), 1, 16);
    const std::optional<QString> itemId = reader.optionalString(QStringLiteral("itemId"), 0, 64);
    const std::optional<QString> commentId = reader.optionalString(QStringLiteral("commentId"), 0, 64);
    const std::optional<QString> guestbookId = reader.optionalString(QStringLiteral("guestbookId"), 0, 64);
    const std::optional<QString> requestId = reader.optionalString(QStringLiteral("requestId"), 0, 64);
    notification.text = reader.optionalString(QStringLiteral("text"), 0, 4 * Notification::kExcerptLength).value_or(QString());
    notification.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    notification.read = reader.boolean(QStringLiteral("read"));
    if (Status status = reader.finish(); !status)
        return status.error();
    const std::optional<NotificationType> parsedType = notificationTypeFromName(type);
    if (!parsedType)
        return fail(ErrorCode::InvalidField, QStringLiteral("\"type\" \"%1\" is not a kind of notification").arg(type));
    notification.type = *parsedType;
    Result<User> parsedActor = User::fromJson(actor);
    if (!parsedActor)
        return parsedActor.error();
    notification.actor = *parsedActor;
    const auto idOrEmpty = [](const std::optional<QString> &value, const QString &field) -> Result<QString> {
        if (value && !isValidItemId(*value))
            return fail(ErrorCode::InvalidId, QStringLiteral("\"%1\" must be a lower-case UUID").arg(field));
        return value.value_or(QString());
    };
    Result<QString> parsedItemId = idOrEmpty(itemId, QStringLiteral("itemId"));
    Result<QString> parsedCommentId = idOrEmpty(commentId, QStringLiteral("commentId"));
    Result<QString> parsedGuestbookId = idOrEmpty(guestbookId, QStringLiteral("guestbookId"));
    Result<QString> parsedRequestId = idOrEmpty(requestId, QStringLiteral("requestId"));
    for (const Result<QString> *parsed : {&parsedItemId, &parsedCommentId, &parsedGuestbookId, &parsedRequestId}) {
        if (!*parsed)
            return parsed->error();
    }
    if (kind) {
        notification.itemKind = itemKindFromName(*kind);
        if (!notification.itemKind)
            return fail(ErrorCode::InvalidField, QStringLiteral("\"itemKind\" \"%1\" is not a kind of item").arg(*kind));
        notification.itemId = *parsedItemId;
    }
    notification.commentId = *parsedCommentId;
    notification.guestbookId = *parsedGuestbookId;
    notification.requestId = *parsedRequestId;
    if (aboutItem(notification.type) && (!notification.itemKind || notification.itemId.isEmpty()))
        return fail(ErrorCode::MissingField, QStringLiteral("a %1 notification names its item").arg(type));
    if (aboutComment(notification.type) && notification.commentId.isEmpty())
        return fail(ErrorCode::MissingField, QStringLiteral("a %1 notification names its comment").arg(type));
    if (aboutGuestbook(notification.type) && notification.guestbookId.isEmpty())
        return fail(ErrorCode::MissingField, QStringLiteral("a %1 notification names its message").arg(type));
    return notification;
}

QJsonObject NotificationPage::toJson() const
{
    QJsonArray list;
    for (const Notification &item : items)
        list.append(item.toJson());
    return {{QStringLiteral("items"), list},
            {QStringLiteral("nextCursor"), nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)},
            {QStringLiteral("unreadCount"), unreadCount}};
}

Result<NotificationPage> NotificationPage::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    NotificationPage page;
    const QJsonArray list = reader.array(QStringLiteral("items"));
    page.nextCursor = reader.optionalString(QStringLiteral("nextCursor"), 0, 1024).value_or(QString());
    page.unreadCount = int(reader.integer(QStringLiteral("unreadCount")));
    if (Status status = reader.finish(); !status)
        return status.error();
    for (const QJsonValue &value : list) {
        if (!value.isObject())
            return fail(ErrorCode::InvalidField, QStringLiteral("\"items\" must hold objects"));
        Result<Notification> item = Notification::fromJson(value.toObject());
        if (!item)
            return item.error();
        page.items.append(*item);
    }
    return page;
}

QJsonObject NotificationsRead::toJson() const
{
    if (upTo)
        return {{QStringLiteral("upTo"), *upTo}};
    return {{QStringLiteral("all"), true}};
}

Result<NotificationsRead> NotificationsRead::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    NotificationsRead read;
    read.upTo = reader.optionalInteger(QStringLiteral("upTo"), 1, kMaxId);
    const std::optional<bool> all = reader.optionalBoolean(QStringLiteral("all"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (read.upTo && all)
        return fail(ErrorCode::InvalidField, QStringLiteral("give either \"upTo\" or \"all\", not both"));
    if (!read.upTo && all != true)
        return fail(ErrorCode::MissingField, QStringLiteral("give \"upTo\" (a notification id) or \"all\": true"));
    return read;
}

} // namespace kj
