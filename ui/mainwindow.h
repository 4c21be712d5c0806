#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace kj::app {
class ClientSession;
}
namespace kj::models {
class DiaryListModel;
class FeedModel;
class FriendListModel;
class FriendRequestModel;
} // namespace kj::models

namespace kj::ui {

class DiariesPage;
class FeedPage;
class FriendsPage;
class SyncIndicator;

//! The main window of one signed-in account: navigation on the left (My diaries, Friends' feed,
//! Friends), the page on the right, the sync state in the status bar. Remembers its geometry in the
//! profile's settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Diaries, Feed, Friends };
    Q_ENUM(Page)

    //! `session` and `settings` must outlive the window.
    MainWindow(kj::app::ClientSession &session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Page currentPage() const;
    void showPage(Page page);

    [[nodiscard]] DiariesPage *diariesPage() const { return m_diariesPage; }
    [[nodiscard]] FeedPage *feedPage() const { return m_feedPage; }
    [[nodiscard]] FriendsPage *friendsPage() const { return m_friendsPage; }
    [[nodiscard]] SyncIndicator *syncIndicator() const { return m_syncIndicator; }

Q_SIGNALS:
    //! File > Sign out, or "Sign in again" after the server refused the session.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void saveGeometryState();
    void restoreGeometryState();
    void showAbout();

    kj::app::ClientSession &m_session;
    QSettings &m_settings;
    std::unique_ptr<kj::models::DiaryListModel> m_diaries;
    std::unique_ptr<kj::models::FeedModel> m_feed;
    std::unique_ptr<kj::models::FriendListModel> m_friends;
    std::unique_ptr<kj::models::FriendRequestModel> m_incoming;
    std::unique_ptr<kj::models::FriendRequestModel> m_outgoing;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DiariesPage *m_diariesPage = nullptr;
    FeedPage *m_feedPage = nullptr;
    FriendsPage *m_friendsPage = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    QLabel *m_accountLabel = nullptr;
};

} // namespace kj::ui
