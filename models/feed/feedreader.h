#pragma once

#include "models/feed/feedentry.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemtable.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <utility>
#include <optional>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! Reads the friends' feed from the local store one stretch at a time, newest first: my friends' and my
//! diaries (DiaryRepository::feed) merged with the 说说, reposts, photos and tracks of the item cache
//! (ItemRepository::feed), each source read in pages of its own so only what is asked for is read. Photos
//! of one owner and album added within ten minutes of each other become one entry (as the server's feed
//! groups them); photos shown by a 说说 of their owner are left to that 说说. Reactions include my likes and
//! comments not sent yet. A reader started again reads the same entries in the same order.
class FeedReader
{
public:
    //! The kinds of the item cache the feed shows (albums are not in a feed; their photos are).
    static const QStringList kItemKinds;
    //! Photos further apart than this start a new batch.
    static constexpr qint64 kBatchGapMs = 10 * 60 * 1000;
    //! How many of an owner's latest 说说 are searched for the photos they show.
    static constexpr int kPostsSearchedForPhotos = 500;

    //! `expanded`: keys (FeedEntry::key()) of the entries whose comments are read too.
    explicit FeedReader(kj::store::ClientStore &store, QSet<QString> expanded = {});

    //! The next `count` entries (fewer at the end of the feed).
    [[nodiscard]] QList<FeedEntry> next(int count);
    //! Whether every entry has been read.
    [[nodiscard]] bool atEnd();

private:
    template<typename Row>
    struct Source {
        QList<Row> buffer;
        // The last row read from the store's list, (time, id): the next read starts after it.
        std::optional<std::pair<QDateTime, QString>> last;
        bool exhausted = false;
    };

    [[nodiscard]] const kj::store::LocalDiary *peekDiary();
    [[nodiscard]] const kj::store::CachedItem *peekItem();
    [[nodiscard]] std::optional<FeedEntry> takeItem();
    [[nodiscard]] FeedEntry fromDiary(const kj::store::LocalDiary &local);
    [[nodiscard]] FeedEntry fromItem(const kj::store::CachedItem &item);
    void takePhotoBatch(const kj::store::CachedItem &first, FeedEntry &entry);
    void addReactions(FeedEntry &entry, const QJsonObject &json);
    [[nodiscard]] FeedPicture pictureOf(const QString &photoId);
    [[nodiscard]] FeedOriginal originalOf(const kj::store::CachedItem &repost);
    [[nodiscard]] const QSet<QString> &photosInPosts(const QString &owner);
    [[nodiscard]] QString avatarOf(const QString &username);

    kj::store::ClientStore &m_store;
    QSet<QString> m_expanded;
    int m_chunk = 32;
    Source<kj::store::LocalDiary> m_diaries;
    Source<kj::store::CachedItem> m_items;
    QHash<QString, QSet<QString>> m_photosInPosts; // owner -> photo ids their 说说 show
    QHash<QString, QString> m_avatars;             // username -> avatar media id ("" when none)
};

} // namespace kj::models
