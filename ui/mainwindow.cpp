#include "ui/mainwindow.h"

#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/diarylistmodel.h"
#include "models/feed/feedmodel.h"
#include "models/friendlistmodel.h"
#include "models/friendrequestmodel.h"
#include "ui/diariespage.h"
#include "ui/diaryeditor.h"
#include "ui/personname.h"
#include "ui/photos/albumspage.h"
#include "ui/everyday/everydayarea.h"
#include "ui/everyday/settingspage.h"
#include "ui/everyday/shortcutsdialog.h"
#include "ui/feed/feedpage.h"
#include "ui/friendspage.h"
#include "ui/music/musicpage.h"
#include "ui/music/musicsession.h"
#include "ui/music/player.h"
#include "ui/music/playerbar.h"
#include "ui/preferences.h"
#include "ui/skin.h"
#include "ui/space/spacepage.h"
#include "ui/social/socialarea.h"
#include "ui/syncindicator.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kj::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/diariesSplitter");
const QString kPageKey = QStringLiteral("mainWindow/page");

//! How a page shows in the navigation and in the View menu.
struct PageEntry {
    const char *icon;
    const char *text;
    const char *menuText;
    const char *toolTip;
};

PageEntry pageEntry(MainWindow::Page page)
{
    using Page = MainWindow::Page;
    switch (page) {
    case Page::Space:
        return {"space", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "My space"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "My &space"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Your space as friends see it")};
    case Page::Feed:
        return {"feed", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Friends' feed"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Friends' &feed"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "What your friends wrote")};
    case Page::Diaries:
        return {"diary", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "My diaries"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "My &diaries"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Write and edit your diaries")};
    case Page::Albums:
        return {"album", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Albums"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "&Albums"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Your photo albums")};
    case Page::Music:
        return {"music", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Music"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "&Music"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Your space's background music")};
    case Page::Guestbook:
        return {"guestbook", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Guestbook"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "&Guestbook"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Messages friends left in your space")};
    case Page::Visitors:
        return {"visitors", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Visitors"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "&Visitors"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Who came to see your space")};
    case Page::Notifications:
        return {"notifications", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Notifications"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "&Notifications"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "New comments, likes and messages")};
    case Page::Friends:
        return {"friends", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Friends"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "F&riends"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Your friends, friend requests and groups")};
    case Page::Settings:
        return {"settings", QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Settings"), QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Se&ttings"),
                QT_TRANSLATE_NOOP("kj::ui::MainWindow", "Skin, language and playback")};
    }
    return {"", "", "", ""};
}
} // namespace

