#include "ui/music/player.h"

#include "app/services/trackfiles.h"
#include "ui/errortext.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace kj::ui {

Player::Player(kj::app::TrackFiles &files, QObject *parent) : QObject(parent), m_files(files) {}

// Qt Multimedia is started when something is first played, not with the window: making a QMediaPlayer loads the
// backend's plugins and connects to the sound server (a tenth of the client's start-up).
QMediaPlayer *Player::media()
{
    if (m_media)
        return m_media;
    m_media = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(m_volume);
    m_output->setMuted(m_muted);

    m_media->setAudioOutput(m_output);
    connect(m_output, &QAudioOutput::volumeChanged, this, &Player::volumeChanged);
    connect(m_output, &QAudioOutput::mutedChanged, this, &Player::mutedChanged);
    connect(m_media, &QMediaPlayer::positionChanged, this, &Player::positionChanged);
    connect(m_media, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (duration > 0)
            Q_EMIT durationChanged(duration);
    });
    connect(m_media, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && !m_loadedId.isEmpty())
            advance(true);
    });
    connect(m_media, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState playback) {
        if (m_loadedId.isEmpty() || m_fetching)
            return;
        if (playback == QMediaPlayer::PlayingState)
            setState(State::Playing);
        else if (playback == QMediaPlayer::PausedState)
            setState(State::Paused);
        else if (m_media->mediaStatus() != QMediaPlayer::EndOfMedia)
            setState(State::Stopped);
    });
    connect(m_media, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError)
            return;
        fail(error == QMediaPlayer::FormatError ? tr("This track's file cannot be played here.")
                                                : tr("The track cannot be played: %1").arg(text));
    });
    return m_media;
}

Player::~Player() = default;

// --- the queue ---

void Player::setQueue(const QList<kj::Track> &tracks, int start, bool play)
{
    m_queue = tracks;
    m_wantPlaying = play && !tracks.isEmpty();
    m_order.clear();
    m_orderPos = -1;
    Q_EMIT queueChanged();
    if (tracks.isEmpty()) {
        clear();
        return;
    }
    rebuildOrder(std::clamp(start, 0, int(tracks.size()) - 1));
    moveTo(m_orderPos);
}

void Player::playPlaylist(const QList<kj::Track> &tracks, bool startNow)
{
    QList<kj::Track> playable;
    for (const kj::Track &track : tracks) {
        if (!track.mediaId.isEmpty())
            playable.append(track);
    }
    const int start = m_shuffle && !playable.isEmpty() ? int(QRandomGenerator::global()->bounded(int(playable.size()))) : 0;
    setQueue(playable, start, startNow);
}

void Player::clear()
{
    ++m_loadToken;
    m_fetching = false;
    m_wantPlaying = false;
    m_loadedId.clear();
    if (m_media) {
        m_media->stop();
        m_media->setSource(QUrl());
    }
    const bool hadQueue = !m_queue.isEmpty() || m_orderPos >= 0;
    m_queue.clear();
    m_order.clear();
    m_orderPos = -1;
    m_pendingSeek = 0;
    m_error.clear();
    setState(State::Stopped);
    if (hadQueue)
        Q_EMIT queueChanged();
    Q_EMIT currentChanged(-1);
    if (!m_coverFile.isEmpty()) {
        m_coverFile.clear();
        Q_EMIT coverChanged({});
    }
}

int Player::currentIndex() const
{
    return m_orderPos >= 0 && m_orderPos < m_order.size() ? m_order.at(m_orderPos) : -1;
}

std::optional<kj::Track> Player::currentTrack() const
{
    const int index = currentIndex();
    if (index < 0)
        return std::nullopt;
    return m_queue.at(index);
}

void Player::rebuildOrder(int first)
{
    m_order.resize(m_queue.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!m_shuffle) {
        m_orderPos = first;
        return;
    }
    std::shuffle(m_order.begin(), m_order.end(), *QRandomGenerator::global());
    if (first >= 0) {
        // The track asked for (or playing) stays first; the rest follow in a random order.
        std::iter_swap(m_order.begin(), std::find(m_order.begin(), m_order.end(), first));
    }
    m_orderPos = 0;
}

// --- playing ---

qint64 Player::position() const
{
    return m_media && !m_loadedId.isEmpty() && !m_fetching ? m_media->position() : m_pendingSeek;
}

qint64 Player::duration() const
{
    if (m_media && !m_loadedId.isEmpty() && !m_fetching && m_media->duration() > 0)
        return m_media->duration();
    const std::optional<kj::Track> track = currentTrack();
    return track ? track->durationMs : 0;
}

bool Player::canGoNext() const
{
    return !m_queue.isEmpty() && (m_orderPos + 1 < m_order.size() || m_repeat != Repeat::Off);
}

float Player::volume() const
{
    return m_output ? m_output->volume() : m_volume;
}

void Player::setVolume(float volume)
{
    volume = std::clamp(volume, 0.0f, 1.0f);
    if (m_output) {
        m_output->setVolume(volume); // volumeChanged through the output
        return;
    }
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    Q_EMIT volumeChanged(volume);
}

bool Player::isMuted() const
{
    return m_output ? m_output->isMuted() : m_muted;
}

void Player::setMuted(bool muted)
{
    if (m_output) {
        m_output->setMuted(muted);
        return;
    }
    if (muted == m_muted)
        return;
    m_muted = muted;
    Q_EMIT mutedChanged(muted);
}

void Player::setShuffle(bool shuffle)
{
    if (shuffle == m_shuffle)
        return;
    m_shuffle = shuffle;
    if (!m_queue.isEmpty())
        rebuildOrder(currentIndex());
    Q_EMIT shuffleChanged(shuffle);
}

