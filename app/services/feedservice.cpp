#include "app/services/feedservice.h"

#include "app/clientsession.h"
#include "app/media/mediafetcher.h"
#include "app/media/uploadqueue.h"
#include "app/services/myitems.h"
#include "models/domain/album.h"
#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/domain/post.h"
#include "models/domain/repost.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "models/store/mediacache.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <memory>

namespace kj::app {

namespace {

//! An answer page's worth of comments, and the most an expanded entry reads.
constexpr int kCommentPage = 100;

kj::User me(ClientSession &session)
{
    kj::User user = session.account().user;
    user.createdAt = QDateTime();
    return user;
}

} // namespace

FeedService::FeedService(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::make_unique<kj::store::MediaCache>(session.store(), MediaFetcher::cacheFolder(session.store())))
    , m_fetcher(std::make_unique<MediaFetcher>(*m_cache, session.api()))
{
}

FeedService::~FeedService()
{
    m_pool.waitForDone();
}

void FeedService::preparePhotos(const QStringList &paths, const QObject *context,
                                std::function<void(const PhotoImportScan &)> done)
{
    QPointer<const QObject> guard(context);
    m_pool.start([this, paths, guard, done = std::move(done)] {
        PhotoImportScan scan = scanPhotoFiles(paths);
        QMetaObject::invokeMethod(this, [guard, done, scan = std::move(scan)] {
            if (guard)
                done(scan);
        }, Qt::QueuedConnection);
    });
}

void FeedService::adjustCachedReactions(kj::ItemKind kind, const QString &itemId,
                                        const std::function<void(QJsonObject &)> &change)
{
    if (kind == kj::ItemKind::Diary)
        return; // diaries keep no reactions here
    kj::store::ItemRepository items(m_session.store());
    const QString kindName = kj::itemKindName(kind);
    const std::optional<kj::store::CachedItem> item = items.find(kindName, itemId);
    if (!item || item->pending)
        return; // a change of mine is queued: the pending like or comment shows through the overlay
    QJsonObject json = item->json;
    change(json);
    // The server's copy with the reactions it will have once the queued change is sent; the next pull of the
    // item replaces it. Failing here loses nothing: the queued change is already saved.
    (void)items.applyServerItem(kindName, json, item->parentKind, item->parentId);
}

kj::Status FeedService::setLiked(kj::ItemKind kind, const QString &itemId, bool liked)
{
    return m_session.store().transaction([&]() -> kj::Status {
        if (kj::Status saved = kj::store::LikeRepository(m_session.store()).setLiked(kind, itemId, liked); !saved)
            return saved;
        adjustCachedReactions(kind, itemId, [liked](QJsonObject &json) {
            const bool was = json.value(QStringLiteral("likedByMe")).toBool();
            if (was == liked)
                return;
            json.insert(QStringLiteral("likedByMe"), liked);
            json.insert(QStringLiteral("likeCount"), std::max(0, json.value(QStringLiteral("likeCount")).toInt() + (liked ? 1 : -1)));
        });
        return {};
    });
}

kj::Result<kj::Comment> FeedService::addComment(kj::ItemKind kind, const QString &itemId, const QString &text,
                                                const std::optional<QString> &replyTo)
{
    if (text.trimmed().isEmpty())
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the comment is empty"));
    if (kj::characterCount(text) > kj::Comment::kMaxTextLength) {
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the comment has %1 characters; at most %2 fit")
                                                         .arg(kj::characterCount(text))
                                                         .arg(kj::Comment::kMaxTextLength));
    }
    std::optional<kj::Comment> saved;
    const kj::Status status = m_session.store().transaction([&]() -> kj::Status {
        kj::Result<kj::Comment> comment = kj::store::CommentRepository(m_session.store()).addMine(kind, itemId, text, replyTo);
        if (!comment)
            return comment.error();
        saved = *comment;
        adjustCachedReactions(kind, itemId, [](QJsonObject &json) {
            json.insert(QStringLiteral("commentCount"), json.value(QStringLiteral("commentCount")).toInt() + 1);
        });
        return {};
    });
    if (!status)
        return status.error();
    return *saved;
}

kj::Result<QString> FeedService::repost(kj::ItemKind kind, const QString &itemId, const QString &comment,
                                        const kj::Audience &audience)
{
    kj::Repost repost;
    repost.id = kj::newItemId();
    repost.author = me(m_session);
    repost.itemKind = kind;
    repost.itemId = itemId;
    repost.comment = comment;
    repost.visibility = audience.visibility;
    repost.groups = audience.groups;
    repost.createdAt = kj::nowUtc();
    repost.updatedAt = repost.createdAt;
    kj::Result<kj::store::CachedItem> saved =
        saveMyItem(m_session, QStringLiteral("repost"), repost.toJson(), 0, checkWith<kj::RepostWrite>);
    if (!saved)
        return saved.error();
    return repost.id;
}

