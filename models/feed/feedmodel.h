#pragma once

#include "models/domain/diary.h"
#include "models/feed/feedentry.h"
#include "models/keyedlistmodel.h"

#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

class FeedReader;

//! The friends' feed as kept locally (FeedReader): diaries, 说说, reposts, photo batches and tracks of my
//! friends and mine, newest first, with their reactions. Read one page at a time (canFetchMore/fetchMore),
//! so a cache of 100,000 items costs only what is scrolled to. Follows the store's change signals (coalesced
//! into one reload per turn of the event loop) with row moves, inserts and removals, keeping every row
//! loaded. An entry's comments are read once it is expanded (setCommentsExpanded).
class FeedModel : public KeyedListModel<FeedEntry>
{
    Q_OBJECT

public:
    //! Numbered as PagedDiaryModel's roles where they mean the same (id, title, excerpt, lead, visibility,
    //! revision, pending, author, mine), so code reading a diary list reads the feed's diaries alike.
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,             // a diary's or track's title
        TextRole,              // plain text: a 说说, a repost's comment, a caption, a track's artist, a diary's excerpt
        ExcerptRole,           // a diary's opening, plain text
        LeadRole,              // a diary's opening, Markdown
        VisibilityRole,        // int(kj::Visibility)
        TimeRole,              // QDateTime, UTC: the feed's order
        KindRole,              // QString: "diary", "post", "repost", "photo", "track"
        RevisionRole,          // qint64: last server revision known (0: never reached the server)
        PendingRole,           // bool: a change of mine waits for the server
        AuthorUsernameRole,
        AuthorDisplayNameRole,
        IsMineRole,
        KeyRole,               // QString: kind/id, unique in the feed
        AvatarMediaIdRole,     // QString, empty when no avatar is known
        PicturesRole,          // QVariantList of FeedPicture (at most 9)
        PictureCountRole,      // int: all pictures (a batch may hold more than 9)
        OriginalKindRole,      // a repost's original: QString kind, empty when it is not known here
        OriginalIdRole,
        OriginalAuthorRole,    // display name
        OriginalTextRole,
        LikeCountRole,
        LikedByMeRole,
        CommentCountRole,
        CommentsExpandedRole,  // bool
        CommentsRole,          // QVariantList of FeedComment, while expanded
        VersionRole,           // QString: changes whenever anything drawn of the entry changes (layout caches)
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 40;
    //! The most entries one fetchMore() reads, whatever is loaded already.
    static constexpr int kMaxFetch = 1000;

    explicit FeedModel(kj::store::ClientStore &store, QObject *parent = nullptr);
    ~FeedModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Entries read at least per fetchMore(): once more are loaded, a quarter of them (at most kMaxFetch), so
    //! a view's relayout after each page stays rare in a long list. At least that many on a reload. Setting it
    //! reads the feed again.
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    //! The entry at `row`, if any.
    [[nodiscard]] std::optional<FeedEntry> entryAt(int row) const;
    //! The diary shown at `row` as kept here (nullopt when the row is not a diary).
    [[nodiscard]] std::optional<kj::Diary> diaryAt(int row) const;
    //! The row of the entry with `key` (FeedEntry::key()), -1 when it is not loaded.
    [[nodiscard]] int rowOfKey(const QString &key) const;

    //! Shows (or hides) the comments of the entry at `row`; the row is read again at once.
    void setCommentsExpanded(int row, bool expanded);
    [[nodiscard]] bool commentsExpanded(int row) const;

public Q_SLOTS:
    //! Reads the loaded rows again from the store (the store's change signals call it, coalesced).
    void reload();

private:
    void scheduleReload();

    kj::store::ClientStore &m_store;
    std::unique_ptr<FeedReader> m_reader; // where the next page starts
    QSet<QString> m_expanded;
    int m_pageSize = kDefaultPageSize;
    QTimer m_reloadTimer;
};

} // namespace kj::models
