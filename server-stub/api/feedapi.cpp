#include "server-stub/api/routes.h"

#include "models/domain/apiversion.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "server-stub/api/feedpagecache.h"
#include "server-stub/api/feedsources.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/paging.h"
#include "server-stub/store/database.h"

// The feed merges what each feed source (feedsources.h) gives, newest first. Its order is (createdAt
// desc, id desc, kind in the order of feedSources()); its cursor names the last item it gave, by all three,
// so the next page starts exactly after it in every source.

namespace kj::server::api {

namespace {
// Where the last item of a page stood: its time, id and kind (as a position in feedSources()).
struct FeedKeyset {
    qint64 createdMs = 0;
    QString id;
    qsizetype rank = 0;
};

struct RankedEntry {
    FeedKeyset key;
    QJsonObject json;
};

bool newerFirst(const RankedEntry &a, const RankedEntry &b)
{
    if (a.key.createdMs != b.key.createdMs)
        return a.key.createdMs > b.key.createdMs;
    if (a.key.id != b.key.id)
        return a.key.id > b.key.id;
    return a.key.rank < b.key.rank;
}

qsizetype rankOf(ItemKind kind)
{
    const QList<FeedSource> &sources = feedSources();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (sources.at(i).kind == kind)
            return i;
    }
    return -1;
}

QString encodeFeedCursor(const FeedKeyset &keyset)
{
    const QByteArray raw = QByteArray::number(keyset.createdMs) + ':' + keyset.id.toLatin1() + ':'
                           + itemKindName(feedSources().at(keyset.rank).kind).toLatin1();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// "<ms>:<id>:<kind>"; the "<ms>:<id>" of feeds before posts existed reads as a diary.
Result<std::optional<FeedKeyset>> feedCursor(const QUrlQuery &query)
{
    const QString text = query.queryItemValue(QStringLiteral("cursor"));
    if (text.isEmpty())
        return std::optional<FeedKeyset>();
    const Error malformed = fail(ErrorCode::BadRequest, QStringLiteral("\"cursor\" is not one this server made"));
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2 && parts.size() != 3)
        return malformed;
    bool ok = false;
    FeedKeyset keyset;
    keyset.createdMs = parts.at(0).toLongLong(&ok);
    keyset.id = QString::fromLatin1(parts.at(1));
    if (!ok || parts.at(0).isEmpty() || !isValidItemId(keyset.id))
        return malformed;
    keyset.rank = rankOf(ItemKind::Diary);
    if (parts.size() == 3) {
        const std::optional<ItemKind> kind = itemKindFromName(QString::fromLatin1(parts.at(2)));
        keyset.rank = kind ? rankOf(*kind) : -1;
        if (keyset.rank < 0)
            return malformed;
    }
    return std::optional(keyset);
}

// Each source gives at most limit items after the cursor plus whether it has more; the merge takes the
// first `limit` of all of them and knows there is more when anything is left over. A source that sorts
// after the cursor's kind at an equal (time, id) starts at that keyset inclusively, the others after it.
ApiResult computeFeed(const ApiContext &context, const Call &call)
{
    Result<int> limit = pageLimit(call.request.query, kDefaultPageSize, kMaxPageSize);
    if (!limit)
        return limit.error();
    Result<std::optional<FeedKeyset>> after = feedCursor(call.request.query);
    if (!after)
        return after.error();
    const QSqlDatabase db = context.db();
    const qint64 viewer = call.caller->userId;

    QList<RankedEntry> entries;
    bool more = false;
    const QList<FeedSource> &sources = feedSources();
    for (qsizetype rank = 0; rank < sources.size(); ++rank) {
        std::optional<FeedStart> start;
        if (*after)
            start = FeedStart{{(*after)->createdMs, (*after)->id}, (*after)->rank < rank};
        Result<FeedSlice> slice = sources.at(rank).slice(db, viewer, start, *limit);
        if (!slice)
            return slice.error();
        more = more || slice->more;
        for (FeedEntry &entry : slice->entries)
            entries.append({{entry.createdMs, entry.id, rank}, std::move(entry.json)});
    }
    std::sort(entries.begin(), entries.end(), newerFirst);
    more = more || entries.size() > *limit;
    if (entries.size() > *limit)
        entries.resize(*limit);

    QList<QJsonObject> items;
    items.reserve(entries.size());
    for (const RankedEntry &entry : std::as_const(entries))
        items.append(entry.json);
    const std::optional<QString> next =
        more && !entries.isEmpty() ? std::optional(encodeFeedCursor(entries.constLast().key)) : std::nullopt;
    return itemPageResponse(db, viewer, items, next);
}

ApiResult feed(const ApiContext &context, const Call &call)
{
    // Read before the page's first query (writeGeneration()'s contract), so a page is never kept as newer than it is.
    const std::optional<store::WriteGeneration> generation =
        context.feedPages ? context.database->writeGeneration() : std::nullopt;
    const qint64 viewer = call.caller->userId;
    const QString query = call.request.query.toString(QUrl::FullyEncoded);
    if (generation) {
        if (std::optional<http::Response> kept = context.feedPages->find(viewer, query, *generation))
            return std::move(*kept);
    }
    ApiResult page = computeFeed(context, call);
    if (generation && page)
        context.feedPages->keep(viewer, query, *generation, *page);
    return page;
}
} // namespace

void addFeedRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/feed"), Access::SignedIn,
               [context](const Call &call) { return feed(context, call); });
}

} // namespace kj::server::api
