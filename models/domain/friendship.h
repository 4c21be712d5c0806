#pragma once

#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QJsonObject>

namespace kj {

//! A pending friend request. On the wire: {"id", "from": {user}, "to": {user}, "createdAt"}.
//! Its id is made by the server.
struct FriendRequest {
    QString id;
    User from;
    User to;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<FriendRequest> fromJson(const QJsonObject &json);
};

//! A friend of the caller. On the wire: {"username", "displayName", "since"}.
struct Friend {
    User user;
    QDateTime since;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Friend> fromJson(const QJsonObject &json);
};

} // namespace kj
