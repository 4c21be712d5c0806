#pragma once

#include "models/domain/track.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

class QSettings;

namespace kj::app {
class ClientSession;
class MusicService;
class TrackFiles;
} // namespace kj::app
namespace kj::models {
class MyTrackModel;
class PlaylistModel;
} // namespace kj::models

namespace kj::ui {

class Mpris;
class Player;

//! The music of one window: the audio files, the player (its volume, mute, shuffle and repeat kept in the
//! profile's settings), my tracks and my space's playlist with the service that writes them, and MPRIS2
//! once exported on the session bus. MainWindow owns one; the Music page, the player bar and a space's
//! background music use it.
class MusicSession : public QObject
{
    Q_OBJECT

public:
    //! `session` and `settings` must outlive this object.
    MusicSession(kj::app::ClientSession &session, QSettings &settings, QObject *parent = nullptr);
    ~MusicSession() override;

    [[nodiscard]] Player &player() const { return *m_player; }
    [[nodiscard]] kj::app::MusicService &service() const { return *m_service; }
    [[nodiscard]] kj::app::TrackFiles &files() const { return *m_files; }
    [[nodiscard]] kj::models::MyTrackModel &myTracks() const { return *m_myTracks; }
    [[nodiscard]] kj::models::PlaylistModel &playlist() const { return *m_playlist; }
    //! Null until exportOnSessionBus() succeeded.
    [[nodiscard]] Mpris *mpris() const { return m_mpris.get(); }

    //! Puts the player on the session bus for the desktop's media controls (MPRIS2). Without a session bus
    //! (or its name) it stays off, silently: the window works the same, the media keys of the desktop don't.
    bool exportOnSessionBus();

Q_SIGNALS:
    //! The desktop asked for the window (MPRIS Raise).
    void raiseRequested();

private:
    void restoreSettings();
    void offerPlaylist();

    QSettings &m_settings;
    std::unique_ptr<kj::app::TrackFiles> m_files;
    std::unique_ptr<kj::app::MusicService> m_service;
    std::unique_ptr<kj::models::MyTrackModel> m_myTracks;
    std::unique_ptr<kj::models::PlaylistModel> m_playlist;
    std::unique_ptr<Player> m_player;
    std::unique_ptr<Mpris> m_mpris;
    QList<kj::Track> m_offered; // my playlist as last put in the player, not chosen by anyone
    QTimer m_offerTimer;
};

} // namespace kj::ui
