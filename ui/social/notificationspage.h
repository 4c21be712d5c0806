#pragma once

#include "models/domain/notification.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace kj::app {
class NotificationsService;
}
namespace kj::models {
class NotificationListModel;
}

namespace kj::ui {

//! My notifications, newest first: comments, likes, guestbook messages, friend requests... Unread ones are
//! bold with a dot; they are marked read once the page has been in view a moment (or with "Mark all read").
//! Older ones load as the list scrolls down. Activating one asks to go to what it is about.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    //! `service` must outlive the page.
    explicit NotificationsPage(kj::app::NotificationsService &service, QWidget *parent = nullptr);
    ~NotificationsPage() override;

    [[nodiscard]] kj::models::NotificationListModel &model() const { return *m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    //! How long the page is in view before what it shows counts as seen (default 2 s).
    void setSeenDelay(std::chrono::milliseconds delay) { m_seenTimer.setInterval(delay); }

Q_SIGNALS:
    //! The user opened a notification (click, Enter).
    void notificationActivated(const kj::Notification &notification);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void updateStatus();
    void markSeen();

    kj::app::NotificationsService &m_service;
    std::unique_ptr<kj::models::NotificationListModel> m_model;
    QLabel *m_title = nullptr;
    QLabel *m_unread = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_markAllButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QTimer m_seenTimer;
};

} // namespace kj::ui
