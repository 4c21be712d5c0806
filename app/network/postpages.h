#pragma once

#include "models/domain/comment.h"
#include "models/domain/diary.h"
#include "models/domain/itemkind.h"
#include "models/domain/photobatch.h"
#include "models/domain/post.h"
#include "models/domain/repost.h"
#include "models/domain/track.h"

#include <QList>
#include <QString>
#include <variant>

namespace kj::app {

//! A 说说 as lists and GET /posts/{id} answer it: the post and its reactions.
struct PostItem {
    kj::Post post;
    kj::Reactions reactions;
};

//! One page of someone's 说说; an empty nextCursor means the last page.
struct PostPage {
    QList<PostItem> items;
    QString nextCursor;
};

//! Answer to PUT /api/v1/posts/{id}: the stored post, and whether the write created it (201).
struct PostWriteResult {
    kj::Post post;
    bool created = false;
};

//! One entry of the feed: a diary, a 说说, photos uploaded together, a repost or a track, with its
//! reactions (for a photo batch, those of its first photo, which stands for it).
struct FeedItem {
    std::variant<kj::Diary, kj::Post, kj::PhotoBatch, kj::Repost, kj::Track> item;
    kj::Reactions reactions;

    [[nodiscard]] kj::ItemKind kind() const;
    [[nodiscard]] QString id() const;
    [[nodiscard]] const kj::User &author() const;
    [[nodiscard]] QDateTime createdAt() const;
};

//! One page of the feed, newest first; items of kinds this client does not know yet are left out.
struct FeedPage {
    QList<FeedItem> items;
    QString nextCursor;
};

//! One page of an item's comments, oldest first.
struct CommentPage {
    QList<kj::Comment> items;
    QString nextCursor;
};

//! Answer to POST /items/{kind}/{id}/comments: the comment, and whether this call posted it (201) or
//! found it already there (200, a retry).
struct CommentResult {
    kj::Comment comment;
    bool created = false;
};

//! Answer to PUT|DELETE /items/{kind}/{id}/like.
struct LikeState {
    int likeCount = 0;
    bool likedByMe = false;
};

} // namespace kj::app
