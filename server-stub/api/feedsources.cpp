#include "server-stub/api/feedsources.h"

#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/postrepository.h"

namespace kj::server::api {

namespace {
// A repository page (items newest first plus a "next" marker) as a feed slice.
template<typename Page>
FeedSlice sliceOf(const Page &page)
{
    FeedSlice slice;
    for (const auto &item : page.items)
        slice.entries.append({item.createdAt.toMSecsSinceEpoch(), item.id, item.toJson()});
    slice.more = page.next.has_value();
    return slice;
}

Result<FeedSlice> diarySlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start, int limit)
{
    Result<store::DiaryPage> page = store::DiaryRepository(db).feed(viewer, start, limit);
    if (!page)
        return page.error();
    return sliceOf(*page);
}

Result<FeedSlice> postSlice(const QSqlDatabase &db, qint64 viewer, const std::optional<FeedStart> &start, int limit)
{
    Result<store::PostPage> page = store::PostRepository(db).feed(viewer, start, limit);
    if (!page)
        return page.error();
    return sliceOf(*page);
}
} // namespace

const QList<FeedSource> &feedSources()
{
    static const QList<FeedSource> sources = {
        {ItemKind::Diary, diarySlice},
        {ItemKind::Post, postSlice},
        {ItemKind::Photo, photoBatchFeedSlice},
        {ItemKind::Repost, repostFeedSlice},
        {ItemKind::Track, trackFeedSlice},
    };
    return sources;
}

} // namespace kj::server::api
