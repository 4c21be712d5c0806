#include "models/domain/upload.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"

#include <algorithm>

namespace kj {

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Photo: return QStringLiteral("photo");
    case MediaKind::Track: return QStringLiteral("track");
    }
    return {};
}

std::optional<MediaKind> mediaKindFromName(const QString &name)
{
    if (name == u"photo")
        return MediaKind::Photo;
    if (name == u"track")
        return MediaKind::Track;
    return std::nullopt;
}

QString mediaSizeName(MediaSize size)
{
    switch (size) {
    case MediaSize::Thumb: return QStringLiteral("thumb");
    case MediaSize::Large: return QStringLiteral("large");
    case MediaSize::Original: return QStringLiteral("original");
    }
    return {};
}

std::optional<MediaSize> mediaSizeFromName(const QString &name)
{
    for (MediaSize size : {MediaSize::Thumb, MediaSize::Large, MediaSize::Original}) {
        if (name == mediaSizeName(size))
            return size;
    }
    return std::nullopt;
}

bool isSha256Hex(QStringView text)
{
    return text.size() == 64
        && std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QJsonObject UploadStart::toJson() const
{
    return {{QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("kind"), mediaKindName(kind)},
            {QStringLiteral("filename"), filename}};
}

Result<UploadStart> UploadStart::fromRequest(const QJsonObject &json)
{
    JsonReader reader(json);
    UploadStart start;
    start.size = reader.integer(QStringLiteral("size"), 1, kMaxSize);
    start.sha256 = reader.string(QStringLiteral("sha256"), 64, 64);
    const QString kind = reader.string(QStringLiteral("kind"), 1, 16);
    start.filename = reader.optionalString(QStringLiteral("filename"), 0, kMaxFilenameLength).value_or(QString());
    if (Status status = reader.finish(); !status)
        return status.error();
    if (!isSha256Hex(start.sha256))
        return fail(ErrorCode::InvalidField, QStringLiteral("\"sha256\" must be 64 lower-case hex digits"));
    const std::optional<MediaKind> parsedKind = mediaKindFromName(kind);
    if (!parsedKind)
        return fail(ErrorCode::InvalidField, QStringLiteral("\"kind\" must be \"photo\" or \"track\""));
    start.kind = *parsedKind;
    if (std::any_of(start.filename.begin(), start.filename.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return fail(ErrorCode::InvalidField, QStringLiteral("\"filename\" must not contain control characters"));
    return start;
}

QJsonObject UploadStatus::toJson() const
{
    QJsonObject json;
    if (!uploadId.isEmpty()) {
        json.insert(QStringLiteral("uploadId"), uploadId);
        json.insert(QStringLiteral("offset"), offset);
        json.insert(QStringLiteral("size"), size);
    }
    json.insert(QStringLiteral("mediaId"), mediaId ? QJsonValue(*mediaId) : QJsonValue(QJsonValue::Null));
    return json;
}

Result<UploadStatus> UploadStatus::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, JsonReader::Mode::Lenient);
    UploadStatus status;
    const std::optional<QString> uploadId = reader.optionalString(QStringLiteral("uploadId"), 36, 36);
    status.offset = reader.optionalInteger(QStringLiteral("offset"), 0, UploadStart::kMaxSize).value_or(0);
    status.size = reader.optionalInteger(QStringLiteral("size"), 0, UploadStart::kMaxSize).value_or(0);
    status.mediaId = reader.optionalString(QStringLiteral("mediaId"), 36, 36);
    if (Status finished = reader.finish(); !finished)
        return finished.error();
    if (uploadId && !isValidItemId(*uploadId))
        return fail(ErrorCode::InvalidId, QStringLiteral("\"uploadId\" must be a lower-case UUID"));
    if (status.mediaId && !isValidItemId(*status.mediaId))
        return fail(ErrorCode::InvalidId, QStringLiteral("\"mediaId\" must be a lower-case UUID"));
    if (!uploadId && !status.mediaId)
        return fail(ErrorCode::MissingField, QStringLiteral("an upload answer names an \"uploadId\" or a \"mediaId\""));
    if (status.offset > status.size)
        return fail(ErrorCode::InvalidField, QStringLiteral("\"offset\" is past \"size\""));
    status.uploadId = uploadId.value_or(QString());
    return status;
}

} // namespace kj
