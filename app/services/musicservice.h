#pragma once

#include "app/services/trackimport.h"
#include "models/domain/error.h"
#include "models/domain/result.h"
#include "models/domain/spacesettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

namespace kj::app {

class ClientSession;

//! My music, written offline first: local audio files become tracks of mine (queued uploads the sync sends,
//! the server reading title, artist, length and cover art from the file), tracks are deleted, and my space's
//! background playlist is set (my space's settings, field "music", merged field by field when pushed).
class MusicService : public QObject
{
    Q_OBJECT

public:
    //! `session` must outlive the service.
    explicit MusicService(ClientSession &session, QObject *parent = nullptr);

    //! What one addTrackFiles() queued and refused.
    struct AddReport {
        QStringList added;         // the new tracks' ids
        QStringList refusedFiles;  // the files not queued...
        QList<kj::Error> problems; // ...and why, in the same order
    };

    ~MusicService() override;

    //! Checks and hashes the files off the GUI thread (prepareTrackFile: audio the server takes, at most
    //! 50 MiB), then queues each as addTrackFile(track, addToPlaylist) does; filesAdded() tells what came of it.
    void addTrackFiles(const QStringList &paths, bool addToPlaylist);
    //! Whether addTrackFiles() is still reading files.
    [[nodiscard]] bool isPreparing() const { return m_preparing > 0; }
    //! Queues a prepared audio file as a new public track of mine and, with `addToPlaylist`, appends it to my
    //! space's playlist; the new track's id.
    [[nodiscard]] kj::Result<QString> addTrackFile(const PreparedTrack &track, bool addToPlaylist);
    //! Like addTrackFile(prepareTrackFile(path), addToPlaylist): reads the whole file, so not on the GUI thread.
    [[nodiscard]] kj::Result<QString> addTrackFile(const QString &path, bool addToPlaylist);
    //! Deletes a track of mine (it leaves my playlist too); one still uploading is stopped and forgotten.
    [[nodiscard]] kj::Status removeTrack(const QString &trackId);

    //! My space's background music as saved here (the defaults before it was ever seen).
    [[nodiscard]] kj::SpaceMusic music() const;
    //! Whether a change of my space's settings waits for the server.
    [[nodiscard]] bool musicPending() const;
    //! Sets the playlist to these tracks of mine, in this order (autoplay and shuffle kept).
    [[nodiscard]] kj::Status setPlaylist(const QStringList &trackIds);
    //! Sets the whole background music.
    [[nodiscard]] kj::Status setMusic(const kj::SpaceMusic &music);

    //! How much of a queued track's file the server has (0..1), -1 when it is not being sent.
    [[nodiscard]] double uploadProgress(const QString &trackId) const { return m_progress.value(trackId, -1.0); }

    [[nodiscard]] ClientSession &session() const { return m_session; }

Q_SIGNALS:
    void uploadProgressChanged(const QString &trackId);
    //! An addTrackFiles() is done.
    void filesAdded(const kj::app::MusicService::AddReport &report);
    //! Something the music pages show may have changed: a write of mine, or a sync that ended.
    void changed();

private:
    ClientSession &m_session;
    QHash<QString, double> m_progress;
    int m_preparing = 0;
    QThreadPool m_pool; // reads the files of addTrackFiles(); the destructor waits for it
};

} // namespace kj::app
