#include "server-stub/api/itemaccess.h"

#include "models/domain/ids.h"
#include "server-stub/store/albumrepository.h"
#include "server-stub/store/friendrepository.h"
#include "server-stub/store/grouprepository.h"

namespace kj::server::api {

Result<bool> mayView(const QSqlDatabase &db, std::optional<qint64> viewer, ItemKind kind, const QString &id,
                     qint64 owner, Visibility visibility)
{
    Result<Relation> relation = store::FriendRepository(db).relation(viewer, owner);
    if (!relation)
        return relation.error();
    if (*relation == Relation::Friend) {
        Result<bool> member = store::GroupRepository(db).inItemGroups(kind, id, *viewer);
        if (!member)
            return member.error();
        if (*member)
            relation = Relation::GroupMember;
    }
    return canSee(*relation, visibility);
}

Result<std::optional<store::ItemEntry>> visibleItem(const QSqlDatabase &db, std::optional<qint64> viewer, ItemKind kind,
                                                    const QString &id)
{
    Result<std::optional<store::ItemEntry>> found = store::ItemDirectory(db).find(kind, id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted)
        return std::optional<store::ItemEntry>();
    if (kind == ItemKind::Photo) {
        // The entry carries the narrower of the photo's and its album's visibility; each has groups of its own.
        Result<std::optional<store::PhotoRecord>> photo = store::AlbumRepository(db).findPhoto(id);
        if (!photo)
            return photo.error();
        if (!photo->has_value())
            return std::optional<store::ItemEntry>();
        Result<bool> own = mayView(db, viewer, kind, id, (*photo)->ownerId, (*photo)->photo.visibility);
        if (!own)
            return own.error();
        if (!*own)
            return std::optional<store::ItemEntry>();
        Result<std::optional<store::ItemEntry>> album = visibleItem(db, viewer, ItemKind::Album, (*photo)->photo.albumId);
        if (!album)
            return album.error();
        return album->has_value() ? *found : std::optional<store::ItemEntry>();
    }
    Result<bool> visible = mayView(db, viewer, kind, id, (*found)->ownerId, (*found)->visibility);
    if (!visible)
        return visible.error();
    return *visible ? *found : std::optional<store::ItemEntry>();
}

Result<ItemPath> itemPath(const Call &call)
{
    const QString kindName = call.param(QStringLiteral("kind"));
    const std::optional<ItemKind> kind = itemKindFromName(kindName);
    if (!kind) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("\"%1\" is not a kind of item (diary, post, photo, album, repost, track)").arg(kindName));
    }
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("an item id is a lower-case UUID (8-4-4-4-12 hex)"));
    return ItemPath{*kind, id};
}

Error itemNotFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such item"));
}

} // namespace kj::server::api
