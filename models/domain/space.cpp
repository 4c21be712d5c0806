#include "models/domain/space.h"

#include "models/domain/jsonreader.h"

namespace kj {

QJsonObject SpaceSummary::toJson() const
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("motto"), motto}};
}

Result<SpaceSummary> SpaceSummary::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    SpaceSummary space;
    space.title = reader.string(QStringLiteral("title"), 0, kMaxTitleLength);
    space.motto = reader.string(QStringLiteral("motto"), 0, kMaxMottoLength);
    if (Status status = reader.finish(); !status)
        return status.error();
    return space;
}

} // namespace kj
