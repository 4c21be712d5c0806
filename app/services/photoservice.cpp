#include "app/services/photoservice.h"

#include "app/clientsession.h"
#include "app/media/mediafetcher.h"
#include "app/services/myitems.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "models/domain/timestamp.h"
#include "models/photos/cachedmedia.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "models/store/mediacache.h"

#include <QThreadPool>

// Reads go through the local cache (albums and photos as the server showed them, and my changes not sent yet);
// the server is asked only to refresh that cache. Writes go into the store with their outbox entry and the
// sync sends them.

namespace kj::app {

namespace {
const QString kAlbum = QStringLiteral("album");
const QString kPhoto = QStringLiteral("photo");
constexpr int kPageSize = 100;
} // namespace

PhotoService::PhotoService(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::make_unique<kj::store::MediaCache>(session.store(), MediaFetcher::cacheFolder(session.store())))
    , m_fetcher(std::make_unique<MediaFetcher>(*m_cache, session.api()))
{
    qRegisterMetaType<kj::app::PhotoImportReport>();
    UploadPusher &uploads = m_session.sync().uploads();
    connect(&uploads, &UploadPusher::fileProgress, this,
            [this](const QString &itemId, const QString &, qint64 sent, qint64 total) { Q_EMIT fileProgress(itemId, sent, total); });
    connect(&uploads, &UploadPusher::overallProgress, this, &PhotoService::overallProgress);
    connect(&uploads, &UploadPusher::uploaded, this, [this](const QString &kind, const QString &, const QJsonObject &item) {
        if (kind == UploadQueue::kPhotoKind)
            (void)kj::store::ItemRepository(m_session.store()).applyServerItem(kPhoto, item);
        Q_EMIT uploadsChanged();
        Q_EMIT itemsChanged();
    });
    connect(&m_session.store(), &kj::store::ClientStore::outboxChanged, this, &PhotoService::uploadsChanged);
    connect(&m_session.store(), &kj::store::ClientStore::itemsChanged, this, &PhotoService::itemsChanged);
    connect(&m_session.sync(), &SyncEngine::finished, this, [this] {
        Q_EMIT uploadsChanged();
        Q_EMIT itemsChanged();
    });
}

PhotoService::~PhotoService()
{
    m_pool.waitForDone();
}

QString PhotoService::myUsername() const
{
    return m_session.account().user.username;
}

void PhotoService::changed()
{
    Q_EMIT itemsChanged();
    m_session.sync().scheduleSoon();
}

kj::Result<kj::Album> PhotoService::saveAlbum(kj::Album album)
{
    qint64 revision = 0;
    QJsonObject json;
    if (album.id.isEmpty()) {
        album.id = kj::newItemId();
        album.owner = m_session.account().user;
        album.owner.createdAt = QDateTime();
        album.createdAt = kj::nowUtc();
        album.updatedAt = album.createdAt;
        json = album.toJson();
    } else {
        const std::optional<kj::store::CachedItem> old = kj::store::ItemRepository(m_session.store()).find(kAlbum, album.id);
        if (!old)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no album %1 here").arg(album.id));
        revision = old->revision;
        json = old->json;
        // Only what the user edits; the rest stays as the server has it.
        const QJsonObject edited = album.toJson();
        for (const QString &key : {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("visibility"),
                                   QStringLiteral("groups")}) {
            if (edited.contains(key))
                json.insert(key, edited.value(key));
            else
                json.remove(key);
        }
    }
    kj::Result<kj::store::CachedItem> saved = saveMyItem(m_session, kAlbum, json, revision, checkWith<kj::AlbumWrite>);
    if (!saved)
        return saved.error();
    changed();
    const std::optional<kj::Album> stored = kj::models::cachedAlbum(saved->json);
    return stored ? *stored : album;
}

bool PhotoService::canDeleteAlbum(const QString &albumId) const
{
    const std::optional<kj::store::CachedItem> item = kj::store::ItemRepository(m_session.store()).find(kAlbum, albumId);
    return item && item->owner == myUsername() && item->revision == 0;
}

kj::Status PhotoService::deleteAlbum(const QString &albumId)
{
    if (!canDeleteAlbum(albumId)) {
        return kj::fail(kj::ErrorCode::Forbidden,
                        QStringLiteral("only an album that has not reached the server yet can be deleted"));
    }
    kj::Status deleted = kj::store::ItemRepository(m_session.store()).deleteMine(kAlbum, albumId);
    if (deleted)
        changed();
    return deleted;
}

std::optional<kj::Album> PhotoService::album(const QString &albumId) const
{
    const std::optional<kj::store::CachedItem> item = kj::store::ItemRepository(m_session.store()).find(kAlbum, albumId);
    if (!item)
        return std::nullopt;
    return kj::models::cachedAlbum(item->json);
}

kj::Status PhotoService::setCaption(const QString &photoId, const QString &caption)
{
    const std::optional<kj::store::CachedItem> old = kj::store::ItemRepository(m_session.store()).find(kPhoto, photoId);
    if (!old)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no photo %1 here").arg(photoId));
    if (old->owner != myUsername())
        return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("only the owner of a photo can change its caption"));
    QJsonObject json = old->json;
    json.insert(QStringLiteral("caption"), caption);
    kj::Result<kj::store::CachedItem> saved = saveMyItem(m_session, kPhoto, json, old->revision, checkWith<kj::PhotoWrite>);
    if (!saved)
        return saved.error();
    changed();
    return {};
}

