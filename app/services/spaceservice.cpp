#include "app/services/spaceservice.h"

#include "app/clientsession.h"
#include "app/media/mediafetcher.h"
#include "app/media/mediaupload.h"
#include "app/sync/syncengine.h"
#include "models/domain/album.h"
#include "models/domain/apiversion.h"
#include "models/domain/photo.h"
#include "models/domain/post.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/guestbookrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/mediacache.h"
#include "models/store/spacerepository.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace kj::app {

namespace {

//! A diary's first words, without Markdown's marks, for a one-line excerpt.
QString excerpt(const QString &markdown)
{
    QString text;
    for (const QString &line : markdown.split(u'\n')) {
        QString plain = line.trimmed();
        while (!plain.isEmpty() && (plain.front() == u'#' || plain.front() == u'>' || plain.front() == u'-' || plain.front() == u'*'))
            plain = plain.mid(1).trimmed();
        if (plain.isEmpty())
            continue;
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + plain;
        if (text.size() > 160)
            break;
    }
    // Links show their words; emphasis and code marks go.
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    text.replace(link, QStringLiteral("\\1"));
    static const QRegularExpression marks(QStringLiteral("[*_`~]+"));
    text.remove(marks);
    return text;
}

SpaceHomeLine postLine(const kj::Post &post, bool pending)
{
    return {post.id, QString(), post.text, QString(), post.createdAt, -1, pending};
}

SpaceHomeLine diaryLine(const kj::Diary &diary, bool pending)
{
    return {diary.id, diary.title, excerpt(diary.body), QString(), diary.createdAt, -1, pending};
}

SpaceHomeLine albumLine(const kj::Album &album, bool pending)
{
    return {album.id, album.title, album.description, QString(), album.updatedAt, album.photoCount.value_or(-1), pending};
}

SpaceHomeLine guestbookLine(const kj::GuestbookEntry &entry, bool pending)
{
    const QString author = entry.author.displayName.isEmpty() ? entry.author.username : entry.author.displayName;
    return {entry.id, author, entry.text, QString(), entry.createdAt, -1, pending};
}

//! The answers a friend's space is made of, gathered as they arrive; `done` once all are in.
struct OpenRun {
    SpaceHome home;
    int waiting = 0;
    std::optional<kj::Error> profileError;
    ApiClient::Callback<SpaceHome> done;
    QPointer<const QObject> context;
};

} // namespace

SpaceService::SpaceService(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::make_unique<kj::store::MediaCache>(session.store(), MediaFetcher::cacheFolder(session.store())))
    , m_fetcher(std::make_unique<MediaFetcher>(*m_cache, session.api()))
{
    connect(&session.sync(), &SyncEngine::finished, this, [this](const kj::Status &) {
        Q_EMIT myHomeChanged();
        refreshMySettings();
    });
    connect(&session.store(), &kj::store::ClientStore::diariesChanged, this, &SpaceService::myHomeChanged);
    connect(&session.store(), &kj::store::ClientStore::outboxChanged, this, &SpaceService::myHomeChanged);
}

SpaceService::~SpaceService() = default;

QString SpaceService::me() const
{
    return m_session.account().user.username;
}

kj::SpaceSettings SpaceService::mySettings(bool *pending) const
{
    const std::optional<kj::store::MySpace> mine = kj::store::SpaceRepository(m_session.store()).mine();
    if (pending)
        *pending = mine && mine->pending;
    return mine ? mine->settings : kj::SpaceSettings();
}

SpaceHome SpaceService::myHome() const
{
    bool pending = false;
    const kj::SpaceSettings settings = mySettings(&pending);
    SpaceHome home = homeFromStore(m_session.account().user, settings);
    home.mine = true;
    home.settingsPending = pending;
    return home;
}

