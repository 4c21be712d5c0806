#pragma once

#include "app/services/newactivitytracker.h"

#include <QObject>

class QSettings;

namespace kj::app {
class NotificationsService;
}

namespace kj::ui {

class Preferences;

//! Tells of new comments, likes and guestbook messages once each: after every refresh of the notifications
//! it asks a NewActivityTracker what is news (the mark is kept in the profile's settings, so a restart does
//! not tell the same again) and, when the viewer wants tray notifications, says it in announced(). Needs no
//! tray; the tray icon shows what it announces.
class ActivityNotifier : public QObject
{
    Q_OBJECT

public:
    //! All three must outlive the notifier.
    ActivityNotifier(kj::app::NotificationsService &service, Preferences &preferences, QSettings &settings,
                     QObject *parent = nullptr);

    //! The title and body of a message about `news` (newest first, not empty).
    [[nodiscard]] static QString titleFor(const QList<kj::Notification> &news);
    [[nodiscard]] static QString messageFor(const QList<kj::Notification> &news);

Q_SIGNALS:
    //! News to show: `title` and `message` in words, and what they are about (newest first).
    void announced(const QString &title, const QString &message, const QList<kj::Notification> &news);

private:
    void look();

    kj::app::NotificationsService &m_service;
    Preferences &m_preferences;
    QSettings &m_settings;
    kj::app::NewActivityTracker m_tracker;
};

} // namespace kj::ui