// --- uploads ---

void PhotoService::importPaths(const QStringList &paths, const QString &albumId, const kj::Audience &audience)
{
    ++m_importsRunning;
    // The files are read (checked, hashed) on a worker of this service (the destructor waits for it); the
    // store is written here, on its own thread.
    m_pool.start([this, paths, albumId, audience] {
        PhotoImportScan scan = scanPhotoFiles(paths);
        QMetaObject::invokeMethod(this, [this, scan = std::move(scan), albumId, audience] {
            PhotoService *self = this;
            PhotoImportReport report;
            report.albumId = albumId;
            report.refused = scan.refused;
            kj::PhotoWrite write;
            write.albumId = albumId;
            write.visibility = audience.visibility;
            write.groups = audience.groups;
            UploadQueue queue(self->m_session.store());
            for (const PhotoImportFile &file : scan.files) {
                kj::Result<QString> id = queue.queuePhoto(file.path, write, file.digest, file.modifiedAt);
                if (!id) {
                    report.refused.append({file.path, RefusedFile::Reason::Unreadable});
                    continue;
                }
                report.queued.append(*id);
            }
            --self->m_importsRunning;
            if (!report.queued.isEmpty()) {
                Q_EMIT self->uploadsChanged();
                self->m_session.sync().syncNow();
            }
            Q_EMIT self->importFinished(report);
        }, Qt::QueuedConnection);
    });
}

QList<UploadQueue::Entry> PhotoService::uploads() const
{
    QList<UploadQueue::Entry> entries = UploadQueue(m_session.store()).entries();
    const QString current = m_session.sync().uploads().currentItemId();
    for (UploadQueue::Entry &entry : entries)
        entry.inFlight = !current.isEmpty() && entry.upload.id == current;
    return entries;
}

kj::Status PhotoService::pauseUpload(const QString &itemId)
{
    kj::Status paused = m_session.sync().uploads().pause(itemId);
    Q_EMIT uploadsChanged();
    return paused;
}

kj::Status PhotoService::resumeUpload(const QString &itemId)
{
    kj::Status resumed = m_session.sync().uploads().resume(itemId);
    Q_EMIT uploadsChanged();
    if (resumed)
        m_session.sync().syncNow();
    return resumed;
}

kj::Status PhotoService::cancelUpload(const QString &itemId)
{
    kj::Status cancelled = m_session.sync().uploads().cancel(itemId);
    Q_EMIT uploadsChanged();
    return cancelled;
}

kj::Status PhotoService::pauseAll()
{
    kj::Status status;
    for (const UploadQueue::Entry &entry : UploadQueue(m_session.store()).entries()) {
        if (!entry.paused)
            if (kj::Status paused = m_session.sync().uploads().pause(entry.upload.id); !paused && status)
                status = paused;
    }
    Q_EMIT uploadsChanged();
    return status;
}

kj::Status PhotoService::resumeAll()
{
    kj::Status status;
    for (const UploadQueue::Entry &entry : UploadQueue(m_session.store()).entries()) {
        if (entry.paused)
            if (kj::Status resumed = m_session.sync().uploads().resume(entry.upload.id); !resumed && status)
                status = resumed;
    }
    Q_EMIT uploadsChanged();
    m_session.sync().syncNow();
    return status;
}

kj::Status PhotoService::cancelAll()
{
    kj::Status status;
    for (const UploadQueue::Entry &entry : UploadQueue(m_session.store()).entries()) {
        if (kj::Status cancelled = m_session.sync().uploads().cancel(entry.upload.id); !cancelled && status)
            status = cancelled;
    }
    Q_EMIT uploadsChanged();
    return status;
}

// --- reading ---

