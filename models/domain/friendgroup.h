#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace kj {

//! One of my friend groups (好友分组): a name and some of my friends, an audience items can name
//! (Visibility::Groups). Only its owner ever sees it. The client makes its id (a UUID).
//! On the wire: {"id", "name", "members": [usernames, sorted], "createdAt", "updatedAt"}.
struct FriendGroup {
    static constexpr int kMaxNameLength = 40;
    static constexpr int kMaxMembers = 500;

    QString id;
    QString name;
    QStringList members; // usernames, sorted
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<FriendGroup> fromJson(const QJsonObject &json);
    friend bool operator==(const FriendGroup &, const FriendGroup &) = default;
};

//! Body of PUT /api/v1/me/groups/{id}: {name (1 to 40 characters, not blank), members: [usernames]}
//! (distinct, at most 500). Creates the group or replaces its name and members.
struct FriendGroupWrite {
    QString name;
    QStringList members; // sorted

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<FriendGroupWrite> fromRequest(const QJsonObject &json);
};

} // namespace kj
