#include "server-stub/api/routes.h"

#include "models/domain/friendgroup.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/friendrepository.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QJsonArray>
#include <QSet>

// Friend groups (GET /me/groups, GET|PUT|DELETE /me/groups/{id}): only their owner ever sees them, so
// another user's group answers 404 like a missing one. Members must be the owner's friends. Whoever a
// write takes out of a group (or a delete takes out of all its items) is told through /changes to drop
// the items they saw only through it; whoever it adds gets them (groupaudience.h).

namespace kj::server::api {

namespace {
Error groupNotFound()
{
    return fail(ErrorCode::NotFound, QStringLiteral("no such group"));
}

Result<QString> groupId(const Call &call)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a group id is a lower-case UUID (8-4-4-4-12 hex)"));
    return id;
}

// The caller's group `id`, or nullopt when it does not exist or is someone else's.
Result<std::optional<store::FriendGroupRecord>> callersGroup(const QSqlDatabase &db, const Call &call, const QString &id)
{
    Result<std::optional<store::FriendGroupRecord>> found = store::GroupRepository(db).find(id);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->ownerId != call.caller->userId)
        return std::optional<store::FriendGroupRecord>();
    return found;
}

// The users named, each of whom must be a friend of owner.
Result<QList<qint64>> friendIds(const QSqlDatabase &db, qint64 owner, const QStringList &usernames)
{
    QList<qint64> ids;
    store::UserRepository users(db);
    store::FriendRepository friends(db);
    for (const QString &name : usernames) {
        Result<std::optional<store::UserRecord>> user = users.findByUsername(name);
        if (!user)
            return user.error();
        std::optional<bool> isFriend;
        if (user->has_value()) {
            Result<bool> friendsNow = friends.areFriends(owner, (*user)->id);
            if (!friendsNow)
                return friendsNow.error();
            isFriend = *friendsNow;
        }
        if (!isFriend.value_or(false))
            return fail(ErrorCode::InvalidField, QStringLiteral("\"members\" names %1, who is not your friend").arg(name));
        ids.append((*user)->id);
    }
    return ids;
}

ApiResult listGroups(const ApiContext &context, const Call &call)
{
    Result<QList<store::FriendGroupRecord>> groups = store::GroupRepository(context.db()).listByOwner(call.caller->userId);
    if (!groups)
        return groups.error();
    QJsonArray items;
    for (const store::FriendGroupRecord &record : std::as_const(*groups))
        items.append(record.group.toJson());
    return http::Response::json(200, {{QStringLiteral("items"), items}});
}

ApiResult getGroup(const ApiContext &context, const Call &call)
{
    Result<QString> id = groupId(call);
    if (!id)
        return id.error();
    Result<std::optional<store::FriendGroupRecord>> found = callersGroup(context.db(), call, *id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return groupNotFound();
    return http::Response::json(200, {{QStringLiteral("group"), (*found)->group.toJson()}});
}

ApiResult putGroup(const ApiContext &context, const Call &call)
{
    Result<QString> id = groupId(call);
    if (!id)
        return id.error();
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<FriendGroupWrite> write = FriendGroupWrite::fromRequest(*body);
    if (!write)
        return write.error();

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    const qint64 owner = call.caller->userId;
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::GroupRepository groups(db);
    Result<std::optional<store::FriendGroupRecord>> existing = groups.find(*id);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->ownerId != owner)
        return groupNotFound(); // someone else's id: never reveal that it exists
    Result<QList<qint64>> members = friendIds(db, owner, write->members);
    if (!members)
        return members.error();

    store::FriendGroupRecord record;
    record.ownerId = owner;
    record.group = FriendGroup{*id, write->name, write->members, now, now};
    record.memberIds = *members;
    QList<qint64> left;
    QList<qint64> joined = *members;
    if (existing->has_value()) {
        record.group.createdAt = (*existing)->group.createdAt;
        const QSet<qint64> before((*existing)->memberIds.cbegin(), (*existing)->memberIds.cend());
        const QSet<qint64> after(members->cbegin(), members->cend());
        joined.clear();
        for (qint64 member : std::as_const(*members)) {
            if (!before.contains(member))
                joined.append(member);
        }
        for (qint64 member : std::as_const((*existing)->memberIds)) {
            if (!after.contains(member))
                left.append(member);
        }
        if ((*existing)->group.name == write->name && left.isEmpty() && joined.isEmpty())
            return http::Response::json(200, {{QStringLiteral("group"), (*existing)->group.toJson()}}); // no change
    }
    if (Status status = groups.save(record); !status)
        return status.error();
    if (Status status = addressGroupItems(db, owner, {*id}, left, Visibility::Groups, now); !status)
        return status.error();
    if (Status status = addressGroupItems(db, owner, {*id}, joined, std::nullopt, now); !status)
        return status.error();
    Result<std::optional<store::FriendGroupRecord>> stored = groups.find(*id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return fail(ErrorCode::Internal, QStringLiteral("the group just written is gone"));
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(existing->has_value() ? 200 : 201, {{QStringLiteral("group"), (*stored)->group.toJson()}});
}

ApiResult deleteGroup(const ApiContext &context, const Call &call)
{
    Result<QString> id = groupId(call);
    if (!id)
        return id.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::FriendGroupRecord>> found = callersGroup(db, call, *id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return groupNotFound();
    // Told before the rows go: the items that named this group (and now name one group fewer, or none,
    // so only their owner sees them) are withdrawn from members who no longer see them.
    if (Status status = addressGroupItems(db, call.caller->userId, {*id}, (*found)->memberIds, Visibility::Groups, nowUtc());
        !status) {
        return status.error();
    }
    if (Status status = store::GroupRepository(db).remove(*id); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}
} // namespace

void addGroupRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/me/groups"), Access::SignedIn,
               [context](const Call &call) { return listGroups(context, call); });
    router.add("GET", QStringLiteral("/api/v1/me/groups/{id}"), Access::SignedIn,
               [context](const Call &call) { return getGroup(context, call); });
    router.add("PUT", QStringLiteral("/api/v1/me/groups/{id}"), Access::SignedIn,
               [context](const Call &call) { return putGroup(context, call); });
    router.add("DELETE", QStringLiteral("/api/v1/me/groups/{id}"), Access::SignedIn,
               [context](const Call &call) { return deleteGroup(context, call); });
}

} // namespace kj::server::api
