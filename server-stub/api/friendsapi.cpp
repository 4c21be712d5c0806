#include "server-stub/api/routes.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/groupaudience.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/albumrepository.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/friendrepository.h"
#include "server-stub/store/grouprepository.h"
#include "server-stub/store/notificationrepository.h"
#include "server-stub/store/postrepository.h"
#include "server-stub/store/trackrepository.h"
#include "server-stub/store/repostrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QJsonArray>

namespace kj::server::api {

namespace {
const QString kFriendKind = QStringLiteral("friend");
const QString kRequestKind = QStringLiteral("friend_request");

// Both sides learn through /changes that a request appeared or went away.
Status logRequest(store::ChangeLog &log, const store::FriendRequestRecord &request, const QDateTime &now)
{
    for (qint64 user : {request.fromId, request.toId}) {
        if (Status status = log.appendAddressed(kRequestKind, request.request.id, request.fromId, user, std::nullopt, now);
            !status) {
            return status;
        }
    }
    return {};
}

ApiResult listFriends(const ApiContext &context, const Call &call)
{
    Result<QList<Friend>> friends = store::FriendRepository(context.db()).friendsOf(call.caller->userId);
    if (!friends)
        return friends.error();
    QJsonArray items;
    for (const Friend &f : std::as_const(*friends))
        items.append(f.toJson());
    return http::Response::json(200, {{QStringLiteral("items"), items}});
}

ApiResult sendRequest(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    JsonReader reader(*body);
    const QString username = reader.username(QStringLiteral("username"));
    if (Status status = reader.finish(); !status)
        return status.error();
    if (username == call.caller->username)
        return fail(ErrorCode::BadRequest, QStringLiteral("you cannot befriend yourself"));

    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::UserRecord>> other = store::UserRepository(db).findByUsername(username);
    if (!other)
        return other.error();
    if (!other->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    const qint64 me = call.caller->userId;
    const qint64 them = (*other)->id;
    store::FriendRepository friends(db);
    Result<bool> already = friends.areFriends(me, them);
    if (!already)
        return already.error();
    if (*already)
        return fail(ErrorCode::AlreadyExists, QStringLiteral("you are already friends with %1").arg(username));
    for (const auto &[from, to] : {std::pair{me, them}, std::pair{them, me}}) {
        Result<std::optional<store::FriendRequestRecord>> pending = friends.findRequestBetween(from, to);
        if (!pending)
            return pending.error();
        if (pending->has_value()) {
            return fail(ErrorCode::AlreadyExists, from == me ? QStringLiteral("you already asked %1").arg(username)
                                                             : QStringLiteral("%1 already asked you; accept that request").arg(username));
        }
    }
    const QString id = newItemId();
    if (Status status = friends.createRequest(id, me, them, now); !status)
        return status.error();
    Result<std::optional<store::FriendRequestRecord>> created = friends.findRequest(id);
    if (!created)
        return created.error();
    store::ChangeLog log(db);
    if (Status status = logRequest(log, **created, now); !status)
        return status.error();
    // Answering or taking back the request removes this (a trigger of 0006_reposts.sql).
    if (Status status = store::NotificationRepository(db).add({them, kRequestKind, me, kRequestKind, id, {}, {}, now}); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(201, {{QStringLiteral("request"), (*created)->request.toJson()}});
}

ApiResult listRequests(const ApiContext &context, const Call &call)
{
    store::FriendRepository friends(context.db());
    Result<QList<store::FriendRequestRecord>> incoming = friends.incoming(call.caller->userId);
    if (!incoming)
        return incoming.error();
    Result<QList<store::FriendRequestRecord>> outgoing = friends.outgoing(call.caller->userId);
    if (!outgoing)
        return outgoing.error();
    const auto toArray = [](const QList<store::FriendRequestRecord> &records) {
        QJsonArray array;
        for (const store::FriendRequestRecord &record : records)
            array.append(record.request.toJson());
        return array;
    };
    return http::Response::json(200, {{QStringLiteral("incoming"), toArray(*incoming)},
                                      {QStringLiteral("outgoing"), toArray(*outgoing)}});
}

enum class Answer { Accept, Decline };

ApiResult answerRequest(const ApiContext &context, const Call &call, Answer answer)
{
    const QString id = call.param(QStringLiteral("id"));
    if (!isValidItemId(id))
        return fail(ErrorCode::InvalidId, QStringLiteral("a friend request id is a lower-case UUID"));
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::FriendRepository friends(db);
    Result<std::optional<store::FriendRequestRecord>> request = friends.findRequest(id);
    if (!request)
        return request.error();
    const qint64 me = call.caller->userId;
    // Only the recipient accepts; the recipient declines, or the sender takes it back. To anyone else
    // the request does not exist.
    const bool mayAnswer = request->has_value()
                           && ((*request)->toId == me || (answer == Answer::Decline && (*request)->fromId == me));
    if (!mayAnswer)
        return fail(ErrorCode::NotFound, QStringLiteral("no such friend request"));
    const store::FriendRequestRecord record = **request;
    if (Status status = friends.deleteRequest(id); !status)
        return status.error();
    store::ChangeLog log(db);
    if (Status status = logRequest(log, record, now); !status)
        return status.error();
    if (answer == Answer::Decline) {
        if (Status status = transaction->commit(); !status)
            return status.error();
        return http::Response::noContent();
    }
    if (Status status = friends.befriend(record.fromId, record.toId, now); !status)
        return status.error();
    // Unfriending removes this (a trigger of 0006_reposts.sql).
    if (Status status = store::NotificationRepository(db).add({record.fromId, QStringLiteral("friend_accepted"), me, {}, {}, {},
                                                               {}, now});
        !status) {
        return status.error();
    }
    // Each learns of the other as a friend; their older diaries are fetched by the client through
    // /users/{username}/diaries, nothing old is replayed through /changes.
    if (Status status = log.appendAddressed(kFriendKind, record.request.from.username, record.fromId, record.toId, std::nullopt, now);
        !status) {
        return status.error();
    }
    if (Status status = log.appendAddressed(kFriendKind, record.request.to.username, record.toId, record.fromId, std::nullopt, now);
        !status) {
        return status.error();
    }
    Result<std::optional<Friend>> added = friends.findFriend(me, record.fromId);
    if (!added)
        return added.error();
    if (!added->has_value())
        return fail(ErrorCode::Internal, QStringLiteral("the new friendship was not stored"));
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(200, {{QStringLiteral("friend"), (*added)->toJson()}});
}

// Everything of `owner` that `viewer` could only see as a friend is withdrawn from the viewer's cache.
Status withdrawFriendsOnly(const QSqlDatabase &db, store::ChangeLog &log, qint64 owner, qint64 viewer, const QDateTime &now)
{
    Result<QStringList> ids = store::DiaryRepository(db).liveIds(owner, Visibility::Friends);
    if (!ids)
        return ids.error();
    for (const QString &id : std::as_const(*ids)) {
        if (Status status = log.appendAddressed(QStringLiteral("diary"), id, owner, viewer, Visibility::Friends, now); !status)
            return status;
    }
    Result<QStringList> postIds = store::PostRepository(db).liveIds(owner, Visibility::Friends);
    if (!postIds)
        return postIds.error();
    for (const QString &id : std::as_const(*postIds)) {
        if (Status status = log.appendAddressed(QStringLiteral("post"), id, owner, viewer, Visibility::Friends, now); !status)
            return status;
    }
    Result<QStringList> repostIds = store::RepostRepository(db).liveIds(owner, Visibility::Friends);
    if (!repostIds)
        return repostIds.error();
    for (const QString &id : std::as_const(*repostIds)) {
        if (Status status = log.appendAddressed(QStringLiteral("repost"), id, owner, viewer, Visibility::Friends, now); !status)
            return status;
    }
    Result<QStringList> trackIds = store::TrackRepository(db).liveIds(owner, Visibility::Friends);
    if (!trackIds)
        return trackIds.error();
    for (const QString &id : std::as_const(*trackIds)) {
        if (Status status = log.appendAddressed(QStringLiteral("track"), id, owner, viewer, Visibility::Friends, now); !status)
            return status;
    }
    Result<QList<QPair<QString, QString>>> media = store::AlbumRepository(db).friendsOnlyItems(owner);
    if (!media)
        return media.error();
    for (const auto &[kind, id] : std::as_const(*media)) {
        if (Status status = log.appendAddressed(kind, id, owner, viewer, Visibility::Friends, now); !status)
            return status;
    }
    return {};
}

// Groups hold friends only: viewer leaves every group of owner and is told to drop what they saw through them.
Status leaveGroupsOf(const QSqlDatabase &db, qint64 owner, qint64 viewer, const QDateTime &now)
{
    store::GroupRepository groups(db);
    Result<QStringList> memberOf = groups.groupsWithMember(owner, viewer);
    if (!memberOf)
        return memberOf.error();
    if (Status status = addressGroupItems(db, owner, *memberOf, {viewer}, Visibility::Groups, now); !status)
        return status;
    return groups.removeMemberEverywhere(owner, viewer);
}

ApiResult removeFriend(const ApiContext &context, const Call &call)
{
    const QSqlDatabase db = context.db();
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<store::UserRecord>> other = store::UserRepository(db).findByUsername(call.param(QStringLiteral("username")));
    if (!other)
        return other.error();
    const Error notFriends = fail(ErrorCode::NotFound, QStringLiteral("you are not friends"));
    if (!other->has_value())
        return notFriends;
    const qint64 me = call.caller->userId;
    const qint64 them = (*other)->id;
    Result<bool> removed = store::FriendRepository(db).unfriend(me, them);
    if (!removed)
        return removed.error();
    if (!*removed)
        return notFriends;
    store::ChangeLog log(db);
    const QString myName = call.caller->username;
    const QString theirName = (*other)->user.username;
    if (Status status = log.appendAddressed(kFriendKind, theirName, them, me, std::nullopt, now); !status)
        return status.error();
    if (Status status = log.appendAddressed(kFriendKind, myName, me, them, std::nullopt, now); !status)
        return status.error();
    if (Status status = withdrawFriendsOnly(db, log, them, me, now); !status)
        return status.error();
    if (Status status = withdrawFriendsOnly(db, log, me, them, now); !status)
        return status.error();
    if (Status status = leaveGroupsOf(db, them, me, now); !status)
        return status.error();
    if (Status status = leaveGroupsOf(db, me, them, now); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::noContent();
}
} // namespace

void addFriendRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/friends"), Access::SignedIn,
               [context](const Call &call) { return listFriends(context, call); });
    router.add("POST", QStringLiteral("/api/v1/friends/requests"), Access::SignedIn,
               [context](const Call &call) { return sendRequest(context, call); });
    router.add("GET", QStringLiteral("/api/v1/friends/requests"), Access::SignedIn,
               [context](const Call &call) { return listRequests(context, call); });
    router.add("POST", QStringLiteral("/api/v1/friends/requests/{id}/accept"), Access::SignedIn,
               [context](const Call &call) { return answerRequest(context, call, Answer::Accept); });
    router.add("POST", QStringLiteral("/api/v1/friends/requests/{id}/decline"), Access::SignedIn,
               [context](const Call &call) { return answerRequest(context, call, Answer::Decline); });
    router.add("DELETE", QStringLiteral("/api/v1/friends/{username}"), Access::SignedIn,
               [context](const Call &call) { return removeFriend(context, call); });
}

} // namespace kj::server::api
