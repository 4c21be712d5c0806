#include "server-stub/api/itemsnapshot.h"

#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/store/albumrepository.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/postrepository.h"
#include "server-stub/store/repostrepository.h"
#include "server-stub/store/trackrepository.h"

namespace kj::server::api {

namespace {
// The stored JSON of a live item whose visibility was already checked; nullopt if it went meanwhile.
Result<std::optional<QJsonObject>> storedJson(const QSqlDatabase &db, std::optional<qint64> viewer, ItemKind kind,
                                             const QString &id)
{
    using Json = std::optional<QJsonObject>;
    switch (kind) {
    case ItemKind::Diary: {
        Result<std::optional<store::DiaryRecord>> found = store::DiaryRepository(db).find(id);
        if (!found)
            return found.error();
        return found->has_value() ? Json((*found)->diary.toJson()) : Json();
    }
    case ItemKind::Post: {
        Result<std::optional<store::PostRecord>> found = store::PostRepository(db).find(id);
        if (!found)
            return found.error();
        return found->has_value() ? Json((*found)->post.toJson()) : Json();
    }
    case ItemKind::Album: {
        Result<std::optional<store::AlbumRecord>> found = store::AlbumRepository(db).findAlbum(id);
        if (!found)
            return found.error();
        return found->has_value() ? Json((*found)->album.toJson()) : Json();
    }
    case ItemKind::Photo: {
        Result<std::optional<store::PhotoRecord>> found = store::AlbumRepository(db).findPhoto(id);
        if (!found)
            return found.error();
        return found->has_value() ? Json((*found)->photo.toJson()) : Json();
    }
    case ItemKind::Repost: {
        Result<std::optional<store::RepostRecord>> found = store::RepostRepository(db).find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Json();
        Result<QJsonObject> json = repostJson(db, viewer, (*found)->repost);
        if (!json)
            return json.error();
        return Json(*json);
    }
    case ItemKind::Track: {
        Result<std::optional<store::TrackRecord>> found = store::TrackRepository(db).find(id);
        if (!found)
            return found.error();
        return found->has_value() ? Json((*found)->track.toJson()) : Json();
    }
    }
    return Json();
}
} // namespace

Result<std::optional<QJsonObject>> visibleItemJson(const QSqlDatabase &db, std::optional<qint64> viewer, ItemKind kind,
                                                   const QString &id)
{
    Result<std::optional<store::ItemEntry>> entry = visibleItem(db, viewer, kind, id);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return std::optional<QJsonObject>();
    Result<std::optional<QJsonObject>> json = storedJson(db, viewer, kind, id);
    if (!json || !json->has_value())
        return json;
    Result<QJsonObject> withCounts = withReactions(db, viewer, **json);
    if (!withCounts)
        return withCounts.error();
    return std::optional<QJsonObject>(*withCounts);
}

// Chains of reposts are at most Repost::kMaxChainDepth long (checked when a repost is made), which bounds
// this recursion through visibleItemJson.
Result<QJsonObject> repostJson(const QSqlDatabase &db, std::optional<qint64> viewer, Repost repost)
{
    Result<std::optional<QJsonObject>> original = visibleItemJson(db, viewer, repost.itemKind, repost.itemId);
    if (!original)
        return original.error();
    repost.original = *original;
    return repost.toJson();
}

} // namespace kj::server::api