MainWindow::MainWindow(kj::app::ClientSession &session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_preferences(new Preferences(settings, this))
    , m_diaries(std::make_unique<kj::models::DiaryListModel>(session.store()))
    , m_feed(std::make_unique<kj::models::FeedModel>(session.store()))
    , m_friends(std::make_unique<kj::models::FriendListModel>(session.store()))
    , m_incoming(std::make_unique<kj::models::FriendRequestModel>(session.store(),
                                                                  kj::models::FriendRequestModel::Direction::Incoming))
    , m_outgoing(std::make_unique<kj::models::FriendRequestModel>(session.store(),
                                                                  kj::models::FriendRequestModel::Direction::Outgoing))
{
    setObjectName(QStringLiteral("mainWindow"));
    const kj::User &user = session.account().user;
    setWindowTitle(tr("%1's space — Kongjian").arg(personName(user)));

    m_diariesPage = new DiariesPage(*m_diaries, session.diaries(), this);
    m_feedPage = new FeedPage(*m_feed, session, this);
    addAction(m_feedPage->newStatusAction());
    connect(m_feedPage->newStatusAction(), &QAction::triggered, this, [this] { showPage(Page::Feed); });
    m_friendsPage = new FriendsPage(*m_friends, *m_incoming, *m_outgoing, session.friends(), this);
    m_music = std::make_unique<MusicSession>(session, settings);
    m_musicPage = new MusicPage(*m_music, this);
    m_playerBar = new PlayerBar(m_music->player(), this);
    connect(m_music.get(), &MusicSession::raiseRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    // The desktop's media controls; without a session bus the window simply goes without them.
    m_music->exportOnSessionBus();
    m_everyday = new EverydayArea(session, *m_preferences, this);
    m_everyday->attachDiaries(*m_diariesPage);
    m_everyday->attachFriends(*m_friendsPage, *m_friends);
    m_feedPage->setGroupModel(&m_everyday->groups());
    connect(m_everyday->settingsPage(), &SettingsPage::signOutRequested, this, &MainWindow::signOutRequested);
    auto *social = new SocialArea(session, settings, *m_preferences, this);

    m_spacePage = new SpacePage(session, *m_preferences, this);
    connect(m_spacePage, &SpacePage::moduleActivated, this, [this](const QString &module) {
        static const QHash<QString, Page> pages = {
            {QStringLiteral("posts"), Page::Feed},         {QStringLiteral("diaries"), Page::Diaries},
            {QStringLiteral("albums"), Page::Albums},      {QStringLiteral("music"), Page::Music},
            {QStringLiteral("guestbook"), Page::Guestbook}, {QStringLiteral("visitors"), Page::Visitors},
        };
        if (pages.contains(module))
            showPage(pages.value(module));
    });
    // A friend's space asks for its background music as it opens (when the viewer allows), or from its Play.
    connect(m_spacePage, &SpacePage::backgroundMusicRequested, this,
            [this](const QList<kj::Track> &tracks) { player().playPlaylist(tracks, true); });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    buildNavigation();

    addPage(Page::Diaries, m_diariesPage);
    addPage(Page::Feed, m_feedPage);
    addPage(Page::Friends, m_friendsPage);
    m_albumsPage = new AlbumsPage(session, {}, this);
    m_albumsPage->setGroupModel(&m_everyday->groups());
    addPage(Page::Albums, m_albumsPage);
    addPage(Page::Music, m_musicPage);
    addPage(Page::Space, m_spacePage);
    addPage(Page::Settings, m_everyday->settingsPage());
    addPage(Page::Guestbook, social->guestbookView());
    addPage(Page::Visitors, social->visitorsPage());
    addPage(Page::Notifications, social->notificationsPage());
    social->attach();
    connect(social, &SocialArea::openSpaceRequested, this, &MainWindow::openSpace);
    connect(social, &SocialArea::openItemRequested, this, [this](const QString &kind, const QString &id) {
        showPage(Page::Feed);
        if (!m_feedPage->showItem(kind, id))
            statusBar()->showMessage(tr("That is not in your feed here (yet): a sync may bring it."), 8000);
    });
    connect(m_friendsPage, &FriendsPage::openSpaceRequested, this, &MainWindow::openSpace);

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    // The player bar under the pages, across the window's width.
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(body, 1);
    layout->addWidget(m_playerBar);
    setCentralWidget(central);

    buildMenus();

    m_syncIndicator = new SyncIndicator(session.sync(), this);
    connect(m_syncIndicator, &SyncIndicator::signInRequested, this, &MainWindow::signOutRequested);
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("hint"));
    m_accountLabel->setText(tr("Signed in as %1 on %2").arg(user.username, session.account().server.authority()));
    statusBar()->addWidget(m_syncIndicator);
    m_everyday->attachStatusBar(*statusBar());
    connect(m_everyday, &EverydayArea::rejectedChangesRequested, this, [this] {
        showPage(Page::Settings);
        m_everyday->settingsPage()->showRejectedChanges();
    });
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->setSizeGripEnabled(true);

    restoreGeometryState();
    // The keyboard starts in the navigation: otherwise the first button in tab order (the player bar's
    // shuffle) would take the first Space a person types.
    m_navigation->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(188);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            m_pages->setCurrentWidget(page(Page(current->data(Qt::UserRole).toInt())));
    });
}

