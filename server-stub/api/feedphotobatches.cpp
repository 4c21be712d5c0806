#include "server-stub/api/feedsources.h"

#include "models/domain/timestamp.h"
#include "server-stub/store/photobatchrepository.h"

#include <QJsonArray>
#include <QTimeZone>

namespace kj::server::api {

// A batch shows as its first photo the viewer may see (so likes and comments go to a real item), with
// "batch": {"id", "photoCount", "latestAt", "photos": [the first nine]}.
Result<FeedSlice> photoBatchFeedSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start, int limit)
{
    Result<store::PhotoBatchPage> page = store::PhotoBatchRepository(db).feed(viewer, start, limit);
    if (!page)
        return page.error();
    FeedSlice slice;
    slice.more = page->more;
    for (const store::PhotoBatch &batch : std::as_const(page->items)) {
        if (batch.photos.isEmpty())
            continue; // hidden between the two queries
        QJsonArray photos;
        for (const Photo &photo : batch.photos)
            photos.append(photo.toJson());
        QJsonObject json = batch.photos.constFirst().toJson();
        json.insert(QStringLiteral("batch"),
                    QJsonObject{{QStringLiteral("id"), batch.id},
                                {QStringLiteral("photoCount"), batch.photoCount},
                                {QStringLiteral("latestAt"), toRfc3339(QDateTime::fromMSecsSinceEpoch(batch.latestMs, QTimeZone::utc()))},
                                {QStringLiteral("photos"), photos}});
        slice.entries.append({batch.latestMs, batch.id, json});
    }
    return slice;
}

} // namespace kj::server::api
