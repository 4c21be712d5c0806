#include "models/domain/user.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <algorithm>

namespace kj {

QJsonObject User::toJson() const
{
    QJsonObject json{{QStringLiteral("username"), username}, {QStringLiteral("displayName"), displayName}};
    if (createdAt.isValid())
        json.insert(QStringLiteral("createdAt"), toRfc3339(createdAt));
    return json;
}

Result<User> User::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    User user;
    user.username = reader.username(QStringLiteral("username"));
    user.displayName = reader.string(QStringLiteral("displayName"));
    user.createdAt = reader.optionalTimestamp(QStringLiteral("createdAt")).value_or(QDateTime());
    if (Status status = reader.finish(); !status)
        return status.error();
    return user;
}

QJsonObject AccountRegistration::toJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("password"), password},
            {QStringLiteral("displayName"), displayName}};
}

Result<AccountRegistration> AccountRegistration::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    AccountRegistration registration;
    registration.username = reader.username(QStringLiteral("username"));
    registration.password = reader.string(QStringLiteral("password"), kMinPasswordLength, kMaxPasswordLength);
    registration.displayName = reader.string(QStringLiteral("displayName"), 1, kMaxDisplayNameLength);
    if (Status status = reader.finish(); !status)
        return status.error();
    // A name is one line that others see beside what its owner writes: no control characters or line breaks, and
    // at least one character that shows (zero-width and direction marks alone would make an invisible person).
    const QString &name = registration.displayName;
    const auto isBreak = [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
    };
    if (std::any_of(name.cbegin(), name.cend(), isBreak))
        return fail(ErrorCode::InvalidField, QStringLiteral("\"displayName\" must not contain control characters or line breaks"));
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; }))
        return fail(ErrorCode::InvalidField, QStringLiteral("\"displayName\" must not be blank"));
    return registration;
}

QJsonObject SessionRequest::toJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("password"), password},
            {QStringLiteral("device"), device}};
}

Result<SessionRequest> SessionRequest::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    SessionRequest request;
    // Any string is accepted as a username here: a malformed one is simply an unknown account.
    request.username = reader.string(QStringLiteral("username"), 1, 64);
    request.password = reader.string(QStringLiteral("password"), 1, AccountRegistration::kMaxPasswordLength);
    request.device = reader.optionalString(QStringLiteral("device"), 0, 128).value_or(QString());
    if (Status status = reader.finish(); !status)
        return status.error();
    return request;
}

QJsonObject SessionGrant::toJson() const
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("expiresAt"), toRfc3339(expiresAt)},
            {QStringLiteral("user"), user.toJson()}};
}

Result<SessionGrant> SessionGrant::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    SessionGrant grant;
    grant.token = reader.string(QStringLiteral("token"), 1, 512);
    grant.expiresAt = reader.timestamp(QStringLiteral("expiresAt"));
    const QJsonObject user = reader.object(QStringLiteral("user"));
    if (Status status = reader.finish(); !status)
        return status.error();
    Result<User> parsedUser = User::fromJson(user);
    if (!parsedUser)
        return parsedUser.error();
    grant.user = *parsedUser;
    return grant;
}

} // namespace kj
