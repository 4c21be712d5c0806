#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/domain/track.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/paging.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/mediarepository.h"
#include "server-stub/store/trackrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

// Tracks follow the rules of 说说 (postsapi.cpp): PUT creates or updates at a revision, a retry of the same
// write is answered as if it were the first, a stale revision is 409 with the current track, DELETE leaves
// a tombstone (which also leaves every playlist, a trigger of 0007_tracks.sql). Someone else's track is
// 403 when the caller may see it, else 404. The bytes are named like a photo's: a finished track upload of
// the caller's, or audio media the caller uploaded before; never media someone else sent. The "groups"
// audience works as for every kind (groupaudience.h): the groups must be the writer's own, item_groups
// keeps them, and whoever leaves or joins the audience through them hears of it in /changes.

namespace kj::server::api {

namespace {
Error notFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such track"));
}

Result<QString> trackId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a track id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

QJsonObject tombstoneJson(const store::TrackRecord &record)
{
    return {{QStringLiteral("kind"), QStringLiteral("track")},
            {QStringLiteral("id"), record.track.id},
            {QStringLiteral("deleted"), true},
            {QStringLiteral("revision"), record.track.revision}};
}

Error conflict(const QString &message, const QJsonObject &current)
{
    return fail(ErrorCode::Conflict, message, {{QStringLiteral("current"), current}});
}

ApiResult notYours(const QSqlDatabase &db, const Call &call, const store::TrackRecord &record)
{
    if (!record.deleted()) {
        Result<bool> visible = mayView(db, call.viewer(), ItemKind::Track, record.track.id, record.ownerId,
                                       record.track.visibility);
        if (!visible)
            return visible.error();
        if (*visible)
            return fail(ErrorCode::Forbidden, QStringLiteral("this track is not yours"));
    }
    return notFound();
}

//! The audio a write names, for the caller: its media id, what the file said, and the name it was
//! uploaded under (for the default title).
struct ResolvedAudio {
    store::AudioRecord audio;
    QString filename;
};

Result<ResolvedAudio> resolveAudio(const QSqlDatabase &db, const Call &call, const TrackWrite &write)
{
    store::MediaRepository media(db);
    ResolvedAudio resolved;
    QString mediaId;
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
        mediaId = *(*upload)->mediaId;
        resolved.filename = (*upload)->filename;
    } else {
        Result<bool> granted = media.hasGrant(call.caller->userId, *write.mediaId);
        if (!granted)
            return granted.error();
        if (!*granted)
            return fail(ErrorCode::NotFound, QStringLiteral("no such media among the caller's uploads"));
        mediaId = *write.mediaId;
    }
    Result<std::optional<store::AudioRecord>> audio = store::TrackRepository(db).findAudio(mediaId);
    if (!audio)
        return audio.error();
    if (!audio->has_value())
        return fail(ErrorCode::InvalidField, QStringLiteral("the media %1 is not audio (upload it with kind \"track\")").arg(mediaId));
    resolved.audio = **audio;
    return resolved;
}

//! What the track will say: the write's own words, else the file's tags, else (title) the file's name.
struct TrackText {
    QString title;
    QString artist;
};

TrackText trackText(const TrackWrite &write, const ResolvedAudio &resolved)
{
    TrackText text;
    text.title = write.title.value_or(resolved.audio.tagTitle);
    if (text.title.isEmpty())
        text.title = titleFromFilename(resolved.filename);
    if (text.title.isEmpty())
        text.title = QStringLiteral("Untitled");
    text.artist = write.artist.value_or(resolved.audio.tagArtist);
    return text;
}

bool sameContent(const Track &track, const ResolvedAudio &resolved, const TrackText &text, const TrackWrite &write)
{
    return track.mediaId == resolved.audio.mediaId && track.title == text.title && track.artist == text.artist
        && track.visibility == write.visibility && track.groups == write.groups;
}

void applyWrite(store::TrackRecord &record, const ResolvedAudio &resolved, const TrackText &text, const TrackWrite &write)
{
    record.track.mediaId = resolved.audio.mediaId;
    record.track.title = text.title;
    record.track.artist = text.artist;
    record.track.visibility = write.visibility;
    record.track.groups = write.groups;
    record.track.durationMs = resolved.audio.durationMs;
    record.track.hasCover = resolved.audio.hasCover;
}

