#include "ui/mainwindow.h"

#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/diarylistmodel.h"
#include "models/feedmodel.h"
#include "models/friendlistmodel.h"
#include "models/friendrequestmodel.h"
#include "ui/diariespage.h"
#include "ui/diaryeditor.h"
#include "ui/feedpage.h"
#include "ui/friendspage.h"
#include "ui/skin.h"
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

#include <algorithm>

namespace kj::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/diariesSplitter");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(kj::app::ClientSession &session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
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
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    setWindowTitle(tr("%1's space — Kongjian").arg(name));

    m_diariesPage = new DiariesPage(*m_diaries, session.diaries(), this);
    m_feedPage = new FeedPage(*m_feed, this);
    m_friendsPage = new FriendsPage(*m_friends, *m_incoming, *m_outgoing, session.friends(), this);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_diariesPage);
    m_pages->addWidget(m_feedPage);
    m_pages->addWidget(m_friendsPage);

    buildNavigation();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();

    m_syncIndicator = new SyncIndicator(session.sync(), this);
    connect(m_syncIndicator, &SyncIndicator::signInRequested, this, &MainWindow::signOutRequested);
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("hint"));
    m_accountLabel->setText(tr("Signed in as %1 on %2").arg(user.username, session.account().server.authority()));
    statusBar()->addWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->setSizeGripEnabled(true);

    restoreGeometryState();
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
    const int rowHeight = std::max(36, fontMetrics().height() + 18);
    const auto add = [this, rowHeight](const QString &iconName, const QString &text, const QString &toolTip) {
        auto *item = new QListWidgetItem(icon(iconName), text, m_navigation);
        item->setToolTip(toolTip);
        item->setSizeHint(QSize(0, rowHeight));
    };
    add(QStringLiteral("diary"), tr("My diaries"), tr("Write and edit your diaries"));
    add(QStringLiteral("feed"), tr("Friends' feed"), tr("What your friends wrote"));
    add(QStringLiteral("friends"), tr("Friends"), tr("Your friends and friend requests"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDiary = file->addAction(icon(QStringLiteral("new-diary")), tr("&New diary"));
    newDiary->setObjectName(QStringLiteral("newDiaryAction"));
    newDiary->setShortcut(QKeySequence::New);
    connect(newDiary, &QAction::triggered, this, [this] {
        showPage(Page::Diaries);
        m_diariesPage->newDiary();
    });
    QAction *syncNow = file->addAction(icon(QStringLiteral("sync")), tr("&Sync now"));
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(syncNow, &QAction::triggered, this, [this] { m_session.sync().syncNow(); });
    file->addSeparator();
    QAction *signOut = file->addAction(icon(QStringLiteral("sign-out")), tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *quit = file->addAction(icon(QStringLiteral("quit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString pageNames[] = {tr("&My diaries"), tr("Friends' &feed"), tr("F&riends")};
    for (int page = 0; page < 3; ++page) {
        QAction *go = view->addAction(pageNames[page]);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(go, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(icon(QStringLiteral("about")), tr("&About Kongjian"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kongjian"),
                       tr("<h3>Kongjian %1</h3>"
                          "<p>Your personal space: diaries and a friends' feed that work offline and sync with "
                          "a Kongjian server.</p>")
                           .arg(QStringLiteral(KJ_VERSION)));
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
    const int page = m_settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < m_pages->count())
        showPage(Page(page));
}

} // namespace kj::ui
