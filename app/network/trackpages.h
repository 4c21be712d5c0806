#pragma once

#include "models/domain/comment.h"
#include "models/domain/track.h"

#include <QList>
#include <QString>

namespace kj::app {

//! A track as lists and GET /tracks/{id} answer it: the track and its reactions.
struct TrackItem {
    kj::Track track;
    kj::Reactions reactions;
};

//! One page of someone's tracks, newest first; an empty nextCursor means the last page.
struct TrackPage {
    QList<TrackItem> items;
    QString nextCursor;
};

//! Answer to PUT /api/v1/tracks/{id}: the stored track, and whether the write created it (201).
struct TrackWriteResult {
    kj::Track track;
    bool created = false;
};

} // namespace kj::app
