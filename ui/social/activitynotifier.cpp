#include "ui/social/activitynotifier.h"

#include "app/services/notificationsservice.h"
#include "ui/preferences.h"
#include "ui/social/notificationtext.h"

#include <QSettings>

namespace kj::ui {

namespace {

const QString kMarkKey = QStringLiteral("social/lastAnnouncedNotification");
constexpr int kListedAtMost = 3;

std::optional<qint64> storedMark(const QSettings &settings)
{
    bool ok = false;
    const qint64 mark = settings.value(kMarkKey).toLongLong(&ok);
    return ok ? std::optional<qint64>(mark) : std::nullopt;
}

} // namespace

ActivityNotifier::ActivityNotifier(kj::app::NotificationsService &service, Preferences &preferences, QSettings &settings,
                                   QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_preferences(preferences)
    , m_settings(settings)
    , m_tracker(storedMark(settings))
{
    connect(&m_service, &kj::app::NotificationsService::refreshed, this, &ActivityNotifier::look);
}

void ActivityNotifier::look()
{
    const QList<kj::Notification> news = m_tracker.takeNew(m_service.notifications());
    if (const std::optional<qint64> mark = m_tracker.lastSeenId(); mark && *mark != storedMark(m_settings))
        m_settings.setValue(kMarkKey, *mark);
    // Taken either way: turning the preference on later does not bring back what came meanwhile.
    if (news.isEmpty() || !m_preferences.trayNotifications())
        return;
    Q_EMIT announced(titleFor(news), messageFor(news), news);
}

QString ActivityNotifier::titleFor(const QList<kj::Notification> &news)
{
    if (news.size() == 1)
        return NotificationText::sentence(news.constFirst());
    return tr("%n new notification(s) in Kongjian", nullptr, int(news.size()));
}

QString ActivityNotifier::messageFor(const QList<kj::Notification> &news)
{
    if (news.size() == 1)
        return news.constFirst().text;
    QStringList lines;
    for (qsizetype i = 0; i < news.size() && i < kListedAtMost; ++i)
        lines.append(NotificationText::sentence(news.at(i)));
    if (news.size() > kListedAtMost)
        lines.append(tr("and %n more", nullptr, int(news.size() - kListedAtMost)));
    return lines.join(u'\n');
}

} // namespace kj::ui
