#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;

namespace kj::app {
class ClientSession;
class FeedService;
} // namespace kj::app
namespace kj::models {
class FeedModel;
}

namespace kj::ui {

class DiaryViewer;
class FeedDelegate;
class RepostDialog;
class StatusComposer;
class FeedPictures;

//! "Friends' feed": the 说说 composer on top, then what my friends and I wrote, did and shared as cards,
//! newest first, loaded page by page as the list scrolls (FeedModel over the local store, so it works
//! offline). Like, comment and repost right on a card; the comments open under it with a reply box.
//! Double-click (or Enter) on a diary opens it to read.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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
    QLabel *m_error = nullptr;
    QAction *m_newStatus = nullptr;
};

} // namespace kj::ui
