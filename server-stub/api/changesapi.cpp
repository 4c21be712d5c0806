#include "server-stub/api/routes.h"

#include "models/domain/apiversion.h"
#include "models/domain/change.h"
#include "server-stub/api/itemaccess.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/itemsnapshot.h"
#include "server-stub/api/paging.h"
#include "server-stub/store/albumrepository.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/commentrepository.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/friendrepository.h"
#include "server-stub/store/likerepository.h"
#include "server-stub/store/postrepository.h"
#include "server-stub/store/trackrepository.h"
#include "server-stub/store/repostrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QHash>
#include <optional>

// How GET /changes works. Every write appends a row to the change log in its own transaction (see
// store/changelog.h). A reader gets the rows after its cursor that concern it: rows addressed to it, and
// rows about the diaries and posts of itself and of its current friends. Each row is judged by the item's state
// NOW, through the one audience rule (itemaccess mayView / visibleItem, kj::canSee):
//  - visible to the caller now: upsert with the item;
//  - else, if the caller could see it before the change (owner, or the row's previous visibility admits
//    a friend): delete, so offline caches drop what the owner withdrew;
//  - else nothing, so nobody learns that a hidden item exists.
// Several rows for one item in a page collapse into one change at the place of the latest.
// When two people become friends, nothing old is replayed here: the client fetches the new friend's
// diaries through GET /users/{username}/diaries. When they stop being friends, the unfriending appends
// a withdrawal (a "diary" or "post" row addressed to each side) for every friends-only diary and post of
// the other. Friend groups work the same way (groupaudience.h): whoever leaves an item's groups, by a
// changed audience, a changed or deleted group or an unfriending, gets a row addressed to them, judged
// like any other; whoever joins gets one too, so the group's older items reach them.
// Likes and comments: a like or unlike appends a row of the item's own kind (no previous visibility, so it
// never withdraws anything), a comment added or deleted a "comment" row naming its item (parent_kind,
// parent_id). A comment row stands for two changes: the comment (upsert while it exists and its item is
// visible to the reader; delete once gone, to those who see the item) and its item, whose count changed.
// Every item upsert carries likeCount, commentCount and likedByMe for the reader, as a read of it does,
// looked up for the whole page in one query.

