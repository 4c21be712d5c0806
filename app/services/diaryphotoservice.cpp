#include "app/services/diaryphotoservice.h"

#include "app/clientsession.h"
#include "app/media/mediafetcher.h"
#include "app/media/mediaupload.h" // uploadpusher.h holds a QPointer to one
#include "app/media/uploadqueue.h"
#include "app/services/diaryservice.h"
#include "app/services/myitems.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/album.h"
#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/mediacache.h"
#include "models/store/uploadrepository.h"

#include <QRegularExpression>

namespace kj::app {

namespace {
const QString kAlbumKind = QStringLiteral("album");
const QString kPhotoKind = QStringLiteral("photo");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("kongjian-upload:([0-9a-fA-F-]{36})"));
    return pattern;
}
} // namespace

DiaryPhotoService::DiaryPhotoService(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::make_unique<kj::store::MediaCache>(session.store(), MediaFetcher::cacheFolder(session.store())))
    , m_fetcher(std::make_unique<MediaFetcher>(*m_cache, session.api()))
{
    connect(&session.sync().uploads(), &UploadPusher::uploaded, this, &DiaryPhotoService::onUploaded);
}

DiaryPhotoService::~DiaryPhotoService() = default;

QUrl DiaryPhotoService::mediaUrl(const QString &mediaId)
{
    return QUrl(kMediaScheme + u':' + mediaId);
}

QUrl DiaryPhotoService::uploadUrl(const QString &photoId)
{
    return QUrl(kUploadScheme + u':' + photoId);
}

kj::Result<QString> DiaryPhotoService::albumFor(const QString &title)
{
    const QString me = m_session.account().user.username;
    kj::store::ItemRepository items(m_session.store());
    for (const kj::store::CachedItem &album : items.listByOwner(kAlbumKind, me)) {
        if (album.json.value(QStringLiteral("title")).toString() == title)
            return album.id;
    }
    kj::Album album;
    album.id = kj::newItemId();
    album.owner = m_session.account().user;
    album.owner.createdAt = QDateTime();
    album.title = title;
    // Public: each photo keeps the audience of the diary it was put in, which is what decides who sees it.
    album.visibility = kj::Visibility::Public;
    album.createdAt = kj::nowUtc();
    album.updatedAt = album.createdAt;
    kj::Result<kj::store::CachedItem> saved = saveMyItem(m_session, kAlbumKind, album.toJson(), 0, checkWith<kj::AlbumWrite>);
    if (!saved)
        return saved.error();
    return album.id;
}

kj::Result<QUrl> DiaryPhotoService::queuePhoto(const QString &path, const QString &albumTitle, const kj::Audience &audience)
{
    kj::Result<QString> album = albumFor(albumTitle);
    if (!album)
        return album.error();
    kj::PhotoWrite write;
    write.albumId = *album;
    write.visibility = audience.visibility;
    write.groups = audience.groups;
    kj::Result<QString> id = UploadQueue(m_session.store()).queuePhoto(path, write);
    if (!id)
        return id.error();
    m_session.sync().scheduleSoon();
    return uploadUrl(*id);
}

QString DiaryPhotoService::localFile(const QUrl &url) const
{
    if (url.scheme() != kUploadScheme)
        return {};
    const std::optional<kj::store::QueuedUpload> upload = kj::store::UploadRepository(m_session.store()).find(url.path());
    return upload ? upload->path : QString();
}

QString DiaryPhotoService::mediaIdOf(const QString &photoId) const
{
    if (const auto known = m_uploaded.constFind(photoId); known != m_uploaded.constEnd())
        return *known;
    // Uploaded in an earlier run, or by another device: the photo as sync brought it.
    if (const std::optional<kj::store::CachedItem> photo = kj::store::ItemRepository(m_session.store()).find(kPhotoKind, photoId))
        return photo->json.value(QStringLiteral("mediaId")).toString();
    return {};
}

QString DiaryPhotoService::resolveReferences(const QString &markdown) const
{
    QString resolved = markdown;
    QRegularExpressionMatchIterator matches = placeholderPattern().globalMatch(markdown);
    while (matches.hasNext()) {
        const QString photoId = matches.next().captured(1);
        if (const QString mediaId = mediaIdOf(photoId); !mediaId.isEmpty())
            resolved.replace(uploadUrl(photoId).toString(), mediaUrl(mediaId).toString());
    }
    return resolved;
}

void DiaryPhotoService::fetch(const QUrl &url, const QObject *context, ApiClient::Callback<QByteArray> done)
{
    if (url.scheme() != kMediaScheme || !kj::isValidItemId(url.path())) {
        done(kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("%1 names no picture").arg(url.toString())));
        return;
    }
    m_fetcher->fetch(url.path(), kj::MediaSize::Large, context, [done](kj::Result<FetchedMedia> fetched) {
        if (!fetched)
            done(fetched.error());
        else
            done(fetched->media.bytes);
    });
}

void DiaryPhotoService::onUploaded(const QString &kind, const QString &itemId, const QJsonObject &item)
{
    if (kind != UploadQueue::kPhotoKind)
        return;
    const QString mediaId = item.value(QStringLiteral("mediaId")).toString();
    if (mediaId.isEmpty())
        return;
    m_uploaded.insert(itemId, mediaId);
    const QString placeholder = uploadUrl(itemId).toString();
    const QString media = mediaUrl(mediaId).toString();
    // Called before the sync goes on to the next queued change, so a diary queued behind the photo is sent
    // with the media URL in it.
    const QList<kj::store::LocalDiary> mine =
        m_session.store().diaries().listByAuthor(m_session.account().user.username);
    for (const kj::store::LocalDiary &local : mine) {
        if (!local.diary.body.contains(placeholder))
            continue;
        QString body = local.diary.body;
        body.replace(placeholder, media);
        (void)m_session.diaries().update(local.diary.id, local.diary.title, body, local.diary.visibility, local.diary.groups);
    }
    Q_EMIT photoUploaded(QUrl(placeholder), QUrl(media));
}

} // namespace kj::app
