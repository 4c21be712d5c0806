#pragma once

#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;

namespace kj::app {
class ClientSession;
class FeedService;
class PhotoService;
} // namespace kj::app
namespace kj::models {
class FeedModel;
class FriendGroupModel;
class PhotoListModel;
} // namespace kj::models

namespace kj::ui {

class DiaryViewer;
class FeedDelegate;
class RepostDialog;
class StatusComposer;
class FeedPictures;
class PhotoViewer;
class ThumbnailLoader;

//! "Friends' feed": the 说说 composer on top, then what my friends and I wrote, did and shared as cards,
//! newest first, loaded page by page as the list scrolls (FeedModel over the local store, so it works
//! offline). Like, comment and repost right on a card; the comments open under it with a reply box.
//! Double-click (or Enter) on a diary opens it to read; a click on a picture opens the card's photos in the
//! albums' PhotoViewer (previous and next over that card's photos, Esc back to the feed).
class FeedPage : public QWidget
{
    Q_OBJECT

public:
    //! `model` and `session` must outlive the page.
    FeedPage(kj::models::FeedModel &model, kj::app::ClientSession &session, QWidget *parent = nullptr);
    ~FeedPage() override;

    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] FeedDelegate *delegate() const { return m_delegate; }
    [[nodiscard]] StatusComposer *composer() const { return m_composer; }
    [[nodiscard]] FeedPictures *pictures() const { return m_pictures; }
    [[nodiscard]] kj::app::FeedService &service() const { return *m_service; }
    //! "New 说说" (Ctrl+Shift+N): puts the cursor in the composer. The window adds it to its own actions.
    [[nodiscard]] QAction *newStatusAction() const { return m_newStatus; }
    //! My friend groups, offered as audiences by the composer and the repost dialog (may be null: none).
    void setGroupModel(kj::models::FriendGroupModel *groups);

public Q_SLOTS:
    //! Opens the diary at `row` read-only; gives the viewer (owned by this page, deleted when closed).
    DiaryViewer *openRow(int row);
    //! Likes the entry at `row`, or takes my like back.
    void toggleLike(int row);
    //! Shows or hides the comments of the entry at `row` (shown: asks the server for the latest too).
    void toggleComments(int row);
    //! Asks how to repost the entry at `row`; gives the dialog (non-modal, owned by the page).
    RepostDialog *repostRow(int row);
    //! Saves my comment on the entry at `row`.
    bool comment(int row, const QString &text);
    //! Shows picture `picture` of the entry at `row` large, in the photo viewer over the feed; gives the
    //! viewer (owned by the page), nullptr when the entry has no such picture kept here.
    PhotoViewer *openPicture(int row, int picture);
    //! Back from the photo viewer to the feed.
    void closePhotos();
    //! Scrolls to the entry of item (kind, id), loading further pages while it is not loaded yet (up to a
    //! few), selects it and opens its comments (a notification about a like or a comment leads here).
    //! Gives false when the feed kept here has no such entry.
    bool showItem(const QString &kind, const QString &id);

public:
    [[nodiscard]] bool isShowingPhotos() const;
    [[nodiscard]] PhotoViewer *photoViewer() const { return m_viewer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();
    void showError(const QString &text);
    void openEditors();

    kj::models::FeedModel &m_model;
    kj::app::ClientSession &m_session;
    kj::app::FeedService *m_service = nullptr;
    FeedPictures *m_pictures = nullptr;
    StatusComposer *m_composer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    FeedDelegate *m_delegate = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_newStatus = nullptr;
    kj::models::FriendGroupModel *m_groups = nullptr;
    QStackedWidget *m_pages = nullptr; // the feed, or the photo viewer
    std::unique_ptr<kj::app::PhotoService> m_photoService;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    std::unique_ptr<kj::models::PhotoListModel> m_photos;
    PhotoViewer *m_viewer = nullptr;
};

} // namespace kj::ui
