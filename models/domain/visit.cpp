#include "models/domain/visit.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>

namespace kj {

QJsonObject Visit::toJson() const
{
    return {{QStringLiteral("user"), visitor.toJson()}, {QStringLiteral("at"), toRfc3339(at)}};
}

Result<Visit> Visit::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Visit visit;
    const QJsonObject user = reader.object(QStringLiteral("user"));
    visit.at = reader.timestamp(QStringLiteral("at"));
    if (Status status = reader.finish(); !status)
        return status.error();
    Result<User> visitor = User::fromJson(user);
    if (!visitor)
        return visitor.error();
    visit.visitor = *visitor;
    return visit;
}

QJsonObject VisitorList::toJson() const
{
    QJsonArray array;
    for (const Visit &visit : items)
        array.append(visit.toJson());
    return {{QStringLiteral("items"), array}, {QStringLiteral("total"), total}};
}

Result<VisitorList> VisitorList::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    VisitorList list;
    const QJsonArray array = reader.array(QStringLiteral("items"));
    list.total = reader.integer(QStringLiteral("total"), 0, qint64(1) << 53);
    if (Status status = reader.finish(); !status)
        return status.error();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return fail(ErrorCode::InvalidField, QStringLiteral("\"items\" must list objects"));
        Result<Visit> visit = Visit::fromJson(value.toObject());
        if (!visit)
            return visit.error();
        list.items.append(*visit);
    }
    return list;
}

} // namespace kj
