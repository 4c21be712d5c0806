#include "ui/music/musicsession.h"

#include "app/clientsession.h"
#include "app/services/musicservice.h"
#include "app/services/trackfiles.h"
#include "models/music/mytrackmodel.h"
#include "models/music/playlistmodel.h"
#include "ui/music/mpris.h"
#include "ui/music/player.h"

#include <QDBusConnection>
#include <QSettings>

namespace kj::ui {

namespace {
const QString kVolumeKey = QStringLiteral("music/volume");
const QString kMutedKey = QStringLiteral("music/muted");
const QString kShuffleKey = QStringLiteral("music/shuffle");
const QString kRepeatKey = QStringLiteral("music/repeat");
} // namespace

MusicSession::MusicSession(kj::app::ClientSession &session, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_files(std::make_unique<kj::app::TrackFiles>(session.store(), session.api(), kj::app::TrackFiles::defaultFolder(session.store())))
    , m_service(std::make_unique<kj::app::MusicService>(session))
    , m_myTracks(std::make_unique<kj::models::MyTrackModel>(session.store()))
    , m_playlist(std::make_unique<kj::models::PlaylistModel>(
          session.store(), [service = m_service.get()](const QStringList &ids) { return service->setPlaylist(ids); }))
    , m_player(std::make_unique<Player>(*m_files))
{
    // Tracks pulled by a sync (and uploads that became tracks) do not pass through the outbox.
    connect(m_service.get(), &kj::app::MusicService::changed, m_myTracks.get(), &kj::models::MyTrackModel::reload);
    connect(m_service.get(), &kj::app::MusicService::changed, m_playlist.get(), &kj::models::PlaylistModel::reload);
    restoreSettings();
    m_offerTimer.setSingleShot(true);
    m_offerTimer.setInterval(0);
    connect(&m_offerTimer, &QTimer::timeout, this, &MusicSession::offerPlaylist);
    // A change of the playlist comes as several row signals: the offer follows once they are through.
    connect(m_playlist.get(), &QAbstractItemModel::rowsInserted, &m_offerTimer, qOverload<>(&QTimer::start));
    connect(m_playlist.get(), &QAbstractItemModel::rowsRemoved, &m_offerTimer, qOverload<>(&QTimer::start));
    connect(m_playlist.get(), &QAbstractItemModel::rowsMoved, &m_offerTimer, qOverload<>(&QTimer::start));
    connect(m_playlist.get(), &QAbstractItemModel::dataChanged, &m_offerTimer, qOverload<>(&QTimer::start));
    connect(m_playlist.get(), &QAbstractItemModel::modelReset, &m_offerTimer, qOverload<>(&QTimer::start));
    offerPlaylist();
    connect(m_player.get(), &Player::volumeChanged, this, [this](float volume) { m_settings.setValue(kVolumeKey, volume); });
    connect(m_player.get(), &Player::mutedChanged, this, [this](bool muted) { m_settings.setValue(kMutedKey, muted); });
    connect(m_player.get(), &Player::shuffleChanged, this, [this](bool shuffle) { m_settings.setValue(kShuffleKey, shuffle); });
    connect(m_player.get(), &Player::repeatChanged, this, [this](Player::Repeat repeat) { m_settings.setValue(kRepeatKey, int(repeat)); });
}

MusicSession::~MusicSession() = default;

void MusicSession::offerPlaylist()
{
    // Until something else is chosen (or played), the bar holds my space's background music, ready to play.
    const bool holdsOffer = m_player->queue().isEmpty()
        || (m_player->queue() == m_offered && m_player->state() == Player::State::Stopped);
    const QList<kj::Track> tracks = m_playlist->tracks();
    if (!holdsOffer || tracks == m_offered)
        return;
    m_offered = tracks;
    m_player->playPlaylist(tracks, false);
}

void MusicSession::restoreSettings()
{
    m_player->setVolume(m_settings.value(kVolumeKey, 0.8).toFloat());
    m_player->setMuted(m_settings.value(kMutedKey, false).toBool());
    m_player->setShuffle(m_settings.value(kShuffleKey, false).toBool());
    const int repeat = m_settings.value(kRepeatKey, int(Player::Repeat::Off)).toInt();
    if (repeat >= int(Player::Repeat::Off) && repeat <= int(Player::Repeat::One))
        m_player->setRepeat(Player::Repeat(repeat));
}

bool MusicSession::exportOnSessionBus()
{
    if (m_mpris)
        return true;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    auto mpris = std::make_unique<Mpris>(*m_player);
    if (!mpris->registerOn(bus))
        return false;
    connect(mpris.get(), &Mpris::raiseRequested, this, &MusicSession::raiseRequested);
    m_mpris = std::move(mpris);
    return true;
}

} // namespace kj::ui
