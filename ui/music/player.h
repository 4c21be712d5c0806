#pragma once

#include "models/domain/track.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class QAudioOutput;
class QMediaPlayer;

namespace kj::app {
class TrackFiles;
}

namespace kj::ui {

//! The window's music player: a queue of tracks played in order or shuffled, with repeat off, of the whole
//! queue or of one track. Each track's audio is fetched once into a local file (TrackFiles: the server's
//! media needs our Authorization header, which QMediaPlayer cannot send) and played from there; its cover
//! art likewise. One player per window: the Music page, a space's background music and MPRIS all drive it.
class Player : public QObject
{
    Q_OBJECT

public:
    enum class Repeat { Off, All, One };
    Q_ENUM(Repeat)
    //! Loading: playing is wanted and the track's file is being fetched.
    enum class State { Stopped, Loading, Playing, Paused };
    Q_ENUM(State)

    //! Going back within this many ms of a track's start goes to the previous track; later, to its start.
    static constexpr qint64 kRestartThresholdMs = 3000;

    //! `files` must outlive the player.
    explicit Player(kj::app::TrackFiles &files, QObject *parent = nullptr);
    ~Player() override;

    // --- the queue ---

    //! Replaces the queue and makes `start` current (shuffled: it plays first); plays it when `play`.
    void setQueue(const QList<kj::Track> &tracks, int start = 0, bool play = false);
    //! A space's background music: these tracks (those with audio), from the first, or a random one when
    //! shuffling; playing at once when `startNow` (the viewer's Preferences::autoplayMusic()), else ready
    //! for a click on play.
    void playPlaylist(const QList<kj::Track> &tracks, bool startNow);
    void clear();

    [[nodiscard]] const QList<kj::Track> &queue() const { return m_queue; }
    //! The current track's position in queue(), -1 with an empty queue.
    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] std::optional<kj::Track> currentTrack() const;
    //! The queue's positions in playing order (shuffled or not).
    [[nodiscard]] const QList<int> &playingOrder() const { return m_order; }

    // --- playing ---

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isPlaying() const { return m_state == State::Playing || m_state == State::Loading; }
    //! In ms.
    [[nodiscard]] qint64 position() const;
    //! In ms: what the file says once it is open, else what the server said of the track.
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] bool canGoNext() const;
    [[nodiscard]] bool canGoPrevious() const { return !m_queue.isEmpty(); }
    [[nodiscard]] bool canPlay() const { return !m_queue.isEmpty(); }
    //! The current track's cover art as a local file, empty when it has none (or it is not here yet).
    [[nodiscard]] QString coverFile() const { return m_coverFile; }
    //! Why the last track could not play, empty when it could.
    [[nodiscard]] QString errorString() const { return m_error; }

    //! 0..1, linear.
    [[nodiscard]] float volume() const;
    void setVolume(float volume);
    [[nodiscard]] bool isMuted() const;
    void setMuted(bool muted);

    [[nodiscard]] bool shuffle() const { return m_shuffle; }
    void setShuffle(bool shuffle);
    [[nodiscard]] Repeat repeat() const { return m_repeat; }
    void setRepeat(Repeat repeat);

    //! The media player underneath (tests look at its source); made on first use.
    [[nodiscard]] QMediaPlayer *mediaPlayer() { return media(); }

public Q_SLOTS:
    void play();
    void pause();
    void playPause();
    void stop();
    //! The next track in playing order; after the last, the first again when repeating (reshuffled).
    void next();
    //! Back to the start of the track, or (near its start) the track before.
    void previous();
    //! Plays the track at `index` of queue().
    void playAt(int index);
    void seek(qint64 positionMs);

Q_SIGNALS:
    void queueChanged();
    //! The current track changed (index -1: none).
    void currentChanged(int index);
    void stateChanged(kj::ui::Player::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    //! A jump in position the listener did not get by playing: a seek, the track started again.
    void seeked(qint64 positionMs);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    void shuffleChanged(bool shuffle);
    void repeatChanged(kj::ui::Player::Repeat repeat);
    void coverChanged(const QString &path);
    //! A track could not be fetched or played (in plain words); the player stops.
    void errorOccurred(const QString &message);

private:
    //! The QMediaPlayer and its output, made on first use.
    QMediaPlayer *media();
    void setState(State state);
    //! Playing order with `first` (a queue index) in front when shuffling; the order's position of `first`.
    void rebuildOrder(int first);
    void moveTo(int orderPosition);
    void load();
    void fileReady(const QString &path);
    void fetchCover();
    void advance(bool automatic);
    void fail(const QString &message);

    kj::app::TrackFiles &m_files;
    QMediaPlayer *m_media = nullptr;
    QAudioOutput *m_output = nullptr;
    float m_volume = 1.0f; // until m_output exists
    bool m_muted = false;  // until m_output exists
    QList<kj::Track> m_queue;
    QList<int> m_order;
    int m_orderPos = -1;
    bool m_shuffle = false;
    Repeat m_repeat = Repeat::Off;
    State m_state = State::Stopped;
    bool m_wantPlaying = false;
    QString m_loadedId;      // the track whose file is the media's source
    quint64 m_loadToken = 0; // the fetch whose answer counts
    bool m_fetching = false;
    qint64 m_pendingSeek = 0;
    QString m_coverFile;
    QString m_error;
};

} // namespace kj::ui