void MainWindow::addPage(Page page, QWidget *widget)
{
    const PageEntry entry = pageEntry(page);
    m_pages->addWidget(widget);
    m_pageWidgets.insert(int(page), widget);

    auto *item = new QListWidgetItem(icon(QString::fromLatin1(entry.icon)), tr(entry.text));
    item->setToolTip(tr(entry.toolTip));
    item->setData(Qt::UserRole, int(page));
    item->setSizeHint(QSize(0, std::max(36, fontMetrics().height() + 18)));
    // Wide enough for the longest name with a count after it ("Notifications (12)"), in any language.
    const int textWidth = m_navigation->fontMetrics().horizontalAdvance(item->text() + QStringLiteral(" (99)"));
    m_navigation->setFixedWidth(std::max(m_navigation->width(), textWidth + m_navigation->iconSize().width() + 56));
    // Rows follow the order of Page, whatever order the pages were added in.
    int row = 0;
    while (row < m_navigation->count() && m_navigation->item(row)->data(Qt::UserRole).toInt() < int(page))
        ++row;
    m_navigation->insertItem(row, item);
    if (!m_navigation->currentItem() || row == 0)
        m_navigation->setCurrentItem(item);
}

QWidget *MainWindow::page(Page page) const
{
    return m_pageWidgets.value(int(page));
}

Player &MainWindow::player() const
{
    return m_music->player();
}