kj::Result<QString> FeedService::statusAlbumId(const kj::Audience &)
{
    kj::store::ItemRepository items(m_session.store());
    const QString mine = m_session.account().user.username;
    for (const kj::store::CachedItem &album : items.listByOwner(QStringLiteral("album"), mine)) {
        if (album.json.value(QStringLiteral("title")).toString() == kStatusAlbumTitle)
            return album.id;
    }
    kj::Album album;
    album.id = kj::newItemId();
    album.owner = me(m_session);
    album.title = kStatusAlbumTitle;
    // Each photo keeps the audience of its 说说; the album itself hides none of them.
    album.visibility = kj::Visibility::Public;
    album.createdAt = kj::nowUtc();
    album.updatedAt = album.createdAt;
    kj::Result<kj::store::CachedItem> saved = saveMyItem(m_session, QStringLiteral("album"), album.toJson(), 0, checkWith<kj::AlbumWrite>);
    if (!saved)
        return saved.error();
    return album.id;
}

kj::Result<QString> FeedService::postStatus(const QString &text, const kj::Audience &audience, const QStringList &photoPaths)
{
    if (text.trimmed().isEmpty())
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the 说说 is empty"));
    if (photoPaths.size() > kj::Post::kMaxPhotos) {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a 说说 shows at most %1 photos; %2 were chosen").arg(kj::Post::kMaxPhotos).arg(photoPaths.size()));
    }
    const PhotoImportScan scan = scanPhotoFiles(photoPaths);
    if (!scan.refused.isEmpty()) {
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("%1 is not a picture the server takes")
                                                         .arg(QFileInfo(scan.refused.first().path).fileName()));
    }
    return postStatus(text, audience, scan.files);
}

kj::Result<QString> FeedService::postStatus(const QString &text, const kj::Audience &audience,
                                            const QList<PhotoImportFile> &photos)
{
    if (text.trimmed().isEmpty())
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the 说说 is empty"));
    if (photos.size() > kj::Post::kMaxPhotos) {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a 说说 shows at most %1 photos; %2 were chosen").arg(kj::Post::kMaxPhotos).arg(photos.size()));
    }
    kj::Post post;
    post.id = kj::newItemId();
    post.author = me(m_session);
    post.text = text;
    post.visibility = audience.visibility;
    post.groups = audience.groups;
    post.createdAt = kj::nowUtc();
    post.updatedAt = post.createdAt;
    // The photos are queued before the 说说 that names them, so the sync sends them first.
    const kj::Status status = m_session.store().transaction([&]() -> kj::Status {
        if (!photos.isEmpty()) {
            kj::Result<QString> album = statusAlbumId(audience);
            if (!album)
                return album.error();
            UploadQueue queue(m_session.store());
            for (const PhotoImportFile &file : photos) {
                kj::PhotoWrite write;
                write.albumId = *album;
                write.visibility = audience.visibility;
                write.groups = audience.groups;
                kj::Result<QString> photo = queue.queuePhoto(file.path, write, file.digest, file.modifiedAt);
                if (!photo) {
                    return kj::fail(photo.error().code,
                                    QStringLiteral("%1: %2").arg(QFileInfo(file.path).fileName(), photo.error().message));
                }
                post.photoIds.append(*photo);
            }
        }
        kj::Result<kj::store::CachedItem> saved = saveMyItem(m_session, QStringLiteral("post"), post.toJson(), 0, checkWith<kj::PostWrite>);
        if (!saved)
            return saved.error();
        return {};
    });
    if (!status)
        return status.error();
    return post.id;
}

void FeedService::refreshComments(kj::ItemKind kind, const QString &itemId, std::function<void(const kj::Status &)> done)
{
    m_session.api().comments(kind, itemId, QString(), kCommentPage, this,
                             [this, kind, itemId, done = std::move(done)](kj::Result<CommentPage> page) {
                                 kj::Status status = page ? kj::store::CommentRepository(m_session.store())
                                                                .replaceFetched(kind, itemId, page->items)
                                                          : kj::Status(page.error());
                                 if (done)
                                     done(status);
                             });
}

void FeedService::fetchPicture(const QString &mediaId, kj::MediaSize size, const QObject *context,
                               std::function<void(kj::Result<QByteArray>)> done)
{
    m_fetcher->fetch(mediaId, size, context, [done = std::move(done)](kj::Result<FetchedMedia> fetched) {
        if (!fetched)
            done(fetched.error());
        else
            done(fetched->media.bytes);
    });
}

} // namespace kj::app
