#include "server-stub/api/routes.h"

#include "models/domain/album.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/albumrepository.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QJsonArray>

// Albums are written like diaries (create-or-update by a client-made id, revisions, 409 with "current"
// on a stale base, an idempotent retry answered 200) and logged for GET /changes as kind "album". A photo
// is seen only by whom both its own audience and its album's admit, so changing an album's audience also
// logs each of its photos, with the audience it had through the album before.

namespace kj::server::api {

namespace {

Error albumNotFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such album"));
}

Result<QString> albumId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("an album id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

Result<bool> mayViewAlbum(const QSqlDatabase &db, std::optional<qint64> viewer, const store::AlbumRecord &record)
{
    if (record.deleted())
        return false;
    return mayView(db, viewer, ItemKind::Album, record.album.id, record.ownerId, record.album.visibility);
}

// The album changed its audience: each photo in it may have become visible or hidden to someone.
Status logPhotosOf(const QSqlDatabase &db, const QString &album, qint64 owner, std::optional<Visibility> previousAlbum,
                   const QDateTime &now)
{
    Result<QList<QPair<QString, Visibility>>> photos = store::AlbumRepository(db).livePhotos(album);
    if (!photos)
        return photos.error();
    store::ChangeLog log(db);
    for (const auto &[id, visibility] : std::as_const(*photos)) {
        const std::optional<Visibility> previous =
            previousAlbum ? std::optional(store::narrowerVisibility(visibility, *previousAlbum)) : std::nullopt;
        if (Status status = log.appendItem(QStringLiteral("photo"), id, owner, previous, now); !status)
            return status;
    }
    return {};
}

ApiResult putAlbum(const ApiContext &context, const Call &call)
{
    Result<QString> id = albumId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<AlbumWrite> write = AlbumWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::AlbumRepository albums(db);
    store::ChangeLog log(db);
    Result<std::optional<store::AlbumRecord>> found = albums.findAlbum(*id);
    if (!found)
        return found.error();
    if (Status status = checkOwnGroups(db, call.caller->userId, write->audience()); !status)
        return status.error();
    const auto commitWith = [&](int status, const store::AlbumRecord &record) -> ApiResult {
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return http::Response::json(status, {{QStringLiteral("album"), record.album.toJson()}});
    };

    if (!found->has_value()) {
        Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
        if (!me)
            return me.error();
        if (!me->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
        store::AlbumRecord record;
        record.ownerId = call.caller->userId;
        record.album = Album{*id, User{(*me)->user.username, (*me)->user.displayName, {}}, write->title,
                             write->description, write->visibility, 1, now, now, std::nullopt, write->groups};
        if (Status status = albums.insertAlbum(record); !status)
            return status.error();
        if (Status status = recordItemGroups(db, ItemKind::Album, *id, record.ownerId, std::nullopt, write->groups, now); !status)
            return status.error();
        if (Status status = log.appendItem(QStringLiteral("album"), record.album.id, record.ownerId, std::nullopt, now); !status)
            return status.error();
        return commitWith(201, record);
    }

    store::AlbumRecord record = **found;
    if (record.ownerId != call.caller->userId) {
        Result<bool> visible = mayViewAlbum(db, call.viewer(), record);
        if (!visible)
            return visible.error();
        if (*visible)
            return fail(ErrorCode::Forbidden, QStringLiteral("this album is not yours"));
        return albumNotFound();
    }
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Album, *id);
    if (!groups)
        return groups.error();
    record.album.groups = *groups;
    if (write->baseRevision != record.album.revision) {
        if (!record.deleted() && write->sameContentAs(record.album))
            return commitWith(200, record); // a retry of a write whose answer was lost
        return fail(ErrorCode::Conflict, QStringLiteral("the album changed since revision %1").arg(write->baseRevision.value_or(0)),
                    {{QStringLiteral("current"), record.album.toJson()}});
    }
    const std::optional<Visibility> previous = record.deleted() ? std::nullopt : std::optional(record.album.visibility);
    record.album.title = write->title;
    record.album.description = write->description;
    const bool groupsChanged = record.album.groups != write->groups;
    record.album.visibility = write->visibility;
    record.album.groups = write->groups;
    record.album.revision += 1;
    record.album.updatedAt = now;
    record.deletedAt = QDateTime();
    if (Status status = albums.updateAlbum(record); !status)
        return status.error();
    if (Status status = log.appendItem(QStringLiteral("album"), record.album.id, record.ownerId, previous, now); !status)
        return status.error();
    if (Status status = recordItemGroups(db, ItemKind::Album, *id, record.ownerId, previous, write->groups, now); !status)
        return status.error();
    if (previous != record.album.visibility || groupsChanged) {
        if (Status status = logPhotosOf(db, record.album.id, record.ownerId, previous, now); !status)
            return status.error();
    }
    return commitWith(200, record);
}

ApiResult listUserAlbums(const ApiContext &context, const Call &call)
{
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    const QSqlDatabase db = context.db();
    Result<std::optional<store::UserRecord>> owner = store::UserRepository(db).findByUsername(call.param(QStringLiteral("username")));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    Result<store::AlbumPage> page = store::AlbumRepository(db).listAlbums((*owner)->id, call.viewer(), request->after, request->limit);
    if (!page)
        return page.error();
    QJsonArray items;
    for (const Album &album : std::as_const(page->items)) {
        Result<QJsonObject> item = withOwnGroups(db, call.viewer(), album.toJson());
        if (!item)
            return item.error();
        items.append(*item);
    }
    return http::Response::json(200, {{QStringLiteral("items"), items},
                                      {QStringLiteral("nextCursor"), page->next ? QJsonValue(encodeDiaryCursor(*page->next))
                                                                                : QJsonValue(QJsonValue::Null)}});
}

ApiResult listAlbumPhotos(const ApiContext &context, const Call &call)
{
    Result<QString> id = albumId(call);
    if (!id)
        return id.error();
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    const QSqlDatabase db = context.db();
    store::AlbumRepository albums(db);
    Result<std::optional<store::AlbumRecord>> found = albums.findAlbum(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return albumNotFound();
    Result<bool> visible = mayViewAlbum(db, call.viewer(), **found);
    if (!visible)
        return visible.error();
    if (!*visible)
        return albumNotFound();
    Result<store::PhotoPage> page = albums.listPhotos(*id, call.viewer(), request->after, request->limit);
    if (!page)
        return page.error();
    QJsonArray items;
    for (const Photo &photo : std::as_const(page->items)) {
        Result<QJsonObject> item = withOwnGroups(db, call.viewer(), photo.toJson());
        if (!item)
            return item.error();
        items.append(*item);
    }
    Result<QJsonObject> album = withOwnGroups(db, call.viewer(), (*found)->album.toJson());
    if (!album)
        return album.error();
    return http::Response::json(200, {{QStringLiteral("album"), *album},
                                      {QStringLiteral("items"), items},
                                      {QStringLiteral("nextCursor"), page->next ? QJsonValue(encodeDiaryCursor(*page->next))
                                                                                : QJsonValue(QJsonValue::Null)}});
}

} // namespace

void addAlbumRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/albums/{id}"), Access::SignedIn,
               [context](const Call &call) { return putAlbum(context, call); });
    router.add("GET", QStringLiteral("/api/v1/users/{username}/albums"), Access::OptionalSignIn,
               [context](const Call &call) { return listUserAlbums(context, call); });
    router.add("GET", QStringLiteral("/api/v1/albums/{id}/photos"), Access::OptionalSignIn,
               [context](const Call &call) { return listAlbumPhotos(context, call); });
}

} // namespace kj::server::api