QListWidgetItem *MainWindow::navigationItem(Page page) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == int(page))
            return m_navigation->item(row);
    }
    return nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    translated(file->menuAction(), QT_TR_NOOP("&File"));
    QAction *newDiary = translated(file->addAction(icon(QStringLiteral("new-diary")), tr("&New diary")), QT_TR_NOOP("&New diary"));
    newDiary->setObjectName(QStringLiteral("newDiaryAction"));
    newDiary->setShortcut(QKeySequence::New);
    connect(newDiary, &QAction::triggered, this, [this] {
        showPage(Page::Diaries);
        m_diariesPage->newDiary();
    });
    QAction *newAlbum = translated(file->addAction(icon(QStringLiteral("album")), tr("New &album")), QT_TR_NOOP("New &album"));
    newAlbum->setObjectName(QStringLiteral("newAlbumAction"));
    connect(newAlbum, &QAction::triggered, this, [this] {
        showPage(Page::Albums);
        m_albumsPage->newAlbum();
    });
    // One Ctrl+N: it makes an album while the albums page is shown and a diary everywhere else; the menu shows
    // which (two shortcuts on one key would be ambiguous and neither would fire).
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this, newDiary, newAlbum] {
        const bool albums = currentPage() == Page::Albums;
        newAlbum->setShortcut(albums ? QKeySequence(QKeySequence::New) : QKeySequence());
        newDiary->setShortcut(albums ? QKeySequence() : QKeySequence(QKeySequence::New));
    });
    QAction *syncNow = translated(file->addAction(icon(QStringLiteral("sync")), tr("&Sync now")), QT_TR_NOOP("&Sync now"));
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(syncNow, &QAction::triggered, this, [this] { m_session.sync().syncNow(); });
    QAction *settingsAction = translated(file->addAction(icon(QStringLiteral("settings")), tr("Se&ttings")), QT_TR_NOOP("Se&ttings"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, [this] { showPage(Page::Settings); });
    file->addSeparator();
    QAction *signOut = translated(file->addAction(icon(QStringLiteral("sign-out")), tr("Sign &out")), QT_TR_NOOP("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *quit = translated(file->addAction(icon(QStringLiteral("quit")), tr("&Quit")), QT_TR_NOOP("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    translated(view->menuAction(), QT_TR_NOOP("&View"));
    buildPageShortcuts(view);

    menuBar()->addMenu(m_playerBar->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    translated(help->menuAction(), QT_TR_NOOP("&Help"));
    QAction *shortcuts = translated(help->addAction(icon(QStringLiteral("keyboard")), tr("&Keyboard shortcuts")),
                                    QT_TR_NOOP("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = translated(help->addAction(icon(QStringLiteral("about")), tr("&About Kongjian")), QT_TR_NOOP("&About Kongjian"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildPageShortcuts(QMenu *view)
{
    // Ctrl+1 ... Ctrl+9 go to the pages in navigation order. The actions belong to the window, so the
    // shortcuts work with the menu closed; the menu shows them next to the pages' names.
    for (int row = 0; row < 9; ++row) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, row] {
            if (row < m_navigation->count())
                m_navigation->setCurrentRow(row);
        });
        addAction(go);
        m_pageActions.append(go);
    }
    connect(view, &QMenu::aboutToShow, this, [this, view] {
        view->clear();
        for (int row = 0; row < m_navigation->count(); ++row) {
            const auto page = Page(m_navigation->item(row)->data(Qt::UserRole).toInt());
            QAction *go = row < m_pageActions.size() ? m_pageActions[row] : new QAction(view);
            go->setText(tr(pageEntry(page).menuText));
            if (row >= m_pageActions.size())
                connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
            view->addAction(go);
        }
    });
}

MainWindow::Page MainWindow::currentPage() const
{
    const QListWidgetItem *current = m_navigation->currentItem();
    return current ? Page(current->data(Qt::UserRole).toInt()) : Page::Diaries;
}

void MainWindow::showPage(Page page)
{
    if (QListWidgetItem *item = navigationItem(page))
        m_navigation->setCurrentItem(item);
}

void MainWindow::openSpace(const QString &username)
{
    showPage(Page::Space);
    m_spacePage->openSpace(username);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kongjian"),
                       tr("<h3>Kongjian %1</h3>"
                          "<p>Your personal space: diaries and a friends' feed that work offline and sync with "
                          "a Kongjian server.</p>")
                           .arg(QStringLiteral(KJ_VERSION)));
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entriesOf(*this);
    // The pages by Ctrl+1..9 in navigation order (their actions have words only while the View menu is open).
    for (int row = 0; row < m_navigation->count() && row < m_pageActions.size(); ++row)
        entries.append({tr("Go to %1").arg(m_navigation->item(row)->text()), m_pageActions.at(row)->shortcut()});
    ShortcutsDialog dialog(entries, this);
    dialog.exec();
}

QAction *MainWindow::translated(QAction *action, const char *source)
{
    m_translatedActions.append({action, source});
    return action;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const kj::User &user = m_session.account().user;
    setWindowTitle(tr("%1's space — Kongjian").arg(personName(user)));
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const PageEntry entry = pageEntry(Page(item->data(Qt::UserRole).toInt()));
        item->setText(tr(entry.text));
        item->setToolTip(tr(entry.toolTip));
    }
    for (const auto &[action, source] : std::as_const(m_translatedActions))
        action->setText(tr(source));
    if (m_accountLabel)
        m_accountLabel->setText(tr("Signed in as %1 on %2").arg(user.username, m_session.account().server.authority()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Whatever is in the editor goes into the local store before the window goes away.
    m_diariesPage->editor()->save();
    saveGeometryState();
    event->accept();
}

void MainWindow::saveGeometryState()
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.setValue(kSplitterKey, m_diariesPage->splitter()->saveState());
    m_settings.setValue(kPageKey, int(currentPage()));
    m_settings.sync();
}

void MainWindow::restoreGeometryState()
{
    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray()))
        resize(1180, 760);
    restoreState(m_settings.value(kStateKey).toByteArray());
    m_diariesPage->splitter()->restoreState(m_settings.value(kSplitterKey).toByteArray());
    if (const QVariant page = m_settings.value(kPageKey); page.isValid())
        showPage(Page(page.toInt()));
}

} // namespace kj::ui
