#include "models/domain/change.h"

#include "models/domain/jsonreader.h"

#include <QJsonArray>

namespace kj {

QJsonObject Change::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kind},
                     {QStringLiteral("op"), op == Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete")},
                     {QStringLiteral("id"), id}};
    if (op == Op::Upsert)
        json.insert(QStringLiteral("item"), item);
    return json;
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Change change;
    change.kind = reader.string(QStringLiteral("kind"), 1, 32);
    const QString op = reader.string(QStringLiteral("op"), 1, 16);
    change.id = reader.string(QStringLiteral("id"), 1, 64);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (op == QLatin1String("upsert")) {
        change.op = Op::Upsert;
        if (!json.value(QStringLiteral("item")).isObject())
            return fail(ErrorCode::BadResponse, QStringLiteral("an upsert change without an item"));
        change.item = json.value(QStringLiteral("item")).toObject();
    } else if (op == QLatin1String("delete")) {
        change.op = Op::Delete;
    } else {
        return fail(ErrorCode::BadResponse, QStringLiteral("unknown change op \"%1\"").arg(op));
    }
    return change;
}

QJsonObject ChangesPage::toJson() const
{
    QJsonArray list;
    for (const Change &change : changes)
        list.append(change.toJson());
    return {{QStringLiteral("changes"), list}, {QStringLiteral("cursor"), cursor}, {QStringLiteral("more"), more}};
}

Result<ChangesPage> ChangesPage::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    ChangesPage page;
    const QJsonArray list = reader.array(QStringLiteral("changes"));
    page.cursor = reader.string(QStringLiteral("cursor"), 0, 256);
    page.more = reader.boolean(QStringLiteral("more"));
    if (Status status = reader.finish(); !status)
        return status.error();
    for (const QJsonValue &value : list) {
        if (!value.isObject())
            return fail(ErrorCode::BadResponse, QStringLiteral("a change that is not an object"));
        Result<Change> change = Change::fromJson(value.toObject());
        if (!change)
            return change.error();
        page.changes.append(*change);
    }
    return page;
}

} // namespace kj
