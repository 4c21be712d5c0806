#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/albumrepository.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/mediarepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

// A photo names its bytes by a finished upload of the caller's or by media the caller uploaded before
// (never media someone else sent: knowing a media id proves nothing), and an album of the caller's.
// Written like diaries (revisions, 409 with "current") and logged as kind "photo" with the audience it had
// through its album, so /changes withdraws it from whoever stops seeing it.

namespace kj::server::api {

namespace {

Error photoNotFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such photo"));
}

//! The media id the write's bytes resolve to, for the caller.
Result<QString> resolveMedia(const QSqlDatabase &db, const Call &call, const PhotoWrite &write)
{
    store::MediaRepository media(db);
    if (write.uploadId) {
        Result<std::optional<store::UploadRecord>> upload = media.findUpload(*write.uploadId);
        if (!upload)
            return upload.error();
        if (!upload->has_value() || (*upload)->ownerId != call.caller->userId)
            return fail(ErrorCode::NotFound, QStringLiteral("no such upload"));
        if (!(*upload)->complete())
            return fail(ErrorCode::Conflict, QStringLiteral("the upload is not complete: %1 of %2 bytes are in")
                                                 .arg((*upload)->received)
                                                 .arg((*upload)->size));
        return *(*upload)->mediaId;
    }
    Result<bool> granted = media.hasGrant(call.caller->userId, *write.mediaId);
    if (!granted)
        return granted.error();
    if (!*granted)
        return fail(ErrorCode::NotFound, QStringLiteral("no such media among the caller's uploads"));
    Result<std::optional<store::MediaRecord>> record = media.find(*write.mediaId);
    if (!record)
        return record.error();
    if (!record->has_value() || (*record)->kind != MediaKind::Photo) // a track's audio is no picture
        return fail(ErrorCode::InvalidField, QStringLiteral("the media %1 is not a photo").arg(*write.mediaId));
    return *write.mediaId;
}

//! The caller's live album; 403 for an album they may see but do not own, 404 otherwise.
Result<store::AlbumRecord> callersAlbum(const QSqlDatabase &db, const Call &call, const QString &id)
{
    Result<std::optional<store::AlbumRecord>> album = store::AlbumRepository(db).findAlbum(id);
    if (!album)
        return album.error();
    if (!album->has_value() || (*album)->deleted())
        return fail(ErrorCode::NotFound, QStringLiteral("no such album"));
    if ((*album)->ownerId != call.caller->userId) {
        Result<bool> visible = mayView(db, call.viewer(), ItemKind::Album, id, (*album)->ownerId, (*album)->album.visibility);
        if (!visible)
            return visible.error();
        if (*visible)
            return fail(ErrorCode::Forbidden, QStringLiteral("photos go into albums of one's own"));
        return fail(ErrorCode::NotFound, QStringLiteral("no such album"));
    }
    return **album;
}

ApiResult putPhoto(const ApiContext &context, const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a photo id is a lower-case UUID (8-4-4-4-12 hex)"));
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<PhotoWrite> write = PhotoWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::AlbumRepository albums(db);
    Result<std::optional<store::PhotoRecord>> found = albums.findPhoto(id);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->ownerId != call.caller->userId) {
        Result<std::optional<store::ItemEntry>> visible = visibleItem(db, call.viewer(), ItemKind::Photo, id);
        if (!visible)
            return visible.error();
        if (visible->has_value())
            return fail(ErrorCode::Forbidden, QStringLiteral("this photo is not yours"));
        return photoNotFound();
    }
    if (Status status = checkOwnGroups(db, call.caller->userId, write->audience()); !status)
        return status.error();
    Result<QString> mediaId = resolveMedia(db, call, *write);
    if (!mediaId)
        return mediaId.error();
    Result<store::AlbumRecord> album = callersAlbum(db, call, write->albumId);
    if (!album)
        return album.error();

    const auto commitWith = [&](int status, const QString &photoId) -> ApiResult {
        Result<std::optional<store::PhotoRecord>> stored = albums.findPhoto(photoId); // with its media's size and date
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return fail(ErrorCode::Internal, QStringLiteral("the photo just written is gone"));
        Result<QJsonObject> json = withOwnGroups(db, call.viewer(), (*stored)->photo.toJson());
        if (!json)
            return json.error();
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return http::Response::json(status, {{QStringLiteral("photo"), *json}});
    };
    store::ChangeLog log(db);

    if (!found->has_value()) {
        Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
        if (!me)
            return me.error();
        if (!me->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
        store::PhotoRecord record;
        record.ownerId = call.caller->userId;
        record.photo.id = id;
        record.photo.owner = User{(*me)->user.username, (*me)->user.displayName, {}};
        record.photo.albumId = write->albumId;
        record.photo.mediaId = *mediaId;
        record.photo.caption = write->caption;
        record.photo.visibility = write->visibility;
        record.photo.revision = 1;
        record.photo.createdAt = now;
        record.photo.updatedAt = now;
        if (Status status = albums.insertPhoto(record); !status)
            return status.error();
        if (Status status = recordItemGroups(db, ItemKind::Photo, id, record.ownerId, std::nullopt, write->groups, now); !status)
            return status.error();
        if (Status status = log.appendItem(QStringLiteral("photo"), id, record.ownerId, std::nullopt, now); !status)
            return status.error();
        return commitWith(201, id);
    }

    store::PhotoRecord record = **found;
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Photo, id);
    if (!groups)
        return groups.error();
    record.photo.groups = *groups;
    if (write->baseRevision != record.photo.revision) {
        if (!record.deleted() && write->sameContentAs(record.photo, *mediaId))
            return commitWith(200, id);
        return fail(ErrorCode::Conflict, QStringLiteral("the photo changed since revision %1").arg(write->baseRevision.value_or(0)),
                    {{QStringLiteral("current"), record.photo.toJson()}});
    }
    const std::optional<Visibility> previous = record.deleted() ? std::nullopt : std::optional(record.effectiveVisibility());
    const std::optional<Visibility> previousOwn = record.deleted() ? std::nullopt : std::optional(record.photo.visibility);
    record.photo.albumId = write->albumId;
    record.photo.mediaId = *mediaId;
    record.photo.caption = write->caption;
    record.photo.visibility = write->visibility;
    record.photo.groups = write->groups;
    record.photo.revision += 1;
    record.photo.updatedAt = now;
    record.deletedAt = QDateTime();
    if (Status status = albums.updatePhoto(record); !status)
        return status.error();
    if (Status status = log.appendItem(QStringLiteral("photo"), id, record.ownerId, previous, now); !status)
        return status.error();
    if (Status status = recordItemGroups(db, ItemKind::Photo, id, record.ownerId, previousOwn, write->groups, now); !status)
        return status.error();
    return commitWith(200, id);
}

} // namespace

void addPhotoRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/photos/{id}"), Access::SignedIn,
               [context](const Call &call) { return putPhoto(context, call); });
}

} // namespace kj::server::api