void Player::setRepeat(Repeat repeat)
{
    if (repeat == m_repeat)
        return;
    m_repeat = repeat;
    Q_EMIT repeatChanged(repeat);
}

void Player::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Player::play()
{
    if (m_queue.isEmpty())
        return;
    m_wantPlaying = true;
    const std::optional<kj::Track> track = currentTrack();
    if (track && m_loadedId == track->id && !m_fetching) {
        media()->play();
        return;
    }
    if (!m_fetching)
        load();
}

void Player::pause()
{
    if (m_queue.isEmpty())
        return;
    m_wantPlaying = false;
    if (m_fetching || m_loadedId.isEmpty()) {
        setState(State::Paused);
        return;
    }
    media()->pause();
}

void Player::playPause()
{
    if (isPlaying())
        pause();
    else
        play();
}

void Player::stop()
{
    m_wantPlaying = false;
    m_pendingSeek = 0;
    if (m_fetching) {
        // The file may still come: it is kept for a later play, not played.
        ++m_loadToken;
        m_fetching = false;
    }
    if (m_media && !m_loadedId.isEmpty())
        m_media->stop();
    setState(State::Stopped);
    Q_EMIT positionChanged(0);
}

void Player::next()
{
    if (canGoNext())
        advance(false);
}

void Player::previous()
{
    if (m_queue.isEmpty())
        return;
    if (position() > kRestartThresholdMs) {
        seek(0);
        return;
    }
    if (m_orderPos > 0)
        moveTo(m_orderPos - 1);
    else if (m_repeat != Repeat::Off)
        moveTo(int(m_order.size()) - 1);
    else
        seek(0);
}

void Player::playAt(int index)
{
    if (index < 0 || index >= m_queue.size())
        return;
    m_wantPlaying = true;
    if (m_shuffle)
        rebuildOrder(index);
    else
        m_orderPos = index;
    moveTo(m_orderPos);
}

void Player::seek(qint64 positionMs)
{
    positionMs = std::max<qint64>(positionMs, 0);
    if (!m_loadedId.isEmpty() && !m_fetching)
        media()->setPosition(positionMs);
    else
        m_pendingSeek = positionMs;
    Q_EMIT positionChanged(positionMs);
    Q_EMIT seeked(positionMs);
}

void Player::advance(bool automatic)
{
    if (m_queue.isEmpty())
        return;
    if (automatic && m_repeat == Repeat::One) {
        media()->setPosition(0);
        media()->play();
        Q_EMIT seeked(0);
        return;
    }
    if (m_orderPos + 1 < m_order.size()) {
        moveTo(m_orderPos + 1);
        return;
    }
    if (m_repeat != Repeat::Off) {
        // Round again; shuffled, in a new order (the track just heard not first, when there is a choice).
        if (m_shuffle) {
            const int last = currentIndex();
            rebuildOrder(-1);
            if (m_order.size() > 1 && m_order.first() == last)
                std::swap(m_order.first(), m_order.last());
        }
        moveTo(0);
        return;
    }
    // The end of the queue: back to its first track, stopped.
    m_wantPlaying = false;
    moveTo(0);
    setState(State::Stopped);
}

void Player::moveTo(int orderPosition)
{
    m_orderPos = orderPosition;
    ++m_loadToken;
    m_fetching = false;
    m_loadedId.clear();
    m_pendingSeek = 0;
    m_error.clear();
    if (m_media) {
        m_media->stop();
        m_media->setSource(QUrl());
    }
    Q_EMIT currentChanged(currentIndex());
    Q_EMIT durationChanged(duration());
    Q_EMIT positionChanged(0);
    fetchCover();
    if (m_wantPlaying)
        load();
    else
        setState(State::Stopped);
}

void Player::load()
{
    const std::optional<kj::Track> track = currentTrack();
    if (!track)
        return;
    const quint64 token = ++m_loadToken;
    m_fetching = true;
    setState(State::Loading);
    m_files.audioFile(*track, this, [this, token](kj::Result<QString> path) {
        if (token != m_loadToken)
            return; // another track was chosen meanwhile
        if (!path) {
            m_fetching = false;
            fail(path.error().code == kj::ErrorCode::NotFound ? tr("This track's audio is not on the server (yet).")
                                                              : errorText(path.error()));
            return;
        }
        fileReady(*path);
    });
}

void Player::fileReady(const QString &path)
{
    const std::optional<kj::Track> track = currentTrack();
    m_fetching = false;
    m_loadedId = track ? track->id : QString();
    media()->setSource(QUrl::fromLocalFile(path));
    if (m_pendingSeek > 0)
        media()->setPosition(m_pendingSeek);
    m_pendingSeek = 0;
    if (m_wantPlaying)
        media()->play();
    else
        setState(State::Paused);
}

void Player::fetchCover()
{
    const std::optional<kj::Track> track = currentTrack();
    if (!m_coverFile.isEmpty()) {
        m_coverFile.clear();
        Q_EMIT coverChanged({});
    }
    if (!track || !track->hasCover)
        return;
    const QString id = track->id;
    m_files.coverFile(*track, this, [this, id](kj::Result<QString> path) {
        const std::optional<kj::Track> current = currentTrack();
        if (!path || !current || current->id != id)
            return; // no cover is shown as none
        m_coverFile = *path;
        Q_EMIT coverChanged(m_coverFile);
    });
}

void Player::fail(const QString &message)
{
    m_wantPlaying = false;
    m_error = message;
    setState(State::Stopped);
    Q_EMIT errorOccurred(message);
}

} // namespace kj::ui