namespace kj::server::api {

namespace {
constexpr int kDefaultChangesPageSize = 100;

struct Collapsed {
    store::ChangeRow latest;
    bool sawBefore = false; // some row says the caller could see the item before that change
};

Result<qint64> sinceParameter(const QUrlQuery &query)
{
    const QString since = query.queryItemValue(QStringLiteral("since"));
    if (since.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 seq = since.toLongLong(&ok);
    if (!ok || seq < 0 || since.startsWith(u'+'))
        return fail(ErrorCode::BadRequest, QStringLiteral("\"since\" is not a cursor this server made"));
    return seq;
}

// An upsert of the item's JSON as the reader may see it ("groups" only for its owner).
Result<std::optional<Change>> upsert(const QSqlDatabase &db, qint64 viewer, const store::ChangeRow &row, const QJsonObject &json)
{
    Result<QJsonObject> shown = withOwnGroups(db, viewer, json);
    if (!shown)
        return shown.error();
    return std::optional(Change{row.kind, Change::Op::Upsert, row.itemId, *shown});
}

Result<std::optional<Change>> diaryChange(const QSqlDatabase &db, qint64 viewer, const Collapsed &entry)
{
    const store::ChangeRow &row = entry.latest;
    Result<std::optional<store::DiaryRecord>> found = store::DiaryRepository(db).find(row.itemId);
    if (!found)
        return found.error();
    if (found->has_value() && !(*found)->deleted()) {
        Result<bool> visible = mayView(db, viewer, ItemKind::Diary, row.itemId, (*found)->ownerId, (*found)->diary.visibility);
        if (!visible)
            return visible.error();
        if (*visible)
            return upsert(db, viewer, row, (*found)->diary.toJson());
    }
    if (entry.sawBefore)
        return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
    return std::optional<Change>();
}

// The same rule for a 说说 (kind "post").
Result<std::optional<Change>> postChange(const QSqlDatabase &db, qint64 viewer, const Collapsed &entry)
{
    const store::ChangeRow &row = entry.latest;
    Result<std::optional<store::PostRecord>> found = store::PostRepository(db).find(row.itemId);
    if (!found)
        return found.error();
    if (found->has_value() && !(*found)->deleted()) {
        Result<bool> visible = mayView(db, viewer, ItemKind::Post, (*found)->post.id, (*found)->ownerId,
                                       (*found)->post.visibility);
        if (!visible)
            return visible.error();
        if (*visible)
            return upsert(db, viewer, row, (*found)->post.toJson());
    }
    if (entry.sawBefore)
        return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
    return std::optional<Change>();
}

// The same rule for a repost; its "original" is judged for the reader like every read of it.
Result<std::optional<Change>> repostChange(const QSqlDatabase &db, qint64 viewer, const Collapsed &entry)
{
    const store::ChangeRow &row = entry.latest;
    Result<std::optional<store::ItemEntry>> visible = visibleItem(db, viewer, ItemKind::Repost, row.itemId);
    if (!visible)
        return visible.error();
    if (visible->has_value()) {
        Result<std::optional<store::RepostRecord>> found = store::RepostRepository(db).find(row.itemId);
        if (!found)
            return found.error();
        if (found->has_value()) {
            Result<QJsonObject> json = repostJson(db, viewer, (*found)->repost);
            if (!json)
                return json.error();
            return upsert(db, viewer, row, *json);
        }
    }
    if (entry.sawBefore)
        return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
    return std::optional<Change>();
}

// The same rule for a track.
Result<std::optional<Change>> trackChange(const QSqlDatabase &db, qint64 viewer, const Collapsed &entry)
{
    const store::ChangeRow &row = entry.latest;
    Result<std::optional<store::TrackRecord>> found = store::TrackRepository(db).find(row.itemId);
    if (!found)
        return found.error();
    if (found->has_value() && !(*found)->deleted()) {
        Result<bool> visible = mayView(db, viewer, ItemKind::Track, (*found)->track.id, (*found)->ownerId,
                                       (*found)->track.visibility);
        if (!visible)
            return visible.error();
        if (*visible)
            return upsert(db, viewer, row, (*found)->track.toJson());
    }
    if (entry.sawBefore)
        return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
    return std::optional<Change>();
}

// The same rule for albums and photos (a photo is seen when both it and its album are: visibleItem).
Result<std::optional<Change>> mediaItemChange(const QSqlDatabase &db, qint64 viewer, const Collapsed &entry)
{
    const store::ChangeRow &row = entry.latest;
    store::AlbumRepository albums(db);
    const ItemKind kind = row.kind == QLatin1String("album") ? ItemKind::Album : ItemKind::Photo;
    Result<std::optional<store::ItemEntry>> visible = visibleItem(db, viewer, kind, row.itemId);
    if (!visible)
        return visible.error();
    if (visible->has_value()) {
        QJsonObject json;
        if (kind == ItemKind::Album) {
            Result<std::optional<store::AlbumRecord>> found = albums.findAlbum(row.itemId);
            if (!found)
                return found.error();
            if (found->has_value())
                json = (*found)->album.toJson();
        } else {
            Result<std::optional<store::PhotoRecord>> found = albums.findPhoto(row.itemId);
            if (!found)
                return found.error();
            if (found->has_value())
                json = (*found)->photo.toJson();
        }
        if (!json.isEmpty())
            return upsert(db, viewer, row, json);
    }
    if (entry.sawBefore)
        return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
    return std::optional<Change>();
}

// A comment row: the comment while it exists and its item is visible to the reader; its removal once it is gone,
// to whoever sees the item it was on (someone who no longer sees the item gets the item's own removal).
Result<std::optional<Change>> commentChange(const QSqlDatabase &db, qint64 viewer, const store::ChangeRow &row)
{
    Result<std::optional<store::CommentRecord>> found = store::CommentRepository(db).find(row.itemId);
    if (!found)
        return found.error();
    if (found->has_value()) {
        const Comment &comment = (*found)->comment;
        Result<std::optional<store::ItemEntry>> item = visibleItem(db, viewer, comment.itemKind, comment.itemId);
        if (!item)
            return item.error();
        if (item->has_value())
            return std::optional(Change{row.kind, Change::Op::Upsert, row.itemId, comment.toJson()});
        return std::optional<Change>();
    }
    const std::optional<ItemKind> parentKind = itemKindFromName(row.parentKind);
    if (!parentKind)
        return std::optional<Change>();
    Result<std::optional<store::ItemEntry>> item = visibleItem(db, viewer, *parentKind, row.parentId);
    if (!item)
        return item.error();
    if (item->has_value())
        return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
    return std::optional<Change>();
}

// The reactions of every item upserted in the page, for the reader, in one query.
Status addReactions(const QSqlDatabase &db, qint64 viewer, QList<Change> &changes)
{
    QList<store::ItemKey> keys;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        if (change.op != Change::Op::Upsert)
            continue;
        if (const std::optional<ItemKind> kind = itemKindFromName(change.kind)) {
            keys.append(store::ItemKey{*kind, change.id});
            positions.append(i);
        }
    }
    if (keys.isEmpty())
        return {};
    Result<QHash<store::ItemKey, Reactions>> reactions = store::LikeRepository(db).reactions(keys, viewer);
    if (!reactions)
        return reactions.error();
    for (qsizetype i = 0; i < keys.size(); ++i)
        reactions->value(keys.at(i)).addTo(changes[positions.at(i)].item);
    return {};
}

Result<std::optional<Change>> friendChange(const QSqlDatabase &db, qint64 viewer, const store::ChangeRow &row)
{
    Result<std::optional<store::UserRecord>> other = store::UserRepository(db).findByUsername(row.itemId);
    if (!other)
        return other.error();
    if (other->has_value()) {
        Result<std::optional<Friend>> found = store::FriendRepository(db).findFriend(viewer, (*other)->id);
        if (!found)
            return found.error();
        if (found->has_value())
            return std::optional(Change{row.kind, Change::Op::Upsert, row.itemId, (*found)->toJson()});
    }
    return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
}

Result<std::optional<Change>> requestChange(const QSqlDatabase &db, const store::ChangeRow &row)
{
    Result<std::optional<store::FriendRequestRecord>> found = store::FriendRepository(db).findRequest(row.itemId);
    if (!found)
        return found.error();
    if (found->has_value())
        return std::optional(Change{row.kind, Change::Op::Upsert, row.itemId, (*found)->request.toJson()});
    return std::optional(Change{row.kind, Change::Op::Delete, row.itemId, {}});
}

ApiResult changes(const ApiContext &context, const Call &call)
{
    Result<int> limit = pageLimit(call.request.query, kDefaultChangesPageSize, kMaxChangesPageSize);
    if (!limit)
        return limit.error();
    Result<qint64> since = sinceParameter(call.request.query);
    if (!since)
        return since.error();

    const QSqlDatabase db = context.db();
    const qint64 viewer = call.caller->userId;
    // One read transaction: the rows and the items they are judged by come from one snapshot.
    Result<store::Transaction> transaction = store::Transaction::begin(db, store::Transaction::Mode::Read);
    if (!transaction)
        return transaction.error();
    Result<store::ChangeLog::Page> page = store::ChangeLog(db).read(viewer, *since, *limit);
    if (!page)
        return page.error();

    QList<QPair<QString, QString>> order; // (kind, id) by the seq of their latest row
    QHash<QPair<QString, QString>, Collapsed> byItem;
    const auto collapse = [&](const store::ChangeRow &row) {
        const QPair<QString, QString> key{row.kind, row.itemId};
        Collapsed &entry = byItem[key];
        order.removeOne(key);
        order.append(key);
        entry.latest = row;
        // A row addressed to the reader names someone who was in the item's audience as a friend or as a
        // member of one of its groups (see groupaudience.h); other rows reach every friend of the owner.
        const Relation standing = row.ownerId == viewer ? Relation::Owner
                                  : row.audienceId     ? Relation::GroupMember
                                                       : Relation::Friend;
        if (row.previous && canSee(standing, *row.previous))
            entry.sawBefore = true;
    };
    // A comment row brings its item along, so a page of `limit` rows could hold more than `limit` changes: the
    // page ends before the row that would pass it (at least one row is taken, so every page moves on).
    qint64 lastSeq = *since;
    bool cut = false;
    for (const store::ChangeRow &row : std::as_const(page->rows)) {
        std::optional<store::ChangeRow> item;
        if (row.kind == QLatin1String("comment") && !row.parentKind.isEmpty()) {
            // The item the comment is on: its comment count changed (a reaction row of its own).
            item.emplace();
            item->seq = row.seq;
            item->kind = row.parentKind;
            item->itemId = row.parentId;
            item->ownerId = row.ownerId;
        }
        const qsizetype added = (byItem.contains({row.kind, row.itemId}) ? 0 : 1)
                                + (item && !byItem.contains({item->kind, item->itemId}) ? 1 : 0);
        if (lastSeq != *since && byItem.size() + added > *limit) {
            cut = true;
            break;
        }
        collapse(row);
        if (item)
            collapse(*item);
        lastSeq = row.seq;
    }

    ChangesPage result;
    for (const auto &key : std::as_const(order)) {
        const Collapsed &entry = byItem.value(key);
        Result<std::optional<Change>> change = std::optional<Change>();
        if (key.first == QLatin1String("diary"))
            change = diaryChange(db, viewer, entry);
        else if (key.first == QLatin1String("friend"))
            change = friendChange(db, viewer, entry.latest);
        else if (key.first == QLatin1String("friend_request"))
            change = requestChange(db, entry.latest);
        else if (key.first == QLatin1String("album") || key.first == QLatin1String("photo"))
            change = mediaItemChange(db, viewer, entry);
        else if (key.first == QLatin1String("post"))
            change = postChange(db, viewer, entry);
        else if (key.first == QLatin1String("track"))
            change = trackChange(db, viewer, entry);
        else if (key.first == QLatin1String("repost"))
            change = repostChange(db, viewer, entry);
        else if (key.first == QLatin1String("comment"))
            change = commentChange(db, viewer, entry.latest);
        if (!change)
            return change.error();
        if (change->has_value())
            result.changes.append(**change);
    }
    if (Status status = addReactions(db, viewer, result.changes); !status)
        return status.error();
    result.cursor = QString::number(lastSeq);
    result.more = page->more || cut;
    transaction->rollback(); // read only
    return http::Response::json(200, result.toJson());
}
} // namespace

void addChangeRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/changes"), Access::SignedIn,
               [context](const Call &call) { return changes(context, call); });
}

} // namespace kj::server::api
