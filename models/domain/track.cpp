#include "models/domain/track.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>
#include <algorithm>

namespace kj {

namespace {
constexpr qint64 kMaxRevision = qint64(1) << 53;      // exact in a JSON number
constexpr qint64 kMaxDurationMs = qint64(1) << 40;    // far above any file of 50 MiB

bool hasControl(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

QString cleanedTagText(const QString &text, int maxLength)
{
    QString cleaned;
    cleaned.reserve(std::min<qsizetype>(text.size(), maxLength));
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.isSpace()) {
            if (!cleaned.isEmpty() && !cleaned.endsWith(u' '))
                cleaned.append(u' ');
            continue;
        }
        cleaned.append(c);
    }
    cleaned = cleaned.trimmed();
    if (cleaned.size() > maxLength) {
        qsizetype cut = maxLength;
        if (cleaned.at(cut - 1).isHighSurrogate())
            --cut;
        cleaned = cleaned.left(cut).trimmed();
    }
    return cleaned;
}

QString titleFromFilename(const QString &filename)
{
    QString name = filename;
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0)
        name.truncate(dot);
    return cleanedTagText(name, Track::kMaxTitleLength);
}

QJsonObject Track::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("track")},
            {QStringLiteral("id"), id},
            {QStringLiteral("owner"), owner.toJson()},
            {QStringLiteral("mediaId"), mediaId},
            {QStringLiteral("title"), title},
            {QStringLiteral("artist"), artist},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("hasCover"), hasCover},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("createdAt"), toRfc3339(createdAt)},
            {QStringLiteral("updatedAt"), toRfc3339(updatedAt)}};
    audience().writeTo(json);
    return json;
}

Result<Track> Track::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    Track track;
    track.id = reader.itemId(QStringLiteral("id"));
    const QJsonObject owner = reader.object(QStringLiteral("owner"));
    track.mediaId = reader.itemId(QStringLiteral("mediaId"));
    track.title = reader.string(QStringLiteral("title"), 1, kMaxTitleLength);
    track.artist = reader.optionalString(QStringLiteral("artist"), 0, kMaxArtistLength).value_or(QString());
    track.durationMs = reader.integer(QStringLiteral("durationMs"), 0, kMaxDurationMs);
    track.hasCover = reader.optionalBoolean(QStringLiteral("hasCover")).value_or(false);
    const Result<Audience> audience = Audience::read(reader, JsonReader::Mode::Lenient);
    track.revision = reader.integer(QStringLiteral("revision"), 1, kMaxRevision);
    track.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    track.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!audience)
        return audience.error();
    track.visibility = audience->visibility;
    track.groups = audience->groups;
    Result<User> parsedOwner = User::fromJson(owner);
    if (!parsedOwner)
        return parsedOwner.error();
    track.owner = *parsedOwner;
    return track;
}

QJsonObject TrackWrite::toJson() const
{
    QJsonObject json{{QStringLiteral("baseRevision"), baseRevision ? QJsonValue(*baseRevision) : QJsonValue(QJsonValue::Null)}};
    audience().writeTo(json);
    if (uploadId)
        json.insert(QStringLiteral("uploadId"), *uploadId);
    if (mediaId)
        json.insert(QStringLiteral("mediaId"), *mediaId);
    if (title)
        json.insert(QStringLiteral("title"), *title);
    if (artist)
        json.insert(QStringLiteral("artist"), *artist);
    return json;
}

Result<TrackWrite> TrackWrite::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    TrackWrite write;
    write.uploadId = reader.optionalString(QStringLiteral("uploadId"), 0, 64);
    write.mediaId = reader.optionalString(QStringLiteral("mediaId"), 0, 64);
    write.title = reader.optionalString(QStringLiteral("title"), 1, Track::kMaxTitleLength);
    write.artist = reader.optionalString(QStringLiteral("artist"), 0, Track::kMaxArtistLength);
    const bool hasVisibility = reader.has(QStringLiteral("visibility"))
        && !json.value(QStringLiteral("visibility")).isNull();
    std::optional<Result<Audience>> audience;
    bool groupsWithoutVisibility = false;
    if (hasVisibility) {
        audience = Audience::read(reader, JsonReader::Mode::Strict);
    } else {
        (void)reader.optionalString(QStringLiteral("visibility")); // a null visibility is the default, not unknown
        groupsWithoutVisibility = !reader.optionalArray(QStringLiteral("groups")).value_or(QJsonArray()).isEmpty();
    }
    write.baseRevision = reader.optionalInteger(QStringLiteral("baseRevision"), 0, kMaxRevision);
    if (Status status = reader.finish(); !status)
        return status.error();
    if (audience) {
        if (!*audience)
            return audience->error();
        write.visibility = (*audience)->visibility;
        write.groups = (*audience)->groups;
    }
    if (groupsWithoutVisibility)
        return fail(ErrorCode::InvalidField, QStringLiteral("\"groups\" is only for the \"groups\" visibility"));
    if (write.uploadId.has_value() == write.mediaId.has_value())
        return fail(ErrorCode::InvalidField, QStringLiteral("give exactly one of \"uploadId\" and \"mediaId\""));
    for (const auto &[key, id] : {std::pair(QStringLiteral("uploadId"), write.uploadId), std::pair(QStringLiteral("mediaId"), write.mediaId)}) {
        if (id && !isValidItemId(*id))
            return fail(ErrorCode::InvalidId, QStringLiteral("\"%1\" must be a lower-case UUID").arg(key));
    }
    if (write.title && write.title->trimmed().isEmpty())
        return fail(ErrorCode::InvalidField, QStringLiteral("\"title\" must not be blank (leave it out for the file's own)"));
    for (const auto &[key, text] : {std::pair(QStringLiteral("title"), write.title), std::pair(QStringLiteral("artist"), write.artist)}) {
        if (text && hasControl(*text))
            return fail(ErrorCode::InvalidField, QStringLiteral("\"%1\" must not contain control characters").arg(key));
    }
    return write;
}

} // namespace kj
