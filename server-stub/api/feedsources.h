#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace kj::server::api {

//! One item of the feed as its source gives it: the keyset it sorts by (newest first by createdMs, then
//! id) and its JSON (carrying "kind" and "id"; the feed adds likes and comments).
struct FeedEntry {
    qint64 createdMs = 0;
    QString id;
    QJsonObject json;
};

//! A source's newest-first slice: at most `limit` entries, and whether it holds more after them.
struct FeedSlice {
    QList<FeedEntry> entries;
    bool more = false;
};

//! Where a source's slice starts: strictly after the keyset, or at it too (inclusive) when the entry the
//! previous page ended on was of a kind that sorts before this one at an equal time and id.
using FeedStart = store::PageStart;

//! One kind's contribution to GET /feed: what the viewer and their friends made of that kind that the
//! viewer may see (by the one audience rule), newest first.
struct FeedSource {
    ItemKind kind = ItemKind::Diary;
    std::function<Result<FeedSlice>(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start,
                                    int limit)>
        slice;
};

//! The kinds the feed carries, in the order they sort at an equal time and id. To bring a new kind into
//! the feed, write a function of FeedSource::slice's shape for it (in a file of its own, declared below)
//! and append one line to the list in feedsources.cpp.
[[nodiscard]] const QList<FeedSource> &feedSources();

//! Photos, one entry per upload batch (feedphotobatches.cpp).
[[nodiscard]] Result<FeedSlice> photoBatchFeedSlice(const QSqlDatabase &db, qint64 viewer,
                                                    const std::optional<FeedStart> &start, int limit);
//! Reposts, each with its original as the viewer may see it (feedreposts.cpp).
[[nodiscard]] Result<FeedSlice> repostFeedSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start,
                                                int limit);
//! New tracks of the viewer and their friends (feedtracks.cpp).
[[nodiscard]] Result<FeedSlice> trackFeedSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start,
                                               int limit);

} // namespace kj::server::api