ApiResult putTrack(const ApiContext &context, const Call &call)
{
    Result<QString> id = trackId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<TrackWrite> write = TrackWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::TrackRepository tracks(db);
    store::ChangeLog log(db);
    Result<std::optional<store::TrackRecord>> found = tracks.find(*id);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->ownerId != call.caller->userId)
        return notYours(db, call, **found);
    if (Status status = checkOwnGroups(db, call.caller->userId, write->audience()); !status)
        return status.error();
    Result<ResolvedAudio> resolved = resolveAudio(db, call, *write);
    if (!resolved)
        return resolved.error();
    const TrackText text = trackText(*write, *resolved);

    const auto commitWith = [&](int status, const store::TrackRecord &record) -> ApiResult {
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return http::Response::json(status, {{QStringLiteral("track"), record.track.toJson()}});
    };

    if (!found->has_value()) {
        Result<std::optional<store::UserRecord>> me = store::UserRepository(db).findById(call.caller->userId);
        if (!me)
            return me.error();
        if (!me->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
        store::TrackRecord record;
        record.ownerId = call.caller->userId;
        record.track.id = *id;
        record.track.owner = User{(*me)->user.username, (*me)->user.displayName, {}};
        applyWrite(record, *resolved, text, *write);
        record.track.revision = 1;
        record.track.createdAt = now;
        record.track.updatedAt = now;
        if (Status status = tracks.insert(record); !status)
            return status.error();
        if (Status status = recordItemGroups(db, ItemKind::Track, *id, record.ownerId, std::nullopt, write->groups, now); !status)
            return status.error();
        if (Status status = log.appendItem(QStringLiteral("track"), *id, record.ownerId, std::nullopt, now); !status)
            return status.error();
        return commitWith(201, record);
    }

    store::TrackRecord record = **found;
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Track, *id);
    if (!groups)
        return groups.error();
    record.track.groups = *groups;
    const bool atCurrentRevision = write->baseRevision == record.track.revision;
    if (record.deleted() && !atCurrentRevision)
        return conflict(QStringLiteral("this track was deleted"), tombstoneJson(record));
    if (!record.deleted() && !atCurrentRevision) {
        // A retry of a write whose answer was lost finds its own content already there.
        if (sameContent(record.track, *resolved, text, *write))
            return commitWith(200, record);
        return conflict(QStringLiteral("the track changed since revision %1").arg(write->baseRevision.value_or(0)),
                        record.track.toJson());
    }
    // A tombstone is seen by nobody, so its restoration withdraws nothing from anyone.
    const std::optional<Visibility> previous = record.deleted() ? std::nullopt : std::optional(record.track.visibility);
    applyWrite(record, *resolved, text, *write);
    record.track.revision += 1;
    record.track.updatedAt = now;
    record.deletedAt = QDateTime();
    if (Status status = tracks.update(record); !status)
        return status.error();
    if (Status status = recordItemGroups(db, ItemKind::Track, *id, record.ownerId, previous, write->groups, now); !status)
        return status.error();
    if (Status status = log.appendItem(QStringLiteral("track"), *id, record.ownerId, previous, now); !status)
        return status.error();
    return commitWith(200, record);
}

ApiResult getTrack(const ApiContext &context, const Call &call)
{
    Result<QString> id = trackId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    Result<std::optional<store::TrackRecord>> found = store::TrackRepository(db).find(*id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted())
        return notFound();
    Result<bool> visible = mayView(db, call.viewer(), ItemKind::Track, (*found)->track.id, (*found)->ownerId,
                                   (*found)->track.visibility);
    if (!visible)
        return visible.error();
    if (!*visible)
        return notFound();
    Result<QJsonObject> item = withReactions(db, call.viewer(), (*found)->track.toJson());
    if (!item)
        return item.error();
    return http::Response::json(200, {{QStringLiteral("track"), *item}});
}

ApiResult deleteTrack(const ApiContext &context, const Call &call)
{
    Result<QString> id = trackId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::TrackRepository tracks(db);
    Result<std::optional<store::TrackRecord>> found = tracks.find(*id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound();
    store::TrackRecord record = **found;
    if (record.ownerId != call.caller->userId)
        return notYours(db, call, record);
    if (record.deleted())
        return http::Response::noContent(); // deleting twice is the same as once
    // The tombstone keeps id, owner, media, visibility and a new revision; the track's comments and likes
    // go, and it leaves the owner's playlist (triggers of 0007_tracks.sql). The media stays: it is counted
    // in the uploader's quota and may be used again by its id.
    const Visibility previous = record.track.visibility;
    record.track.revision += 1;
    record.track.updatedAt = now;
    record.deletedAt = now;
    if (Status status = tracks.update(record); !status)
        return status.error();
    if (Status status = store::ChangeLog(db).appendItem(QStringLiteral("track"), record.track.id, record.ownerId, previous, now);
        !status) {
        return status.error();
    }
    Result<QStringList> groups = store::GroupRepository(db).itemGroups(ItemKind::Track, *id);
    if (!groups)
        return groups.error();
    // The groups stay with the tombstone (a restoring PUT names its own); their members learn of the delete.
    if (Status status = recordItemGroups(db, ItemKind::Track, *id, record.ownerId, previous, *groups, now); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}

ApiResult listUserTracks(const ApiContext &context, const Call &call)
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
    Result<store::TrackPage> page = store::TrackRepository(db).listByOwner((*owner)->id, call.viewer(), request->after, request->limit);
    if (!page)
        return page.error();
    QList<QJsonObject> items;
    items.reserve(page->items.size());
    for (const Track &track : std::as_const(page->items))
        items.append(track.toJson());
    return itemPageResponse(db, call.viewer(), items,
                            page->next ? std::optional(encodeDiaryCursor(*page->next)) : std::nullopt);
}
} // namespace

void addTrackRoutes(Router &router, const ApiContext &context)
{
    router.add("PUT", QStringLiteral("/api/v1/tracks/{id}"), Access::SignedIn,
               [context](const Call &call) { return putTrack(context, call); });
    router.add("GET", QStringLiteral("/api/v1/tracks/{id}"), Access::OptionalSignIn,
               [context](const Call &call) { return getTrack(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/tracks/{id}"), Access::SignedIn,
               [context](const Call &call) { return deleteTrack(context, call); });
    router.add("GET", QStringLiteral("/api/v1/users/{username}/tracks"), Access::OptionalSignIn,
               [context](const Call &call) { return listUserTracks(context, call); });
}

} // namespace kj::server::api
