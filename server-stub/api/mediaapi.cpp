#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/upload.h"
#include "server-stub/media/mediastore.h"
#include "server-stub/store/mediarepository.h"

#include <QFile>

// GET /media/{id}?size= serves a photo's bytes to whoever may see at least one photo that shows them (or
// uploaded them), and a track's audio (and its cover art as thumb and large) to whoever may see a track
// made of it; to anyone else the media does not exist. Renditions are JPEG; the original keeps the
// type its content was sniffed as. A media id names immutable bytes, so the ETag is the id and size.
// The answer is read whole into memory (at most 50 MiB for an original) for now.

namespace kj::server::api {

namespace {

ApiResult getMedia(const ApiContext &context, const Call &call)
{
    const QString id = call.param(QStringLiteral("mediaId"));
    const Error notFound = fail(ErrorCode::NotFound, QStringLiteral("no such media"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a media id is a lower-case UUID (8-4-4-4-12 hex)"));
    const QString sizeText = call.request.queryValue(QStringLiteral("size"));
    std::optional<MediaSize> size = sizeText.isEmpty() ? std::optional(MediaSize::Large) : mediaSizeFromName(sizeText);
    if (!size)
        return fail(ErrorCode::BadRequest, QStringLiteral("size must be thumb, large or original"));

    const QSqlDatabase db = context.db();
    store::MediaRepository repository(db);
    Result<std::optional<store::MediaRecord>> media = repository.find(id);
    if (!media)
        return media.error();
    if (!media->has_value())
        return notFound;
    Result<bool> visible = repository.mayView(id, call.viewer());
    if (!visible)
        return visible.error();
    if (!*visible)
        return notFound;
    if ((*media)->kind == MediaKind::Track) {
        // A track's own bytes are its audio; thumb and large are renditions of its cover art, if it had one.
        if (sizeText.isEmpty())
            size = MediaSize::Original;
        if (*size != MediaSize::Original && !QFile::exists(context.media->mediaPath(id, *size)))
            return fail(ErrorCode::NotFound, QStringLiteral("this track has no cover art"));
    }

    const QByteArray etag = '"' + id.toLatin1() + '-' + mediaSizeName(*size).toLatin1() + '"';
    const QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("ETag"), etag},
        // Private: whether a reader may see it can change; revalidated after an hour.
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=3600")},
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
    };
    if (call.request.header("if-none-match").contains(etag)) {
        return http::Response{304, {}, {}, headers};
    }
    QFile file(context.media->mediaPath(id, *size));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("media %1 has no %2 file").arg(id, mediaSizeName(*size)));
    const QByteArray type = *size == MediaSize::Original ? (*media)->mimeType.toLatin1() : QByteArrayLiteral("image/jpeg");
    return http::Response{200, file.readAll(), type, headers};
}

} // namespace

void addMediaRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/media/{mediaId}"), Access::OptionalSignIn,
               [context](const Call &call) { return getMedia(context, call); });
}

} // namespace kj::server::api
