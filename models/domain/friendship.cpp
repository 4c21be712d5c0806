#include "models/domain/friendship.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

namespace kj {

QJsonObject FriendRequest::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("from"), from.toJson()},
            {QStringLiteral("to"), to.toJson()},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)}};
}

Result<FriendRequest> FriendRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    FriendRequest request;
    request.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject from = reader.object(QStringLiteral("from"));
    const QJsonObject to = reader.object(QStringLiteral("to"));
    request.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    Result<User> fromUser = User::fromJson(from);
    if (!fromUser)
        return fromUser.error();
    Result<User> toUser = User::fromJson(to);
    if (!toUser)
        return toUser.error();
    request.from = *fromUser;
    request.to = *toUser;
    return request;
}

QJsonObject Friend::toJson() const
{
    QJsonObject json = user.toJson();
    json.remove(QStringLiteral("createdAt"));
    json.insert(QStringLiteral("since"), toRfc3339(since));
    return json;
}

Result<Friend> Friend::fromJson(const QJsonObject &json)
{
    Result<User> user = User::fromJson(json);
    if (!user)
        return user.error();
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Friend result{*user, reader.timestamp(QStringLiteral("since"))};
    if (Status status = reader.finish(); !status)
        return status.error();
    return result;
}

} // namespace kj
