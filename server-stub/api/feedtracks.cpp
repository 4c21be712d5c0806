#include "server-stub/api/feedsources.h"

#include "server-stub/store/trackrepository.h"

namespace kj::server::api {

// New tracks of the viewer and their friends, by the one audience rule (in SQL), as the feed shows them.
Result<FeedSlice> trackFeedSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start, int limit)
{
    const std::optional<store::DiaryKeyset> after = start ? std::optional(start->keyset) : std::nullopt;
    Result<store::TrackPage> page = store::TrackRepository(db).feed(viewer, after, start && start->inclusive, limit);
    if (!page)
        return page.error();
    FeedSlice slice;
    for (const Track &track : std::as_const(page->items))
        slice.entries.append({track.createdAt.toMSecsSinceEpoch(), track.id, track.toJson()});
    slice.more = page->next.has_value();
    return slice;
}

} // namespace kj::server::api
