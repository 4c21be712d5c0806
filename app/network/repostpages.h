#pragma once

#include "models/domain/comment.h"
#include "models/domain/repost.h"

#include <QList>
#include <QString>

namespace kj::app {

//! A repost as lists and GET /reposts/{id} answer it: the repost (its original as this reader sees it, or
//! none) and its own reactions.
struct RepostItem {
    kj::Repost repost;
    kj::Reactions reactions;
};

//! One page of someone's reposts, newest first; an empty nextCursor means the last page.
struct RepostPage {
    QList<RepostItem> items;
    QString nextCursor;
};

//! Answer to PUT /api/v1/reposts/{id}: the stored repost, and whether the write created it (201).
struct RepostWriteResult {
    kj::Repost repost;
    bool created = false;
};

} // namespace kj::app
