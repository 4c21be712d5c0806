#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
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
class EverydayArea;
class Preferences;
class AlbumsPage;
class FeedPage;
class FriendsPage;
class MusicPage;
class MusicSession;
class Player;
class PlayerBar;
class SpacePage;
class SyncIndicator;

//! The main window of one signed-in account: navigation on the left (one row per page, in the order of
//! Page), the page on the right, the sync state in the status bar. Remembers its geometry and page in the
//! profile's settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! Every page of the window, in navigation order. A page is listed once it is added (addPage()).
    enum class Page { Space, Feed, Diaries, Albums, Music, Guestbook, Visitors, Notifications, Friends, Settings };
    Q_ENUM(Page)

    //! `session` and `settings` must outlive the window.
    MainWindow(kj::app::ClientSession &session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Page currentPage() const;
    void showPage(Page page);
    //! Shows `username`'s space (in its owner's skin; mine for my own username) on the Space page.
    void openSpace(const QString &username);
    //! The page's widget, or null when this window has no such page.
    [[nodiscard]] QWidget *page(Page page) const;
    //! The navigation row of `page`'s entry (its text can change, e.g. to show an unread count).
    [[nodiscard]] QListWidgetItem *navigationItem(Page page) const;

    [[nodiscard]] DiariesPage *diariesPage() const { return m_diariesPage; }
    [[nodiscard]] FeedPage *feedPage() const { return m_feedPage; }
    [[nodiscard]] AlbumsPage *albumsPage() const { return m_albumsPage; }
    [[nodiscard]] FriendsPage *friendsPage() const { return m_friendsPage; }
    [[nodiscard]] SpacePage *spacePage() const { return m_spacePage; }
    [[nodiscard]] SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    [[nodiscard]] Preferences &preferences() const { return *m_preferences; }
    //! The window's music player: the Music page, the player bar, a space's background music and MPRIS drive it.
    [[nodiscard]] Player &player() const;
    [[nodiscard]] MusicSession &music() const { return *m_music; }
    [[nodiscard]] MusicPage *musicPage() const { return m_musicPage; }
    [[nodiscard]] PlayerBar *playerBar() const { return m_playerBar; }
    //! Settings, friend groups, the editor's groups and photos, upload progress and refused changes.
    [[nodiscard]] EverydayArea *everyday() const { return m_everyday; }

Q_SIGNALS:
    //! File > Sign out, or "Sign in again" after the server refused the session.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page page, QWidget *widget);
    void buildMenus();
    void buildNavigation();
    void buildPageShortcuts(QMenu *view);
    void saveGeometryState();
    void restoreGeometryState();
    void showAbout();
    void showShortcuts();
    //! The window's own words again, in the language just installed (menus, navigation, title, status bar).
    void retranslate();
    //! `action`'s text is tr(source) now and after each change of language.
    QAction *translated(QAction *action, const char *source);

    kj::app::ClientSession &m_session;
    QSettings &m_settings;
    Preferences *m_preferences = nullptr;
    std::unique_ptr<kj::models::DiaryListModel> m_diaries;
    std::unique_ptr<kj::models::FeedModel> m_feed;
    std::unique_ptr<kj::models::FriendListModel> m_friends;
    std::unique_ptr<kj::models::FriendRequestModel> m_incoming;
    std::unique_ptr<kj::models::FriendRequestModel> m_outgoing;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DiariesPage *m_diariesPage = nullptr;
    FeedPage *m_feedPage = nullptr;
    AlbumsPage *m_albumsPage = nullptr;
    FriendsPage *m_friendsPage = nullptr;
    SpacePage *m_spacePage = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    std::unique_ptr<MusicSession> m_music;
    MusicPage *m_musicPage = nullptr;
    PlayerBar *m_playerBar = nullptr;
    QLabel *m_accountLabel = nullptr;
    QHash<int, QWidget *> m_pageWidgets;
    QList<QAction *> m_pageActions;
    EverydayArea *m_everyday = nullptr;
    QList<QPair<QAction *, const char *>> m_translatedActions;
};

} // namespace kj::ui
