#include "ui/music/mprisadaptors.h"

#include "ui/music/mpris.h"
#include "ui/music/player.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QUrl>

namespace kj::ui {

namespace {
constexpr qlonglong kMicrosPerMs = 1000;
} // namespace

// --- org.mpris.MediaPlayer2 ---

MprisRootAdaptor::MprisRootAdaptor(Mpris *mpris) : QDBusAbstractAdaptor(mpris), m_mpris(mpris)
{
    setAutoRelaySignals(false);
}

QString MprisRootAdaptor::identity() const
{
    return QStringLiteral("Kongjian");
}

QString MprisRootAdaptor::desktopEntry() const
{
    // The installed .desktop file's name, which main() gives the application (org.kongjian.Kongjian).
    return QGuiApplication::desktopFileName();
}

void MprisRootAdaptor::Raise()
{
    Q_EMIT m_mpris->raiseRequested();
}

void MprisRootAdaptor::Quit()
{
    // CanQuit is false: the window closes the way the user closes it, saving what is open.
}

// --- org.mpris.MediaPlayer2.Player ---

MprisPlayerAdaptor::MprisPlayerAdaptor(Mpris *mpris) : QDBusAbstractAdaptor(mpris), m_mpris(mpris)
{
    setAutoRelaySignals(false);
    connect(&mpris->player(), &Player::seeked, this, [this](qint64 ms) { Q_EMIT Seeked(qlonglong(ms) * kMicrosPerMs); });
}

QString MprisPlayerAdaptor::playbackStatus() const
{
    switch (m_mpris->player().state()) {
    case Player::State::Playing:
    case Player::State::Loading: return QStringLiteral("Playing");
    case Player::State::Paused: return QStringLiteral("Paused");
    case Player::State::Stopped: break;
    }
    return QStringLiteral("Stopped");
}

QString MprisPlayerAdaptor::loopStatus() const
{
    switch (m_mpris->player().repeat()) {
    case Player::Repeat::All: return QStringLiteral("Playlist");
    case Player::Repeat::One: return QStringLiteral("Track");
    case Player::Repeat::Off: break;
    }
    return QStringLiteral("None");
}

void MprisPlayerAdaptor::setLoopStatus(const QString &status)
{
    if (status == u"Playlist")
        m_mpris->player().setRepeat(Player::Repeat::All);
    else if (status == u"Track")
        m_mpris->player().setRepeat(Player::Repeat::One);
    else if (status == u"None")
        m_mpris->player().setRepeat(Player::Repeat::Off);
}

bool MprisPlayerAdaptor::shuffle() const
{
    return m_mpris->player().shuffle();
}

void MprisPlayerAdaptor::setShuffle(bool shuffle)
{
    m_mpris->player().setShuffle(shuffle);
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    const Player &player = m_mpris->player();
    const std::optional<kj::Track> track = player.currentTrack();
    if (!track)
        return {{QStringLiteral("mpris:trackid"), QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack")))}};
    QVariantMap metadata{
        {QStringLiteral("mpris:trackid"), QVariant::fromValue(QDBusObjectPath(Mpris::trackPath(track->id)))},
        {QStringLiteral("xesam:title"), track->title},
        {QStringLiteral("mpris:length"), qlonglong(player.duration()) * kMicrosPerMs},
    };
    if (!track->artist.isEmpty())
        metadata.insert(QStringLiteral("xesam:artist"), QStringList{track->artist});
    if (!player.coverFile().isEmpty())
        metadata.insert(QStringLiteral("mpris:artUrl"), QUrl::fromLocalFile(player.coverFile()).toString());
    return metadata;
}

double MprisPlayerAdaptor::volume() const
{
    return m_mpris->player().isMuted() ? 0.0 : double(m_mpris->player().volume());
}

void MprisPlayerAdaptor::setVolume(double volume)
{
    Player &player = m_mpris->player();
    player.setVolume(float(std::clamp(volume, 0.0, 1.0)));
    if (volume > 0 && player.isMuted())
        player.setMuted(false);
}

qlonglong MprisPlayerAdaptor::position() const
{
    return qlonglong(m_mpris->player().position()) * kMicrosPerMs;
}

bool MprisPlayerAdaptor::canGoNext() const
{
    return m_mpris->player().canGoNext();
}

bool MprisPlayerAdaptor::canGoPrevious() const
{
    return m_mpris->player().canGoPrevious();
}

bool MprisPlayerAdaptor::canPlay() const
{
    return m_mpris->player().canPlay();
}

bool MprisPlayerAdaptor::canPause() const
{
    return m_mpris->player().canPlay();
}

bool MprisPlayerAdaptor::canSeek() const
{
    return m_mpris->player().currentTrack().has_value();
}

void MprisPlayerAdaptor::Next()
{
    m_mpris->player().next();
}

void MprisPlayerAdaptor::Previous()
{
    m_mpris->player().previous();
}

void MprisPlayerAdaptor::Pause()
{
    m_mpris->player().pause();
}

void MprisPlayerAdaptor::PlayPause()
{
    m_mpris->player().playPause();
}

void MprisPlayerAdaptor::Stop()
{
    m_mpris->player().stop();
}

void MprisPlayerAdaptor::Play()
{
    m_mpris->player().play();
}

void MprisPlayerAdaptor::Seek(qlonglong offset)
{
    Player &player = m_mpris->player();
    if (!player.currentTrack())
        return;
    const qint64 target = player.position() + offset / kMicrosPerMs;
    if (player.duration() > 0 && target > player.duration()) {
        player.next();
        return;
    }
    player.seek(std::max<qint64>(target, 0));
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath &trackId, qlonglong position)
{
    Player &player = m_mpris->player();
    const std::optional<kj::Track> track = player.currentTrack();
    // A stale request (for a track no longer current) and a position outside the track are ignored, as
    // the specification says.
    if (!track || trackId.path() != Mpris::trackPath(track->id) || position < 0)
        return;
    if (player.duration() > 0 && position / kMicrosPerMs > player.duration())
        return;
    player.seek(position / kMicrosPerMs);
}

void MprisPlayerAdaptor::OpenUri(const QString &)
{
    // Kongjian plays tracks of the server only (SupportedUriSchemes is empty).
}

} // namespace kj::ui
