#include "app/network/apiclient.h"

#include "app/network/apireply.h"

namespace kj::app {

using namespace apireply;

namespace {
// std::visit with one lambda per alternative.
template<class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

const QString kPostKey = QStringLiteral("post");

kj::Result<PostItem> decodePostItem(const QJsonObject &json, const QString &what)
{
    return decodeWithReactions<PostItem, kj::Post>(json, what);
}

kj::Result<QList<QJsonObject>> itemObjects(const QJsonObject &json, const QString &what)
{
    kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
    const QJsonArray array = reader.array(QStringLiteral("items"));
    if (kj::Status status = reader.finish(); !status)
        return badResponse(what, status.error());
    QList<QJsonObject> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 lists a non-object").arg(what));
        items.append(value.toObject());
    }
    return items;
}

kj::Result<PostPage> decodePostPage(const QJsonObject &json, const QString &what)
{
    return decodePage<PostPage>(json, what, decodePostItem);
}

kj::Result<FeedPage> decodeFeedPage(const QJsonObject &json, const QString &what)
{
    kj::Result<QList<QJsonObject>> objects = itemObjects(json, what);
    if (!objects)
        return objects.error();
    FeedPage page;
    for (const QJsonObject &object : std::as_const(*objects)) {
        const QString kind = object.value(QStringLiteral("kind")).toString();
        kj::Result<kj::Reactions> reactions = decodeOne<kj::Reactions>(object, what);
        if (!reactions)
            return reactions.error();
        if (kind == QLatin1String("diary")) {
            kj::Result<kj::Diary> diary = decodeOne<kj::Diary>(object, what);
            if (!diary)
                return diary.error();
            page.items.append(FeedItem{*diary, *reactions});
        } else if (kind == QLatin1String("post")) {
            kj::Result<kj::Post> post = decodeOne<kj::Post>(object, what);
            if (!post)
                return post.error();
            page.items.append(FeedItem{*post, *reactions});
        } else if (kind == QLatin1String("photo")) {
            kj::Result<kj::PhotoBatch> batch = kj::PhotoBatch::fromJson(object.value(QStringLiteral("batch")).toObject());
            if (!batch)
                return badResponse(what, batch.error());
            page.items.append(FeedItem{*batch, *reactions});
        } else if (kind == QLatin1String("repost")) {
            kj::Result<kj::Repost> repost = decodeOne<kj::Repost>(object, what);
            if (!repost)
                return repost.error();
            page.items.append(FeedItem{*repost, *reactions});
        } else if (kind == QLatin1String("track")) {
            kj::Result<kj::Track> track = decodeOne<kj::Track>(object, what);
            if (!track)
                return track.error();
            page.items.append(FeedItem{*track, *reactions});
        }
        // Other kinds come from a newer server: this client skips what it cannot show.
    }
    kj::Result<QString> next = nextCursor(json, what);
    if (!next)
        return next.error();
    page.nextCursor = *next;
    return page;
}

kj::Result<LikeState> decodeLikeState(const QJsonObject &json)
{
    kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
    LikeState state;
    state.likeCount = int(reader.integer(QStringLiteral("likeCount")));
    state.likedByMe = reader.boolean(QStringLiteral("likedByMe"));
    if (kj::Status status = reader.finish(); !status)
        return badResponse(QStringLiteral("a like"), status.error());
    return state;
}

QString itemPath(kj::ItemKind kind, const QString &itemId, const QString &tail)
{
    return api(QStringLiteral("/items/") + kj::itemKindName(kind) + u'/' + pathPart(itemId) + tail);
}
} // namespace

kj::ItemKind FeedItem::kind() const
{
    return std::visit(overloaded{[](const kj::Diary &) { return kj::ItemKind::Diary; },
                                 [](const kj::Post &) { return kj::ItemKind::Post; },
                                 [](const kj::PhotoBatch &) { return kj::ItemKind::Photo; },
                                 [](const kj::Repost &) { return kj::ItemKind::Repost; },
                                 [](const kj::Track &) { return kj::ItemKind::Track; }},
                      item);
}

