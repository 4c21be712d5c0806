#pragma once

#include "models/domain/notification.h"
#include "ui/social/guestbookview.h"
#include "ui/social/notificationspage.h"
#include "ui/social/visitorspage.h"

#include <QObject>
#include <QString>
#include <memory>

class QListWidgetItem;
class QSettings;

namespace kj::app {
class ClientSession;
class GuestbookService;
class NotificationsService;
class VisitorsService;
} // namespace kj::app

namespace kj::ui {

class ActivityNotifier;
class MainWindow;
class Preferences;
class TrayIcon;

//! The social side of the main window: my guestbook, my visitors and my notifications (their pages and
//! services), the unread count in the navigation, news announced from the tray. MainWindow adds the three
//! pages, then calls attach().
class SocialArea : public QObject
{
    Q_OBJECT

public:
    //! `session`, `settings` and `preferences` must outlive the area.
    SocialArea(kj::app::ClientSession &session, QSettings &settings, Preferences &preferences, MainWindow *window);
    ~SocialArea() override;

    [[nodiscard]] GuestbookView *guestbookView() const { return m_guestbookView; }
    [[nodiscard]] VisitorsPage *visitorsPage() const { return m_visitorsPage; }
    [[nodiscard]] NotificationsPage *notificationsPage() const { return m_notificationsPage; }
    [[nodiscard]] kj::app::GuestbookService &guestbook() const { return *m_guestbook; }
    [[nodiscard]] kj::app::VisitorsService &visitors() const { return *m_visitors; }
    [[nodiscard]] kj::app::NotificationsService &notifications() const { return *m_notifications; }
    [[nodiscard]] ActivityNotifier *notifier() const { return m_notifier; }
    //! Null where the desktop has no system tray.
    [[nodiscard]] TrayIcon *tray() const { return m_tray; }

    //! Once the pages are in the window: the unread count in the navigation, the tray, the first refresh.
    void attach();

public Q_SLOTS:
    //! Goes to what a notification is about, where the window has it.
    void openNotification(const kj::Notification &notification);

Q_SIGNALS:
    //! A visitor's, an author's or a friend's space should open.
    void openSpaceRequested(const QString &username);
    //! A notification is about an item the social pages cannot show (a 说说, photo, album, track, repost).
    void openItemRequested(const QString &kind, const QString &id);

protected:
    //! A change of language (the window passes its LanguageChange on to its children, this area among them,
    //! once it has named its pages anew): the navigation's count and the tray in the new words.
    bool event(QEvent *event) override;

private:
    void updateNavigationCount();
    void showWindow();

    kj::app::ClientSession &m_session;
    MainWindow *m_window;
    std::unique_ptr<kj::app::GuestbookService> m_guestbook;
    std::unique_ptr<kj::app::VisitorsService> m_visitors;
    std::unique_ptr<kj::app::NotificationsService> m_notifications;
    GuestbookView *m_guestbookView = nullptr;
    VisitorsPage *m_visitorsPage = nullptr;
    NotificationsPage *m_notificationsPage = nullptr;
    ActivityNotifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr;
    QString m_navigationText;
    QString m_entryToShow; // a guestbook message to select once it is in the list
};

} // namespace kj::ui
