#pragma once

#include "models/domain/album.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace kj::app {
class ClientSession;
class PhotoService;
struct PhotoImportReport;
} // namespace kj::app
namespace kj::models {
class AlbumListModel;
class FriendGroupModel;
class PhotoListModel;
} // namespace kj::models

namespace kj::ui {

class AlbumDelegate;
class ElidedLabel;
class PhotoViewer;
class ThumbnailLoader;
class UploadPanel;

//! Albums (相册): the albums of one person as a grid of covers, an album's photos as a grid of thumbnails, and
//! the photo viewer. My own albums are made, edited and filled here: files and folders dropped onto an album's
//! tile or into an open album (or picked with "Add photos…") are checked and queued for upload, with the upload
//! panel below. A friend's albums (setOwner()) are shown read-only; their photos can be liked and commented.
//! Everything is read from the local cache and works offline; the server refreshes it when it can be reached.
class AlbumsPage : public QWidget
{
    Q_OBJECT

public:
    //! The albums of `owner` (empty: mine). `session` must outlive the page.
    explicit AlbumsPage(kj::app::ClientSession &session, const QString &owner = {}, QWidget *parent = nullptr);
    ~AlbumsPage() override;

    //! Shows someone else's albums (read-only), or mine (empty or my username).
    void setOwner(const QString &owner);
    [[nodiscard]] QString owner() const;
    [[nodiscard]] bool isMine() const;
    //! My friend groups, offered as audiences when I make or edit an album (may be null: none).
    void setGroupModel(kj::models::FriendGroupModel *groups) { m_groups = groups; }

    [[nodiscard]] kj::app::PhotoService &service() const { return *m_service; }
    [[nodiscard]] ThumbnailLoader &thumbnails() const { return *m_thumbnails; }
    [[nodiscard]] kj::models::AlbumListModel &albumModel() const { return *m_albums; }
    [[nodiscard]] kj::models::PhotoListModel &photoModel() const { return *m_photos; }
    [[nodiscard]] QListView *albumGrid() const { return m_albumGrid; }
    [[nodiscard]] QListView *photoGrid() const { return m_photoGrid; }
    [[nodiscard]] UploadPanel *uploadPanel() const { return m_uploadPanel; }
    [[nodiscard]] PhotoViewer *viewer() const { return m_viewer; }
    //! The line that tells what just happened (photos added, files refused, a problem).
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    //! The album open in the photo grid (empty on the album grid).
    [[nodiscard]] QString openAlbumId() const { return m_openAlbumId; }

public Q_SLOTS:
    //! Asks for a title, description and audience, then makes the album (offline first).
    void newAlbum();
    //! Edits the selected or open album of mine.
    void editAlbum();
    //! Deletes the selected album of mine, after asking (only one the server never saw).
    void deleteAlbum();
    void openAlbum(const QString &albumId);
    void showAlbums();
    //! Opens the photo `photoId` of the open album in the viewer.
    void openPhoto(const QString &photoId);
    //! Picks pictures (or a folder, `folder` true) for the open or selected album.
    void addPhotos(bool folder = false);
    //! Queues the pictures among `paths` (files and folders) for album `albumId` of mine.
    void importInto(const QString &albumId, const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildAlbumGrid(QWidget *page);
    void buildAlbumView(QWidget *page);
    void refreshUploads();
    void updateActions();
    void updateAlbumHeader();
    void updateEmptyState();
    //! The album grid's actions show on the album grid only; an open album has its own.
    void updateHeaderButtons();
    void showMessage(const QString &text, bool problem = false);
    void onImportFinished(const kj::app::PhotoImportReport &report);
    [[nodiscard]] QString selectedAlbumId() const;
    [[nodiscard]] QString targetAlbumId() const;

    kj::app::ClientSession &m_session;
    std::unique_ptr<kj::app::PhotoService> m_service;
    kj::models::FriendGroupModel *m_groups = nullptr;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    std::unique_ptr<kj::models::AlbumListModel> m_albums;
    std::unique_ptr<kj::models::PhotoListModel> m_photos;
    QString m_openAlbumId;

    QLabel *m_title = nullptr;
    ElidedLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_gridStack = nullptr;
    QLabel *m_emptyHint = nullptr;
    QListView *m_albumGrid = nullptr;
    AlbumDelegate *m_albumDelegate = nullptr;
    QListView *m_photoGrid = nullptr;
    QLabel *m_albumTitle = nullptr;
    QLabel *m_albumDescription = nullptr;
    QLabel *m_albumFacts = nullptr;
    QLabel *m_photoHint = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_addFolderButton = nullptr;
    QPushButton *m_albumEditButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_albumAddButton = nullptr;
    UploadPanel *m_uploadPanel = nullptr;
    PhotoViewer *m_viewer = nullptr;
};

} // namespace kj::ui
