#include "server-stub/store/friendrepository.h"

#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

const QString kRequestSelect = QStringLiteral(
    "SELECT r.id, r.from_user, f.username, f.display_name, r.to_user, t.username, t.display_name, r.created_ms "
    "FROM friend_requests r JOIN users f ON f.id = r.from_user JOIN users t ON t.id = r.to_user WHERE ");
} // namespace

Result<bool> FriendRepository::areFriends(qint64 a, qint64 b)
{
    Query query(m_db, QStringLiteral("SELECT 1 FROM friendships WHERE user_id = ? AND friend_id = ?"));
    query.bind(a).bind(b);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

Result<Relation> FriendRepository::relation(std::optional<qint64> viewer, qint64 owner)
{
    if (!viewer)
        return Relation::Anonymous;
    if (*viewer == owner)
        return Relation::Owner;
    Result<bool> friends = areFriends(*viewer, owner);
    if (!friends)
        return friends.error();
    return *friends ? Relation::Friend : Relation::Stranger;
}

Result<QList<Friend>> FriendRepository::friendsOf(qint64 user)
{
    Query query(m_db, QStringLiteral("SELECT u.username, u.display_name, f.since_ms FROM friendships f "
                                     "JOIN users u ON u.id = f.friend_id WHERE f.user_id = ? ORDER BY u.username"));
    query.bind(user);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Friend> friends;
    while (query.next())
        friends.append(Friend{User{query.text(0), query.text(1), {}}, fromMs(query.int64(2))});
    return friends;
}

Result<std::optional<Friend>> FriendRepository::findFriend(qint64 user, qint64 other)
{
    Query query(m_db, QStringLiteral("SELECT u.username, u.display_name, f.since_ms FROM friendships f "
                                     "JOIN users u ON u.id = f.friend_id WHERE f.user_id = ? AND f.friend_id = ?"));
    query.bind(user).bind(other);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Friend>();
    return std::optional<Friend>(Friend{User{query.text(0), query.text(1), {}}, fromMs(query.int64(2))});
}

Status FriendRepository::befriend(qint64 a, qint64 b, const QDateTime &now)
{
    Result<bool> already = areFriends(a, b);
    if (!already)
        return already.error();
    if (*already)
        return {};
    const QString insert = QStringLiteral("INSERT INTO friendships (user_id, friend_id, since_ms) VALUES (?, ?, ?)");
    if (Status status = execute(m_db, insert, {a, b, now.toMSecsSinceEpoch()}); !status)
        return status;
    return execute(m_db, insert, {b, a, now.toMSecsSinceEpoch()});
}

Result<bool> FriendRepository::unfriend(qint64 a, qint64 b)
{
    Query query(m_db, QStringLiteral("DELETE FROM friendships WHERE (user_id = ? AND friend_id = ?) "
                                     "OR (user_id = ? AND friend_id = ?)"));
    query.bind(a).bind(b).bind(b).bind(a);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() > 0;
}

Status FriendRepository::createRequest(const QString &id, qint64 from, qint64 to, const QDateTime &now)
{
    return execute(m_db, QStringLiteral("INSERT INTO friend_requests (id, from_user, to_user, created_ms) VALUES (?, ?, ?, ?)"),
                   {id, from, to, now.toMSecsSinceEpoch()});
}

Result<QList<FriendRequestRecord>> FriendRepository::requestsWhere(const QString &condition, const QVariantList &values)
{
    Query query(m_db, kRequestSelect + condition + QStringLiteral(" ORDER BY r.created_ms DESC, r.id DESC"));
    for (const QVariant &value : values)
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<FriendRequestRecord> requests;
    while (query.next()) {
        FriendRequestRecord record;
        record.request.id = query.text(0);
        record.fromId = query.int64(1);
        record.request.from = User{query.text(2), query.text(3), {}};
        record.toId = query.int64(4);
        record.request.to = User{query.text(5), query.text(6), {}};
        record.request.createdAt = fromMs(query.int64(7));
        requests.append(record);
    }
    return requests;
}

Result<std::optional<FriendRequestRecord>> FriendRepository::findRequest(const QString &id)
{
    Result<QList<FriendRequestRecord>> found = requestsWhere(QStringLiteral("r.id = ?"), {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<FriendRequestRecord>() : std::optional(found->first());
}

Result<std::optional<FriendRequestRecord>> FriendRepository::findRequestBetween(qint64 from, qint64 to)
{
    Result<QList<FriendRequestRecord>> found = requestsWhere(QStringLiteral("r.from_user = ? AND r.to_user = ?"), {from, to});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<FriendRequestRecord>() : std::optional(found->first());
}

Result<QList<FriendRequestRecord>> FriendRepository::incoming(qint64 user)
{
    return requestsWhere(QStringLiteral("r.to_user = ?"), {user});
}

Result<QList<FriendRequestRecord>> FriendRepository::outgoing(qint64 user)
{
    return requestsWhere(QStringLiteral("r.from_user = ?"), {user});
}

Status FriendRepository::deleteRequest(const QString &id)
{
    return execute(m_db, QStringLiteral("DELETE FROM friend_requests WHERE id = ?"), {id});
}

} // namespace kj::server::store
