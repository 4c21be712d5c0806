#pragma once

#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! Friendships (stored in both directions) and pending friend requests.
class FriendRepository
{
public:
    explicit FriendRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<bool> areFriends(qint64 a, qint64 b);
    //! How viewer stands to owner (nullopt viewer: anonymous). The audience rule itself is kj::canSee.
    [[nodiscard]] Result<Relation> relation(std::optional<qint64> viewer, qint64 owner);
    //! The friends of a user, by username.
    [[nodiscard]] Result<QList<Friend>> friendsOf(qint64 user);
    //! One friend of user (nullopt if they are not friends).
    [[nodiscard]] Result<std::optional<Friend>> findFriend(qint64 user, qint64 other);
    //! Makes a and b friends since now; a no-op if they are.
    [[nodiscard]] Status befriend(qint64 a, qint64 b, const QDateTime &now);
    //! Ends a friendship in both directions; false if there was none.
    [[nodiscard]] Result<bool> unfriend(qint64 a, qint64 b);

    [[nodiscard]] Status createRequest(const QString &id, qint64 from, qint64 to, const QDateTime &now);
    [[nodiscard]] Result<std::optional<FriendRequestRecord>> findRequest(const QString &id);
    //! The pending request from one user to another, if any.
    [[nodiscard]] Result<std::optional<FriendRequestRecord>> findRequestBetween(qint64 from, qint64 to);
    //! Pending requests to (incoming) or from (outgoing) a user, newest first.
    [[nodiscard]] Result<QList<FriendRequestRecord>> incoming(qint64 user);
    [[nodiscard]] Result<QList<FriendRequestRecord>> outgoing(qint64 user);
    [[nodiscard]] Status deleteRequest(const QString &id);

private:
    Result<QList<FriendRequestRecord>> requestsWhere(const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
