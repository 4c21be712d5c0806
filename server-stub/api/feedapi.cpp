#include "server-stub/api/routes.h"

#include "models/domain/apiversion.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "server-stub/api/itemjson.h"
#include "server-stub/api/paging.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/postrepository.h"

// The feed merges diaries and 说说, newest first. Its order is (createdAt desc, id desc, kind), diaries
// before posts when time and id are equal; its cursor names the last item given by all three, so a
// page starts exactly after it in both tables. Each table gives at most limit + 1 items after the
// cursor; the merge takes the first `limit` and knows there is more when anything is left over.

namespace kj::server::api {

namespace {
struct FeedKeyset {
    qint64 createdMs = 0;
    QString id;
    ItemKind kind = ItemKind::Diary;
};

struct FeedEntry {
    FeedKeyset key;
    QJsonObject json;
};

// Where a kind sorts among items with the same time and id.
int rank(ItemKind kind)
{
    return kind == ItemKind::Diary ? 0 : 1;
}

bool newerFirst(const FeedEntry &a, const FeedEntry &b)
{
    if (a.key.createdMs != b.key.createdMs)
        return a.key.createdMs > b.key.createdMs;
    if (a.key.id != b.key.id)
        return a.key.id > b.key.id;
    return rank(a.key.kind) < rank(b.key.kind);
}

QString encodeFeedCursor(const FeedKeyset &keyset)
{
    const QByteArray raw = QByteArray::number(keyset.createdMs) + ':' + keyset.id.toLatin1() + ':'
                           + itemKindName(keyset.kind).toLatin1();
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
    if (parts.size() == 3) {
        const std::optional<ItemKind> kind = itemKindFromName(QString::fromLatin1(parts.at(2)));
        if (!kind || (*kind != ItemKind::Diary && *kind != ItemKind::Post))
            return malformed;
        keyset.kind = *kind;
    }
    return std::optional(keyset);
}

ApiResult feed(const ApiContext &context, const Call &call)
{
    Result<int> limit = pageLimit(call.request.query, kDefaultPageSize, kMaxPageSize);
    if (!limit)
        return limit.error();
    Result<std::optional<FeedKeyset>> after = feedCursor(call.request.query);
    if (!after)
        return after.error();
    const QSqlDatabase db = context.db();
    const qint64 viewer = call.caller->userId;

    // Diaries sort first at a tie, so they always continue strictly after the cursor's (time, id); a
    // post with the cursor's time and id still comes when the cursor names a diary.
    std::optional<store::DiaryKeyset> diariesAfter;
    std::optional<store::PostPageStart> postsAfter;
    if (*after) {
        const store::DiaryKeyset keyset{(*after)->createdMs, (*after)->id};
        diariesAfter = keyset;
        postsAfter = store::PostPageStart{keyset, rank((*after)->kind) < rank(ItemKind::Post)};
    }
    Result<store::DiaryPage> diaries = store::DiaryRepository(db).feed(viewer, diariesAfter, *limit);
    if (!diaries)
        return diaries.error();
    Result<store::PostPage> posts = store::PostRepository(db).feed(viewer, postsAfter, *limit);
    if (!posts)
        return posts.error();

    QList<FeedEntry> entries;
    for (const Diary &diary : std::as_const(diaries->items))
        entries.append({{diary.createdAt.toMSecsSinceEpoch(), diary.id, ItemKind::Diary}, diary.toJson()});
    for (const Post &post : std::as_const(posts->items))
        entries.append({{post.createdAt.toMSecsSinceEpoch(), post.id, ItemKind::Post}, post.toJson()});
    std::sort(entries.begin(), entries.end(), newerFirst);
    // Each source held back its (limit + 1)th item as a "next" marker; either one means more exist.
    const bool more = entries.size() > *limit || diaries->next || posts->next;
    if (entries.size() > *limit)
        entries.resize(*limit);

    QList<QJsonObject> items;
    items.reserve(entries.size());
    for (const FeedEntry &entry : std::as_const(entries))
        items.append(entry.json);
    const std::optional<QString> next =
        more && !entries.isEmpty() ? std::optional(encodeFeedCursor(entries.constLast().key)) : std::nullopt;
    return itemPageResponse(db, viewer, items, next);
}
} // namespace

void addFeedRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/feed"), Access::SignedIn,
               [context](const Call &call) { return feed(context, call); });
}

} // namespace kj::server::api
