#include "app/sync/revisionedkinds.h"

#include "models/domain/album.h"
#include "models/domain/photo.h"
#include "models/domain/post.h"
#include "models/domain/repost.h"
#include "models/domain/track.h"

#include <QJsonArray>

namespace kj::app {

namespace {
const QString kVisibility = QStringLiteral("visibility");
const QString kGroups = QStringLiteral("groups");
const QString kAudience = QStringLiteral("audience");

QList<RevisionedKind> makeKinds()
{
    const QStringList audience{kVisibility, kGroups};
    // Photos have no DELETE and no list per user (they are listed per album); their edits still sync.
    return {
        {QStringLiteral("post"), QStringLiteral("posts"), QStringLiteral("post"),
         QStringList{QStringLiteral("text"), QStringLiteral("photoIds")} + audience, {QStringLiteral("text")},
         QStringLiteral("text"), true, true},
        {QStringLiteral("repost"), QStringLiteral("reposts"), QStringLiteral("repost"),
         QStringList{QStringLiteral("itemKind"), QStringLiteral("itemId"), QStringLiteral("comment")} + audience,
         {QStringLiteral("comment")}, QStringLiteral("comment"), true, true},
        {QStringLiteral("album"), QStringLiteral("albums"), QStringLiteral("album"),
         QStringList{QStringLiteral("title"), QStringLiteral("description")} + audience, {QStringLiteral("description")},
         QStringLiteral("title"), false, true},
        {QStringLiteral("photo"), QStringLiteral("photos"), QStringLiteral("photo"),
         QStringList{QStringLiteral("mediaId"), QStringLiteral("albumId"), QStringLiteral("caption")} + audience,
         {QStringLiteral("caption")}, QStringLiteral("caption"), false, false},
        {QStringLiteral("track"), QStringLiteral("tracks"), QStringLiteral("track"),
         QStringList{QStringLiteral("mediaId"), QStringLiteral("title"), QStringLiteral("artist")} + audience, {},
         QStringLiteral("title"), true, true},
    };
}

template<typename T>
kj::Status decodes(const QJsonObject &item)
{
    kj::Result<T> decoded = T::fromJson(item);
    if (!decoded)
        return decoded.error();
    return {};
}
} // namespace

const QList<RevisionedKind> &revisionedKinds()
{
    static const QList<RevisionedKind> kinds = makeKinds();
    return kinds;
}

QStringList revisionedKindNames()
{
    QStringList names;
    for (const RevisionedKind &kind : revisionedKinds())
        names.append(kind.kind);
    return names;
}

const RevisionedKind *findRevisionedKind(const QString &kind)
{
    for (const RevisionedKind &candidate : revisionedKinds()) {
        if (candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

QJsonObject writeBody(const RevisionedKind &kind, const QJsonObject &item, qint64 revision)
{
    QJsonObject body;
    const bool groups = item.value(kVisibility).toString() == kGroups;
    for (const QString &field : kind.writeFields) {
        if (!item.contains(field) || item.value(field).isNull())
            continue;
        if (field == kGroups && !groups)
            continue;
        body.insert(field == QLatin1String("itemKind") ? QStringLiteral("kind") : field, item.value(field));
    }
    if (revision > 0)
        body.insert(QStringLiteral("baseRevision"), revision);
    return body;
}

QJsonObject editableFields(const RevisionedKind &kind, const QJsonObject &item)
{
    QJsonObject fields;
    for (const QString &field : kind.writeFields) {
        if (field != kVisibility && field != kGroups && item.contains(field))
            fields.insert(field, item.value(field));
    }
    QString audience = item.value(kVisibility).toString();
    if (audience == kGroups) {
        QStringList ids;
        for (const QJsonValue &id : item.value(kGroups).toArray())
            ids.append(id.toString());
        ids.sort();
        audience += u':' + ids.join(u',');
    }
    fields.insert(kAudience, audience);
    return fields;
}

QJsonObject withEditableFields(const RevisionedKind &kind, QJsonObject item, const QJsonObject &fields)
{
    for (const QString &field : kind.writeFields) {
        if (field == kVisibility || field == kGroups)
            continue;
        if (fields.contains(field))
            item.insert(field, fields.value(field));
        else
            item.remove(field);
    }
    const QString audience = fields.value(kAudience).toString();
    const qsizetype colon = audience.indexOf(u':');
    item.insert(kVisibility, colon < 0 ? audience : audience.left(colon));
    if (colon < 0)
        item.remove(kGroups);
    else
        item.insert(kGroups, QJsonArray::fromStringList(audience.mid(colon + 1).split(u',', Qt::SkipEmptyParts)));
    return item;
}

kj::Status checkServerItem(const RevisionedKind &kind, const QJsonObject &item)
{
    if (kind.kind == QLatin1String("post"))
        return decodes<kj::Post>(item);
    if (kind.kind == QLatin1String("repost"))
        return decodes<kj::Repost>(item);
    if (kind.kind == QLatin1String("album"))
        return decodes<kj::Album>(item);
    if (kind.kind == QLatin1String("photo"))
        return decodes<kj::Photo>(item);
    if (kind.kind == QLatin1String("track"))
        return decodes<kj::Track>(item);
    return {};
}

kj::Audience audienceOf(const QJsonObject &item)
{
    kj::JsonReader reader(item, kj::JsonReader::Mode::Lenient);
    const kj::Result<kj::Audience> audience = kj::Audience::read(reader, kj::JsonReader::Mode::Lenient);
    return audience ? *audience : kj::Audience{};
}

QString itemName(const RevisionedKind &kind, const QJsonObject &item)
{
    QString name = item.value(kind.nameField).toString().trimmed().section(u'\n', 0, 0).trimmed();
    if (name.size() > 60)
        name = name.left(59) + u'…';
    return name;
}

} // namespace kj::app