SpaceHome SpaceService::homeFromStore(const kj::User &owner, const kj::SpaceSettings &settings) const
{
    kj::store::ClientStore &store = m_session.store();
    const kj::store::ItemRepository items(store);
    SpaceHome home;
    home.owner = owner;
    home.settings = settings;
    for (const kj::store::CachedItem &row : items.listByOwner(QStringLiteral("post"), owner.username, kLinesPerModule)) {
        if (kj::Result<kj::Post> post = kj::Post::fromJson(row.json))
            home.posts.append(postLine(*post, row.pending));
    }
    kj::store::DiaryRepository &diaries = store.diaries();
    for (const kj::store::LocalDiary &diary : diaries.listByAuthor(owner.username, kLinesPerModule))
        home.diaries.append(diaryLine(diary.diary, diary.pending));
    home.diaryCount = diaries.countByAuthor(owner.username);
    for (const kj::store::CachedItem &row : items.listByOwner(QStringLiteral("album"), owner.username, kLinesPerModule)) {
        if (kj::Result<kj::Album> album = kj::Album::fromJson(row.json))
            home.albums.append(albumLine(*album, row.pending));
    }
    for (const kj::store::CachedItem &row : items.listByOwner(QStringLiteral("photo"), owner.username, kPhotosPerModule)) {
        if (kj::Result<kj::Photo> photo = kj::Photo::fromJson(row.json); photo && !photo->mediaId.isEmpty())
            home.photos.append({photo->id, QString(), photo->caption, photo->mediaId, photo->createdAt, -1, row.pending});
    }
    for (const QString &id : settings.music.trackIds) {
        if (const std::optional<kj::store::CachedItem> row = items.find(QStringLiteral("track"), id)) {
            if (kj::Result<kj::Track> track = kj::Track::fromJson(row->json))
                home.tracks.append(*track);
        }
    }
    const QList<kj::store::LocalGuestbookEntry> entries = kj::store::GuestbookRepository(store).entriesOf(owner.username);
    for (qsizetype i = 0; i < entries.size() && i < kLinesPerModule; ++i)
        home.guestbook.append(guestbookLine(entries.at(i).entry, entries.at(i).pending));
    return home;
}

void SpaceService::askMyVisitors(const QObject *context, ApiClient::Callback<kj::VisitorList> done)
{
    m_session.api().myVisitors(8, context, std::move(done));
}

void SpaceService::askMyGuestbook(const QObject *context, ApiClient::Callback<QList<SpaceHomeLine>> done)
{
    m_session.api().guestbook(me(), QString(), kLinesPerModule, context, [done = std::move(done)](kj::Result<GuestbookPage> page) {
        if (!page) {
            done(page.error());
            return;
        }
        QList<SpaceHomeLine> lines;
        for (const kj::GuestbookEntry &entry : std::as_const(page->items))
            lines.append(guestbookLine(entry, false));
        done(lines);
    });
}

void SpaceService::refreshMySettings()
{
    m_session.api().mySpace(this, [this](kj::Result<kj::SpaceSettings> space) {
        if (!space)
            return;
        kj::store::SpaceRepository spaces(m_session.store());
        const std::optional<kj::store::MySpace> before = spaces.mine();
        if (spaces.applyServerMine(*space) && (!before || before->settings != spaces.mine().value_or(*before).settings))
            Q_EMIT mySettingsChanged();
    });
}

