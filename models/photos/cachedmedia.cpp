#include "models/photos/cachedmedia.h"

namespace kj::models {

namespace {
QJsonObject withRevision(QJsonObject json)
{
    if (json.value(QStringLiteral("revision")).toInteger() < 1)
        json.insert(QStringLiteral("revision"), 1);
    return json;
}
} // namespace

std::optional<kj::Album> cachedAlbum(const QJsonObject &json)
{
    kj::Result<kj::Album> album = kj::Album::fromJson(withRevision(json));
    if (!album)
        return std::nullopt;
    album->revision = json.value(QStringLiteral("revision")).toInteger();
    return *album;
}

std::optional<kj::Photo> cachedPhoto(const QJsonObject &json)
{
    kj::Result<kj::Photo> photo = kj::Photo::fromJson(withRevision(json));
    if (!photo)
        return std::nullopt;
    photo->revision = json.value(QStringLiteral("revision")).toInteger();
    return *photo;
}

} // namespace kj::models
