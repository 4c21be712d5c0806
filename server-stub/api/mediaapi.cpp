#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/upload.h"
#include "server-stub/api/errorstatus.h"
#include "server-stub/http/byterange.h"
#include "server-stub/http/filecontent.h"
#include "server-stub/media/mediastore.h"
#include "server-stub/store/mediarepository.h"

#include <QFile>

// GET /media/{id}?size= serves a photo's bytes to whoever may see at least one photo that shows them (or
// uploaded them), and a track's audio (and its cover art as thumb and large) to whoever may see a track
// made of it; to anyone else the media does not exist. Renditions are JPEG; the original keeps the
// type its content was sniffed as. The file streams from disk (http::FileContent), never whole in memory.
//
// A media id names immutable bytes, so the ETag is the id and size and never needs a date beside it. The
// cache is told "private, no-cache": it may keep the bytes but must ask again each time, because the
// audience check runs on every request and an audience can shrink; a 304 comes only after that check.
// One byte range is served as 206 (a player seeks, a viewer resumes); several are answered with the
// whole body, which RFC 9110 allows and spares us multipart/byteranges.

namespace kj::server::api {

namespace {

//! Whether an If-None-Match value names `etag` (weakly, as RFC 9110 section 13.1.2 compares) or is "*".
bool matchesAny(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate.remove(0, 2);
        if (candidate == etag || candidate == "*")
            return true;
    }
    return false;
}

http::Response withHeaders(http::Response response, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    response.headers.append(headers);
    return response;
}

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
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("ETag"), etag},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-cache")},
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
    };
    if (matchesAny(call.request.header("if-none-match"), etag))
        return http::Response{304, {}, {}, headers};

    Result<std::shared_ptr<http::FileContent>> file = http::FileContent::open(context.media->mediaPath(id, *size));
    if (!file)
        return fail(ErrorCode::Internal, QStringLiteral("media %1 has no %2 file: %3").arg(id, mediaSizeName(*size), file.error().message));
    std::shared_ptr<http::FileContent> content = std::move(file).value();
    const QByteArray type = *size == MediaSize::Original ? (*media)->mimeType.toLatin1() : QByteArrayLiteral("image/jpeg");
    headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});

    // If-Range names the bytes the client has part of; ours never change, so only another ETag (or a
    // date, which we never gave) sends the whole body instead.
    const QByteArray ifRange = call.request.header("if-range").trimmed();
    const http::ByteRange range = ifRange.isEmpty() || ifRange == etag
        ? http::ByteRange::fromHeader(call.request.header("range"), content->fileSize())
        : http::ByteRange{};
    switch (range.kind) {
    case http::ByteRange::Kind::Whole:
        break;
    case http::ByteRange::Kind::Part:
        headers.append({QByteArrayLiteral("Content-Range"), range.contentRange(content->fileSize())});
        content->selectRange(range.offset, range.length);
        return withHeaders(http::Response::streamed(206, std::move(content), type), headers);
    case http::ByteRange::Kind::Unsatisfiable: {
        http::Response refusal = errorResponse(fail(ErrorCode::BadRequest,
            QStringLiteral("the range lies outside the media's %1 bytes").arg(content->fileSize())));
        refusal.status = 416;
        headers.append({QByteArrayLiteral("Content-Range"), http::ByteRange::unsatisfiedRange(content->fileSize())});
        return withHeaders(std::move(refusal), headers);
    }
    }
    return withHeaders(http::Response::streamed(200, std::move(content), type), headers);
}

} // namespace

void addMediaRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/media/{mediaId}"), Access::OptionalSignIn,
               [context](const Call &call) { return getMedia(context, call); });
}

} // namespace kj::server::api
