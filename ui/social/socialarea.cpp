#include "ui/social/socialarea.h"

#include "app/clientsession.h"
#include "app/services/guestbookservice.h"
#include "app/services/notificationsservice.h"
#include "app/services/visitorsservice.h"
#include "app/sync/syncengine.h"
#include "models/social/guestbookmodel.h"
#include "ui/diariespage.h"
#include "ui/mainwindow.h"
#include "ui/social/activitynotifier.h"
#include "ui/social/guestbookview.h"
#include "ui/social/notificationspage.h"
#include "ui/social/trayicon.h"
#include "ui/social/visitorspage.h"

#include <QEvent>
#include <QListWidgetItem>
#include <QSystemTrayIcon>

namespace kj::ui {

using namespace std::chrono_literals;

SocialArea::SocialArea(kj::app::ClientSession &session, QSettings &settings, Preferences &preferences, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_guestbook(std::make_unique<kj::app::GuestbookService>(session.store(), session.api(), &session.sync()))
    , m_visitors(std::make_unique<kj::app::VisitorsService>(session.api(), &settings))
    , m_notifications(std::make_unique<kj::app::NotificationsService>(session.api(), &session.sync(), &settings))
{
    setObjectName(QStringLiteral("socialArea"));
    m_guestbookView = new GuestbookView(*m_guestbook, session.account().user.username, window);
    m_visitorsPage = new VisitorsPage(*m_visitors, window);
    m_notificationsPage = new NotificationsPage(*m_notifications, window);
    m_notifier = new ActivityNotifier(*m_notifications, preferences, settings, this);

    connect(m_guestbookView, &GuestbookView::openSpaceRequested, this, &SocialArea::openSpaceRequested);
    connect(m_visitorsPage, &VisitorsPage::openSpaceRequested, this, &SocialArea::openSpaceRequested);
    connect(m_notificationsPage, &NotificationsPage::notificationActivated, this, &SocialArea::openNotification);
    connect(&session.sync(), &kj::app::SyncEngine::finished, this, [this](const kj::Status &status) {
        // What the run sent is on the server now: my guestbook as it stands there (replies, deletes).
        if (status)
            m_guestbookView->refresh();
        if (status && m_visitorsPage->isVisible())
            m_visitors->refresh();
    });
    auto showPending = [this] {
        if (!m_entryToShow.isEmpty() && m_guestbookView->showEntry(m_entryToShow))
            m_entryToShow.clear();
    };
    connect(&m_guestbookView->model(), &QAbstractItemModel::rowsInserted, this, showPending);
    connect(&m_guestbookView->model(), &QAbstractItemModel::modelReset, this, showPending);
}

SocialArea::~SocialArea() = default;

void SocialArea::attach()
{
    if (QListWidgetItem *item = m_window->navigationItem(MainWindow::Page::Notifications))
        m_navigationText = item->text();
    connect(m_notifications.get(), &kj::app::NotificationsService::unreadCountChanged, this,
            &SocialArea::updateNavigationCount);
    updateNavigationCount();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_notifier, &ActivityNotifier::announced, m_tray,
                [this](const QString &title, const QString &message) { m_tray->showMessage(title, message); });
        connect(m_tray, &TrayIcon::showRequested, this, &SocialArea::showWindow);
        connect(m_tray, &TrayIcon::messageClicked, this, [this] {
            showWindow();
            m_window->showPage(MainWindow::Page::Notifications);
        });
        connect(m_tray, &TrayIcon::syncRequested, this, [this] { m_session.sync().syncNow(); });
        connect(m_tray, &TrayIcon::quitRequested, m_window, &QWidget::close);
    }
    m_notifications->setRefreshInterval(60s);
    m_notifications->refresh();
}

void SocialArea::updateNavigationCount()
{
    QListWidgetItem *item = m_window->navigationItem(MainWindow::Page::Notifications);
    if (!item)
        return;
    const int unread = m_notifications->unreadCount();
    // The row's width is the navigation's; a bold face would cut the count off.
    item->setText(unread > 0 ? tr("%1 (%2)").arg(m_navigationText).arg(unread) : m_navigationText);
    item->setData(Qt::AccessibleTextRole, unread > 0 ? tr("%1, %n unread", nullptr, unread).arg(m_navigationText)
                                                     : m_navigationText);
}

bool SocialArea::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The window has just named the row anew, without the count.
        if (QListWidgetItem *item = m_window->navigationItem(MainWindow::Page::Notifications)) {
            m_navigationText = item->text();
            updateNavigationCount();
        }
        if (m_tray)
            m_tray->retranslate();
    }
    return QObject::event(event);
}

void SocialArea::showWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void SocialArea::openNotification(const kj::Notification &n)
{
    using Type = kj::NotificationType;
    switch (n.type) {
    case Type::Guestbook:
        m_window->showPage(MainWindow::Page::Guestbook);
        if (!m_guestbookView->showEntry(n.guestbookId)) {
            m_entryToShow = n.guestbookId;
            m_guestbookView->refresh();
        }
        return;
    case Type::GuestbookReply:
        // My message in their guestbook was answered: it is in their space.
        Q_EMIT openSpaceRequested(n.actor.username);
        return;
    case Type::FriendRequest:
    case Type::FriendAccepted:
        m_window->showPage(MainWindow::Page::Friends);
        return;
    case Type::Like:
    case Type::Comment:
    case Type::Reply:
    case Type::Repost:
        break;
    }
    if (n.itemKind == kj::ItemKind::Diary && n.type != Type::Repost) {
        m_window->showPage(MainWindow::Page::Diaries);
        m_window->diariesPage()->openDiary(n.itemId);
        return;
    }
    if (n.itemKind)
        Q_EMIT openItemRequested(kj::itemKindName(*n.itemKind), n.itemId);
}

} // namespace kj::ui
