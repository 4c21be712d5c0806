#pragma once

#include "models/domain/diary.h"
#include "models/domain/friendship.h"
#include "models/domain/space.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace kj::server::store {

//! A user as the server stores it: the wire User plus the internal id, password hash and space summary.
struct UserRecord {
    qint64 id = 0;
    User user;
    QString passwordHash;
    SpaceSummary space;
};

//! A diary row: the wire Diary plus its owner's id and, for a tombstone, when it was deleted.
struct DiaryRecord {
    Diary diary;
    qint64 ownerId = 0;
    QDateTime deletedAt; // invalid unless deleted

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
};

//! A pending friend request with the ids of both sides.
struct FriendRequestRecord {
    FriendRequest request;
    qint64 fromId = 0;
    qint64 toId = 0;
};

//! Where a newest-first page of diaries continues: after (createdAt, id).
struct DiaryKeyset {
    qint64 createdMs = 0;
    QString id;
};

//! Where a newest-first page starts: strictly after the keyset, or (inclusive) at it too. The feed needs
//! the latter when an item of a kind that sorts earlier, with the same time and id, ended the last page.
struct PageStart {
    DiaryKeyset keyset;
    bool inclusive = false;
};

//! One page of diaries, newest first, and where the next one starts (nullopt: no more).
struct DiaryPage {
    QList<Diary> items;
    std::optional<DiaryKeyset> next;
};

} // namespace kj::server::store
