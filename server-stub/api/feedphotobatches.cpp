#include "server-stub/api/feedsources.h"

#include "server-stub/store/photobatchrepository.h"

namespace kj::server::api {

// A batch shows as its first photo the viewer may see, so likes and comments go to a real item.
Result<FeedSlice> photoBatchFeedSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start, int limit)
{
    Result<store::PhotoBatchPage> page = store::PhotoBatchRepository(db).feed(viewer, start, limit);
    if (!page)
        return page.error();
    FeedSlice slice;
    slice.more = page->more;
    for (const PhotoBatch &batch : std::as_const(page->items)) {
        if (batch.photos.isEmpty())
            continue; // hidden between the two queries
        QJsonObject json = batch.photos.constFirst().toJson();
        json.insert(QStringLiteral("batch"), batch.toJson());
        slice.entries.append({batch.latestAt.toMSecsSinceEpoch(), batch.id, json});
    }
    return slice;
}

} // namespace kj::server::api
