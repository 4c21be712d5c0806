#pragma once

#include "app/services/musicservice.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;
class QSplitter;

namespace kj {
struct Error;
}

namespace kj::ui {

class MusicSession;
class TrackDelegate;

//! The Music page: my tracks (add audio files, which upload; play; delete) and my space's background
//! playlist (drag tracks in and into order, remove, play it; whether it plays by itself for visitors and
//! shuffled). Everything is saved here first and marked until the server has it. Audio files dropped on the
//! page are added as tracks.
class MusicPage : public QWidget
{
    Q_OBJECT

public:
    //! `music` must outlive the page.
    explicit MusicPage(MusicSession &music, QWidget *parent = nullptr);

    [[nodiscard]] QListView *trackList() const { return m_tracks; }
    [[nodiscard]] QListView *playlistView() const { return m_playlist; }
    [[nodiscard]] QLabel *playlistState() const { return m_playlistState; }
    [[nodiscard]] QLabel *message() const { return m_message; }
    [[nodiscard]] QCheckBox *autoplayBox() const { return m_autoplay; }
    [[nodiscard]] QCheckBox *shuffleBox() const { return m_shuffle; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    //! The file name filter of audio files the server takes.
    [[nodiscard]] static QString audioFilter();

    //! Adds these files as tracks of mine (queued for upload) and to my playlist: read and checked off the GUI
    //! thread ("Preparing…" meanwhile); filesAdded() when done. Files that are not audio the server takes, or
    //! too large, are refused with a message.
    void addFiles(const QStringList &paths);
    //! Asks for audio files and adds them.
    void chooseFiles();
    //! Deletes these tracks of mine (they leave the playlist too), without asking.
    void deleteTracks(const QStringList &ids);
    //! Plays my tracks from the one at `row` of the track list.
    void playTracksFrom(int row);
    //! Plays the playlist from the one at `row`.
    void playPlaylistFrom(int row);

Q_SIGNALS:
    //! An addFiles() is done: how many tracks it queued.
    void filesAdded(int added);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] QStringList selectedIds(const QListView *view) const;
    void confirmDelete();
    void addSelectedToPlaylist();
    void removeSelectedFromPlaylist();
    void saveMusicOptions();
    void showError(const QString &what, const kj::Error &error);
    void onFilesAdded(const kj::app::MusicService::AddReport &report);
    void updateState();

    MusicSession &m_music;
    QListView *m_tracks = nullptr;
    QListView *m_playlist = nullptr;
    TrackDelegate *m_delegate = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_tracksTitle = nullptr;
    QLabel *m_playlistTitle = nullptr;
    QAction *m_addAction = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_trackHint = nullptr;
    QLabel *m_playlistHint = nullptr;
    QLabel *m_playlistState = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_autoplay = nullptr;
    QCheckBox *m_shuffle = nullptr;
    QPushButton *m_playButton = nullptr;
    QPushButton *m_addToPlaylistButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_playAllButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace kj::ui