void PhotoService::fetchMedia(const QString &mediaId, kj::MediaSize size, const QObject *context, MediaCallback done)
{
    m_fetcher->fetch(mediaId, size, context, [done = std::move(done)](kj::Result<FetchedMedia> fetched) {
        if (!fetched) {
            done(fetched.error());
            return;
        }
        done(fetched->media.bytes);
    });
}

void PhotoService::refreshAlbums(const QString &username)
{
    fetchAlbumsPage(username, QString());
}

void PhotoService::fetchAlbumsPage(const QString &username, const QString &cursor)
{
    m_session.api().userAlbums(username, cursor, kPageSize, this, [this, username](kj::Result<AlbumPage> page) {
        if (!page) {
            Q_EMIT refreshFailed(page.error());
            return;
        }
        kj::store::ItemRepository items(m_session.store());
        (void)m_session.store().transaction([&]() -> kj::Status {
            for (const kj::Album &album : std::as_const(page->items))
                (void)items.applyServerItem(kAlbum, album.toJson());
            return {};
        });
        Q_EMIT itemsChanged();
        if (!page->nextCursor.isEmpty() && !page->items.isEmpty())
            fetchAlbumsPage(username, page->nextCursor);
    });
}

void PhotoService::refreshAlbumPhotos(const QString &albumId)
{
    fetchPhotosPage(albumId, QString());
}

void PhotoService::fetchPhotosPage(const QString &albumId, const QString &cursor)
{
    m_session.api().albumPhotos(albumId, cursor, kPageSize, this,
                                 [this, albumId, first = cursor.isEmpty()](kj::Result<AlbumPhotos> page) {
        if (!page) {
            Q_EMIT refreshFailed(page.error());
            return;
        }
        kj::store::ItemRepository items(m_session.store());
        (void)m_session.store().transaction([&]() -> kj::Status {
            if (first)
                (void)items.applyServerItem(kAlbum, page->album.toJson());
            for (const kj::Photo &photo : std::as_const(page->items))
                (void)items.applyServerItem(kPhoto, photo.toJson());
            return {};
        });
        Q_EMIT itemsChanged();
        if (!page->nextCursor.isEmpty() && !page->items.isEmpty())
            fetchPhotosPage(albumId, page->nextCursor);
    });
}

// --- comments and likes ---

QList<PhotoService::PhotoComment> PhotoService::comments(const QString &photoId) const
{
    QList<PhotoComment> result;
    for (const kj::store::LocalComment &local : kj::store::CommentRepository(m_session.store()).commentsOf(kj::ItemKind::Photo, photoId))
        result.append({local.comment, local.pending});
    return result;
}

void PhotoService::refreshComments(const QString &photoId)
{
    m_session.api().comments(kj::ItemKind::Photo, photoId, QString(), kPageSize, this,
                             [this, photoId](kj::Result<CommentPage> page) {
                                 if (!page) {
                                     Q_EMIT refreshFailed(page.error());
                                     return;
                                 }
                                 (void)kj::store::CommentRepository(m_session.store())
                                     .replaceFetched(kj::ItemKind::Photo, photoId, page->items);
                                 Q_EMIT commentsChanged(photoId);
                             });
}

kj::Status PhotoService::addComment(const QString &photoId, const QString &text)
{
    kj::Result<kj::Comment> added =
        kj::store::CommentRepository(m_session.store()).addMine(kj::ItemKind::Photo, photoId, text, std::nullopt);
    if (!added)
        return added.error();
    Q_EMIT commentsChanged(photoId);
    m_session.sync().scheduleSoon();
    return {};
}

PhotoService::Likes PhotoService::likes(const QString &photoId) const
{
    Likes likes;
    if (const std::optional<kj::store::CachedItem> item = kj::store::ItemRepository(m_session.store()).find(kPhoto, photoId)) {
        likes.count = item->json.value(QStringLiteral("likeCount")).toInt();
        likes.likedByMe = item->json.value(QStringLiteral("likedByMe")).toBool();
    }
    if (const std::optional<bool> pending = kj::store::LikeRepository(m_session.store()).pending(kj::ItemKind::Photo, photoId)) {
        if (*pending != likes.likedByMe)
            likes.count = std::max(0, likes.count + (*pending ? 1 : -1));
        likes.likedByMe = *pending;
        likes.pending = true;
    }
    return likes;
}

kj::Status PhotoService::setLiked(const QString &photoId, bool liked)
{
    kj::Status status = kj::store::LikeRepository(m_session.store()).setLiked(kj::ItemKind::Photo, photoId, liked);
    if (status) {
        Q_EMIT itemsChanged();
        m_session.sync().scheduleSoon();
    }
    return status;
}

} // namespace kj::app
