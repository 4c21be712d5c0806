#include "models/domain/fieldmerge.h"

#include "models/domain/textmerge.h"

#include <QJsonValue>

namespace kj {

namespace {

void mergeInto(QJsonObject &result, QStringList &conflicts, const QJsonObject &base, const QJsonObject &mine,
               const QJsonObject &theirs, const QSet<QString> &textFields, const QString &prefix)
{
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QString path = prefix + key;
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        const QJsonValue t = theirs.value(key);
        QJsonValue merged;
        if (m == t || t == b) {
            merged = m;
        } else if (m == b) {
            merged = t;
        } else if (m.isObject() && t.isObject() && (b.isObject() || b.isUndefined() || b.isNull())) {
            QJsonObject inner;
            mergeInto(inner, conflicts, b.toObject(), m.toObject(), t.toObject(), textFields, path + u'.');
            merged = inner;
        } else if (textFields.contains(path) && m.isString() && t.isString() && (b.isString() || b.isUndefined() || b.isNull())) {
            const MergedText text = mergeText(b.toString(), m.toString(), t.toString());
            if (!text.clean())
                conflicts.append(path);
            merged = text.text;
        } else {
            merged = m;
            conflicts.append(path);
        }
        if (!merged.isUndefined())
            result.insert(key, merged);
    }
}

} // namespace

MergedFields mergeFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const QSet<QString> &textFields)
{
    MergedFields result;
    mergeInto(result.object, result.conflicts, base, mine, theirs, textFields, QString());
    result.conflicts.sort();
    return result;
}

MergedSpaceSettings mergeSpaceSettings(const SpaceSettings &base, const SpaceSettings &mine, const SpaceSettings &theirs)
{
    const MergedFields fields = mergeFields(base.toJson(), mine.toJson(), theirs.toJson());
    Result<SpaceSettings> settings = SpaceSettings::fromJson(fields.object);
    // Every field of the merge comes from a valid version, so this holds; should it not, mine is kept whole.
    if (!settings)
        return {mine, fields.conflicts.isEmpty() ? QStringList{QStringLiteral("*")} : fields.conflicts};
    return {std::move(settings).value(), fields.conflicts};
}

} // namespace kj
