#pragma once

#include "models/domain/diary.h"
#include "models/domain/friendship.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"

#include <QTest>
#include <memory>

// Helpers shared by the item model tests: a store filled only through the store's own API.
namespace kj::tests {

inline kj::User user(const QString &username, const QString &displayName = {})
{
    return kj::User{username, displayName.isEmpty() ? username : displayName, {}};
}

inline std::unique_ptr<kj::store::ClientStore> openStore(const QString &owner = QStringLiteral("me"))
{
    auto store = kj::store::ClientStore::openInMemory(user(owner, QStringLiteral("Me Myself")));
    if (!store) {
        qFatal("in-memory store: %s", qPrintable(store.error().message));
    }
    return std::move(*store);
}

//! A diary as the server would send it, updated `minutesAgo` before a fixed moment.
inline kj::Diary serverDiary(const QString &author, const QString &title, int minutesAgo, const QString &body = {},
                             kj::Visibility visibility = kj::Visibility::Friends)
{
    static const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    kj::Diary diary;
    diary.id = kj::newItemId();
    diary.author = user(author, author.toUpper());
    diary.title = title;
    diary.body = body.isEmpty() ? QStringLiteral("Body of ") + title : body;
    diary.visibility = visibility;
    diary.revision = 1;
    diary.createdAt = base.addSecs(-60 * minutesAgo);
    diary.updatedAt = diary.createdAt;
    return diary;
}

inline void befriend(kj::store::ClientStore &store, const QString &username)
{
    QVERIFY(store.friends().upsertFriend(kj::Friend{user(username, username.toUpper()), QDateTime::currentDateTimeUtc()}));
}

inline void applyServer(kj::store::ClientStore &store, const kj::Diary &diary)
{
    const auto written = store.diaries().applyServerDiary(diary);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

} // namespace kj::tests