// A batch stands for its first photo: the one the server gave the entry's id and reactions.
QString FeedItem::id() const
{
    return std::visit(overloaded{[](const kj::PhotoBatch &batch) { return batch.photos.constFirst().id; },
                                 [](const auto &value) { return value.id; }},
                      item);
}

const kj::User &FeedItem::author() const
{
    return std::visit(overloaded{[](const kj::PhotoBatch &batch) -> const kj::User & { return batch.photos.constFirst().owner; },
                                 [](const kj::Track &track) -> const kj::User & { return track.owner; },
                                 [](const auto &value) -> const kj::User & { return value.author; }},
                      item);
}

QDateTime FeedItem::createdAt() const
{
    return std::visit(overloaded{[](const kj::PhotoBatch &batch) { return batch.latestAt; },
                                 [](const auto &value) { return value.createdAt; }},
                      item);
}

void ApiClient::feed(const QString &cursor, int limit, const QObject *context, Callback<FeedPage> done)
{
    send("GET", api(QStringLiteral("/feed")), pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<FeedPage>(std::move(done), [](const QJsonObject &json) {
             return decodeFeedPage(json, QStringLiteral("the feed"));
         }));
}

void ApiClient::putPost(const QString &id, const kj::PostWrite &write, const QObject *context,
                        Callback<PostWriteResult> done)
{
    send("PUT", api(QStringLiteral("/posts/") + pathPart(id)), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::Post> post = decodeOne<kj::Post>(unwrap(*raw, kPostKey), QStringLiteral("a post write"));
             if (!post) {
                 done(post.error());
                 return;
             }
             done(PostWriteResult{*post, status == 201});
         });
}

void ApiClient::post(const QString &id, const QObject *context, Callback<PostItem> done)
{
    send("GET", api(QStringLiteral("/posts/") + pathPart(id)), {}, std::nullopt, context,
         typed<PostItem>(std::move(done), [](const QJsonObject &json) {
             return decodePostItem(unwrap(json, kPostKey), QStringLiteral("a post request"));
         }));
}

void ApiClient::deletePost(const QString &id, const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/posts/") + pathPart(id)), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::userPosts(const QString &username, const QString &cursor, int limit, const QObject *context,
                          Callback<PostPage> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/posts")),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<PostPage>(std::move(done), [](const QJsonObject &json) {
             return decodePostPage(json, QStringLiteral("a post list"));
         }));
}

void ApiClient::comments(kj::ItemKind kind, const QString &itemId, const QString &cursor, int limit,
                         const QObject *context, Callback<CommentPage> done)
{
    send("GET", itemPath(kind, itemId, QStringLiteral("/comments")), pageQuery(QStringLiteral("cursor"), cursor, limit),
         std::nullopt, context, typed<CommentPage>(std::move(done), [](const QJsonObject &json) -> kj::Result<CommentPage> {
             const QString what = QStringLiteral("a comment list");
             kj::Result<QList<kj::Comment>> items = decodeList<kj::Comment>(json, QStringLiteral("items"), what);
             if (!items)
                 return items.error();
             kj::Result<QString> next = nextCursor(json, what);
             if (!next)
                 return next.error();
             return CommentPage{*items, *next};
         }));
}

void ApiClient::postComment(kj::ItemKind kind, const QString &itemId, const kj::CommentWrite &write,
                            const QObject *context, Callback<CommentResult> done)
{
    send("POST", itemPath(kind, itemId, QStringLiteral("/comments")), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::Comment> comment =
                 decodeOne<kj::Comment>(unwrap(*raw, QStringLiteral("comment")), QStringLiteral("a comment"));
             if (!comment) {
                 done(comment.error());
                 return;
             }
             done(CommentResult{*comment, status == 201});
         });
}

void ApiClient::deleteComment(const QString &commentId, const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/comments/") + pathPart(commentId)), {}, std::nullopt, context,
         noContent(std::move(done)));
}

void ApiClient::setLiked(kj::ItemKind kind, const QString &itemId, bool liked, const QObject *context,
                         Callback<LikeState> done)
{
    send(liked ? QByteArrayLiteral("PUT") : QByteArrayLiteral("DELETE"), itemPath(kind, itemId, QStringLiteral("/like")), {},
         std::nullopt, context, typed<LikeState>(std::move(done), decodeLikeState));
}

} // namespace kj::app
