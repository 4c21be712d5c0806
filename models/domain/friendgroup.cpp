#include "models/domain/friendgroup.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>
#include <QSet>

namespace kj {

namespace {
// Strict: every entry a valid username, none twice. Lenient: the valid ones, once each.
Result<QStringList> readMembers(const QJsonArray &array, bool strict)
{
    if (strict && array.size() > FriendGroup::kMaxMembers)
        return fail(ErrorCode::InvalidField, QStringLiteral("a group has at most %1 members").arg(FriendGroup::kMaxMembers));
    QStringList members;
    QSet<QString> seen;
    for (const QJsonValue &value : array) {
        const QString name = value.toString();
        if (!value.isString() || !isValidUsername(name)) {
            if (strict)
                return fail(ErrorCode::InvalidField, QStringLiteral("\"members\" must hold usernames"));
            continue;
        }
        if (seen.contains(name)) {
            if (strict)
                return fail(ErrorCode::InvalidField, QStringLiteral("\"members\" names %1 twice").arg(name));
            continue;
        }
        seen.insert(name);
        members.append(name);
    }
    members.sort();
    return members;
}

Status checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"name\" must not be blank"));
    return {};
}
} // namespace

QJsonObject FriendGroup::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("members"), QJsonArray::fromStringList(members)},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)},
            {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
}

Result<FriendGroup> FriendGroup::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    FriendGroup group;
    group.id = reader.itemId(QStringLiteral("id"));
    group.name = reader.string(QStringLiteral("name"), 1, kMaxNameLength);
    const QJsonArray members = reader.array(QStringLiteral("members"));
    group.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    group.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    group.members = readMembers(members, false).value();
    return group;
}

QJsonObject FriendGroupWrite::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("members"), QJsonArray::fromStringList(members)}};
}

Result<FriendGroupWrite> FriendGroupWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    FriendGroupWrite write;
    write.name = reader.string(QStringLiteral("name"), 1, FriendGroup::kMaxNameLength);
    const QJsonArray members = reader.array(QStringLiteral("members"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (Status status = checkName(write.name); !status)
        return status.error();
    Result<QStringList> parsed = readMembers(members, true);
    if (!parsed)
        return parsed.error();
    write.members = *parsed;
    return write;
}

} // namespace kj
