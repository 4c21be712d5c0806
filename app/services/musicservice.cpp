#include "app/services/musicservice.h"

#include "app/clientsession.h"
#include "app/media/uploadqueue.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/ids.h"
#include "models/domain/track.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"
#include "models/store/spacerepository.h"
#include "models/store/uploadrepository.h"

#include <QFileInfo>
#include <QMetaObject>

namespace kj::app {

namespace {
const QString kTrackKind = QStringLiteral("track");
const QString kMusicField = QStringLiteral("music");
} // namespace

MusicService::MusicService(ClientSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&session.store(), &kj::store::ClientStore::outboxChanged, this, &MusicService::changed);
    connect(&session.sync(), &SyncEngine::finished, this, &MusicService::changed);
    connect(&session.sync().uploads(), &UploadPusher::fileProgress, this,
            [this](const QString &itemId, const QString &, qint64 sent, qint64 total) {
                m_progress.insert(itemId, total > 0 ? double(sent) / double(total) : 0.0);
                Q_EMIT uploadProgressChanged(itemId);
            });
    connect(&session.sync().uploads(), &UploadPusher::uploaded, this, [this](const QString &, const QString &itemId, const QJsonObject &) {
        m_progress.remove(itemId);
        Q_EMIT uploadProgressChanged(itemId);
        Q_EMIT changed();
    });
}

MusicService::~MusicService()
{
    m_pool.waitForDone();
}

void MusicService::addTrackFiles(const QStringList &paths, bool addToPlaylist)
{
    ++m_preparing;
    Q_EMIT changed();
    // Read (checked, hashed) on a worker; the store is written here, on its own thread.
    m_pool.start([this, paths, addToPlaylist] {
        QList<kj::Result<PreparedTrack>> prepared;
        for (const QString &path : paths)
            prepared.append(prepareTrackFile(path));
        QMetaObject::invokeMethod(this, [this, paths, prepared, addToPlaylist] {
            AddReport report;
            for (qsizetype i = 0; i < prepared.size(); ++i) {
                kj::Result<QString> id = prepared.at(i) ? addTrackFile(*prepared.at(i), addToPlaylist)
                                                        : kj::Result<QString>(prepared.at(i).error());
                if (id) {
                    report.added.append(*id);
                } else {
                    report.refusedFiles.append(paths.at(i));
                    report.problems.append(id.error());
                }
            }
            --m_preparing;
            Q_EMIT changed();
            Q_EMIT filesAdded(report);
        }, Qt::QueuedConnection);
    });
}

kj::Result<QString> MusicService::addTrackFile(const QString &path, bool addToPlaylist)
{
    kj::Result<PreparedTrack> prepared = prepareTrackFile(path);
    if (!prepared)
        return prepared.error();
    return addTrackFile(*prepared, addToPlaylist);
}

kj::Result<QString> MusicService::addTrackFile(const PreparedTrack &track, bool addToPlaylist)
{
    kj::TrackWrite write; // public, title and artist from the file's tags: background music plays to visitors
    QString id;
    const kj::Status queued = m_session.store().transaction([&]() -> kj::Status {
        kj::Result<QString> made = UploadQueue(m_session.store()).queueTrack(track.path, write, track.digest, track.modifiedAt);
        if (!made)
            return made.error();
        id = *made;
        if (!addToPlaylist)
            return {};
        kj::SpaceMusic changed = music();
        if (changed.trackIds.size() >= kj::SpaceMusic::kMaxTracks)
            return {}; // the track is kept; the playlist is full
        changed.trackIds.append(id);
        return setMusic(changed);
    });
    if (!queued)
        return queued.error();
    return id;
}

kj::Status MusicService::removeTrack(const QString &trackId)
{
    const bool uploading = kj::store::UploadRepository(m_session.store()).find(trackId).has_value();
    return m_session.store().transaction([&]() -> kj::Status {
        kj::SpaceMusic changed = music();
        if (changed.trackIds.removeAll(trackId) > 0) {
            // The playlist goes first: a playlist naming a deleted track is refused by the server.
            if (kj::Status saved = setMusic(changed); !saved)
                return saved;
        }
        // A track whose file is still queued was never on the server: its upload is stopped and forgotten.
        if (uploading)
            return m_session.sync().uploads().cancel(trackId);
        return kj::store::ItemRepository(m_session.store()).deleteMine(kTrackKind, trackId);
    });
}

kj::SpaceMusic MusicService::music() const
{
    const std::optional<kj::store::MySpace> mine = kj::store::SpaceRepository(m_session.store()).mine();
    return mine ? mine->settings.music : kj::SpaceMusic();
}

bool MusicService::musicPending() const
{
    const std::optional<kj::store::MySpace> mine = kj::store::SpaceRepository(m_session.store()).mine();
    return mine && mine->pending;
}

kj::Status MusicService::setPlaylist(const QStringList &trackIds)
{
    kj::SpaceMusic changed = music();
    changed.trackIds = trackIds;
    return setMusic(changed);
}

kj::Status MusicService::setMusic(const kj::SpaceMusic &music)
{
    kj::store::SpaceRepository spaces(m_session.store());
    // Mine as last seen or changed here; never seen: the defaults, and only "music" goes onto the server's.
    const std::optional<kj::store::MySpace> stored = spaces.mine();
    kj::SpaceSettings changed = stored ? stored->settings : kj::SpaceSettings();
    if (changed.music == music)
        return {};
    changed.music = music;
    // The server's own check, here first, so what is queued can go.
    if (kj::Result<kj::SpaceSettings> valid = kj::SpaceSettings::fromRequest(changed.toJson()); !valid)
        return valid.error();
    return spaces.saveMine(changed, {kMusicField});
}

} // namespace kj::app
