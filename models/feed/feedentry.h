#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kj::models {

//! A picture of a feed entry: a photo on the server (mediaId), or one of mine still waiting to be uploaded
//! (localPath, the file queued here).
struct FeedPicture {
    QString photoId;
    QString mediaId;
    QString localPath;
    int width = 0;
    int height = 0;

    friend bool operator==(const FeedPicture &, const FeedPicture &) = default;
};

//! A comment shown under an expanded feed entry.
struct FeedComment {
    QString id;
    kj::User author;
    QString text;
    QString replyTo; // the comment it answers, empty for a top-level one
    QDateTime createdAt;
    bool pending = false;

    friend bool operator==(const FeedComment &, const FeedComment &) = default;
};

//! What a repost passes on, as far as this device knows it.
struct FeedOriginal {
    bool known = false; // false: deleted, hidden from me, or not cached here
    kj::ItemKind kind = kj::ItemKind::Post;
    QString id;
    kj::User author;
    QString text; // its text, title or caption

    friend bool operator==(const FeedOriginal &, const FeedOriginal &) = default;
};

//! One entry of the friends' feed: a diary, a 说说, a repost, a batch of photos or a track, with its
//! reactions as this device knows them (my likes and comments not sent yet included).
struct FeedEntry {
    kj::ItemKind kind = kj::ItemKind::Post; // a photo batch is kind Photo, named by its first photo
    QString id;                             // the item likes and comments go to
    kj::User author;
    QString avatarMediaId; // the author's avatar, empty when none is known here
    QDateTime time;        // when it happened (the feed's order)
    QString title;         // a diary's or a track's title
    QString text;          // plain text: a 说说, a repost's comment, a photo's caption, a track's artist
    QString markdown;      // a diary's opening, Markdown
    kj::Visibility visibility = kj::Visibility::Private;
    qint64 revision = 0;
    bool pending = false; // a change of mine waits for the server
    bool mine = false;
    QList<FeedPicture> pictures; // at most nine, in the order shown
    int pictureCount = 0;        // all of them (a batch may hold more than nine)
    FeedOriginal original;       // for a repost
    int likeCount = 0;
    bool likedByMe = false;
    int commentCount = 0;
    bool commentsExpanded = false;
    QList<FeedComment> comments; // filled only while expanded, oldest first
    // Changes whenever anything drawn of the entry changes (FeedModel::VersionRole: the delegate's layout and
    // height caches are keyed by it). Worked out once per read (FeedReader), as a view asks for it for every
    // loaded row at each layout.
    QString version;

    static constexpr int kMaxPictures = 9;

    [[nodiscard]] QString key() const { return kj::itemKindName(kind) + QLatin1Char('/') + id; }
    friend bool operator==(const FeedEntry &, const FeedEntry &) = default;
};

} // namespace kj::models

Q_DECLARE_METATYPE(kj::models::FeedPicture)
Q_DECLARE_METATYPE(kj::models::FeedComment)
