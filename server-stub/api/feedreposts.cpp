#include "server-stub/api/feedsources.h"

#include "server-stub/api/itemsnapshot.h"
#include "server-stub/store/repostrepository.h"

namespace kj::server::api {

// Each repost carries its original as the reader sees it (or null), the same as GET /reposts/{id}.
Result<FeedSlice> repostFeedSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start, int limit)
{
    Result<store::RepostPage> page = store::RepostRepository(db).feed(viewer, start, limit);
    if (!page)
        return page.error();
    FeedSlice slice;
    for (const store::RepostRecord &record : std::as_const(page->items)) {
        Result<QJsonObject> json = repostJson(db, viewer, record.repost);
        if (!json)
            return json.error();
        slice.entries.append({record.repost.createdAt.toMSecsSinceEpoch(), record.repost.id, *json});
    }
    slice.more = page->next.has_value();
    return slice;
}

} // namespace kj::server::api