void SpaceService::openSpace(const QString &username, const QObject *context, ApiClient::Callback<SpaceHome> done)
{
    if (username == me()) {
        SpaceHome home = myHome();
        QMetaObject::invokeMethod(
            this, [home, done = std::move(done), guard = QPointer<const QObject>(context)] {
                if (guard)
                    done(home);
            },
            Qt::QueuedConnection);
        return;
    }
    ApiClient &api = m_session.api();
    // Told whether or not the rest is asked: the server records one visit a day (none with hideMyVisits).
    api.recordVisit(username, this, [](kj::Status) {});

    auto run = std::make_shared<OpenRun>();
    run->done = std::move(done);
    run->context = context;
    run->home.owner.username = username;
    const auto arrived = [this, run, username] {
        if (--run->waiting > 0)
            return;
        if (!run->context)
            return;
        if (run->profileError) {
            // Away from the server: the space as seen here before, if it was.
            const std::optional<kj::store::CachedSpace> cached = kj::store::SpaceRepository(m_session.store()).cached(username);
            if (!cached || !ApiClient::isTransient(*run->profileError)) {
                run->done(*run->profileError);
                return;
            }
            SpaceHome home = homeFromStore(cached->owner, cached->settings);
            home.fromCache = true;
            home.seenAt = cached->fetchedAt;
            run->done(home);
            return;
        }
        run->done(run->home);
    };

    run->waiting = 6;
    api.userProfile(username, this, [this, run, arrived](kj::Result<UserProfile> profile) {
        if (profile) {
            run->home.owner = profile->user;
            run->home.settings = profile->space;
            (void)kj::store::SpaceRepository(m_session.store()).cache(profile->user, profile->space);
            // The playlist needs the tracks themselves: one page of them, in the playlist's order.
            if (!profile->space.music.trackIds.isEmpty()) {
                ++run->waiting;
                m_session.api().userTracks(profile->user.username, QString(), kj::kMaxPageSize, this,
                                           [run, arrived, ids = profile->space.music.trackIds](kj::Result<TrackPage> page) {
                                               if (page) {
                                                   QHash<QString, kj::Track> byId;
                                                   for (const TrackItem &item : std::as_const(page->items))
                                                       byId.insert(item.track.id, item.track);
                                                   for (const QString &id : ids) {
                                                       if (byId.contains(id))
                                                           run->home.tracks.append(byId.value(id));
                                                   }
                                               }
                                               arrived();
                                           });
            }
        } else {
            run->profileError = profile.error();
        }
        arrived();
    });
    api.userPosts(username, QString(), kLinesPerModule, this, [run, arrived](kj::Result<PostPage> page) {
        if (page) {
            for (const PostItem &item : std::as_const(page->items))
                run->home.posts.append(postLine(item.post, false));
        }
        arrived();
    });
    api.userDiaries(username, QString(), kLinesPerModule, this, [run, arrived](kj::Result<DiaryPage> page) {
        if (page) {
            for (const kj::Diary &diary : std::as_const(page->items))
                run->home.diaries.append(diaryLine(diary, false));
        }
        arrived();
    });
    api.userAlbums(username, QString(), kLinesPerModule, this, [this, run, arrived](kj::Result<AlbumPage> page) {
        if (page) {
            for (const kj::Album &album : std::as_const(page->items))
                run->home.albums.append(albumLine(album, false));
            // A few photos of the newest album, for thumbnails.
            if (!page->items.isEmpty()) {
                ++run->waiting;
                m_session.api().albumPhotos(page->items.first().id, QString(), kPhotosPerModule, this,
                                            [run, arrived](kj::Result<AlbumPhotos> photos) {
                                                if (photos) {
                                                    for (const kj::Photo &photo : std::as_const(photos->items))
                                                        run->home.photos.append({photo.id, QString(), photo.caption, photo.mediaId,
                                                                                 photo.createdAt, -1, false});
                                                }
                                                arrived();
                                            });
            }
        }
        arrived();
    });
    api.guestbook(username, QString(), kLinesPerModule, this, [run, arrived](kj::Result<GuestbookPage> page) {
        if (page) {
            for (const kj::GuestbookEntry &entry : std::as_const(page->items))
                run->home.guestbook.append(guestbookLine(entry, false));
        }
        arrived();
    });
    // The sixth: nothing to ask about visitors (only the owner sees theirs); keeps the count simple.
    QMetaObject::invokeMethod(this, arrived, Qt::QueuedConnection);
}

kj::Status SpaceService::saveMySettings(const kj::SpaceSettings &settings, const QStringList &changedFields)
{
    // The server's own check, here first, so a mistake is explained before anything is saved.
    if (kj::Result<kj::SpaceSettings> valid = kj::SpaceSettings::fromRequest(settings.toJson()); !valid)
        return valid.error();
    if (changedFields.isEmpty())
        return {};
    if (kj::Status saved = kj::store::SpaceRepository(m_session.store()).saveMine(settings, changedFields); !saved)
        return saved;
    Q_EMIT mySettingsChanged();
    m_session.sync().syncNow();
    return {};
}

void SpaceService::uploadPicture(const QString &filePath, const QObject *context, ApiClient::Callback<QString> done)
{
    auto *upload = new MediaUpload(m_session.api(), filePath, kj::MediaKind::Photo, this);
    connect(upload, &MediaUpload::finished, this,
            [upload, done = std::move(done), guard = QPointer<const QObject>(context)](kj::Result<QString> mediaId) {
                upload->deleteLater();
                if (guard)
                    done(std::move(mediaId));
            });
    upload->start();
}

void SpaceService::fetchPicture(const QString &mediaId, kj::MediaSize size, const QObject *context,
                                ApiClient::Callback<QByteArray> done)
{
    m_fetcher->fetch(mediaId, size, context, [done = std::move(done)](kj::Result<FetchedMedia> media) {
        if (!media)
            done(media.error());
        else
            done(media->media.bytes);
    });
}

QStringList SpaceService::changedFields(const kj::SpaceSettings &a, const kj::SpaceSettings &b)
{
    const QJsonObject left = a.toJson();
    const QJsonObject right = b.toJson();
    QStringList fields;
    for (auto it = left.begin(); it != left.end(); ++it) {
        if (right.value(it.key()) != it.value())
            fields.append(it.key());
    }
    return fields;
}

} // namespace kj::app
