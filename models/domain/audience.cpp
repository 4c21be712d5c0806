#include "models/domain/audience.h"

#include "models/domain/ids.h"

#include <QJsonArray>
#include <QSet>

namespace kj {

Result<Audience> Audience::read(JsonReader &reader, JsonReader::Mode mode)
{
    Audience audience;
    audience.visibility = reader.visibility(QStringLiteral("visibility"));
    const QJsonArray groups = reader.optionalArray(QStringLiteral("groups")).value_or(QJsonArray());
    if (reader.failed())
        return audience;
    const bool strict = mode == JsonReader::Mode::Strict;
    if (audience.visibility != Visibility::Groups) {
        if (strict && !groups.isEmpty())
            return fail(ErrorCode::InvalidField, QStringLiteral("\"groups\" is only for the \"groups\" visibility"));
        return audience;
    }
    if (strict && (groups.isEmpty() || groups.size() > kMaxGroups)) {
        return fail(ErrorCode::InvalidField,
                    QStringLiteral("the \"groups\" visibility needs 1 to %1 group ids in \"groups\"").arg(kMaxGroups));
    }
    QSet<QString> seen;
    for (const QJsonValue &value : groups) {
        const QString id = value.toString();
        if (!value.isString() || !isValidItemId(id)) {
            if (strict)
                return fail(ErrorCode::InvalidId, QStringLiteral("\"groups\" must hold lower-case UUIDs"));
            continue;
        }
        if (seen.contains(id)) {
            if (strict)
                return fail(ErrorCode::InvalidField, QStringLiteral("\"groups\" names group %1 twice").arg(id));
            continue;
        }
        seen.insert(id);
        audience.groups.append(id);
    }
    audience.groups.sort();
    return audience;
}

void Audience::writeTo(QJsonObject &json) const
{
    json.insert(QStringLiteral("visibility"), visibilityName(visibility));
    if (visibility == Visibility::Groups && !groups.isEmpty())
        json.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
}

} // namespace kj
