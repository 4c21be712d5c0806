#include "app/services/newactivitytracker.h"

#include <algorithm>

namespace kj::app {

NewActivityTracker::NewActivityTracker(std::optional<qint64> lastSeenId) : m_lastSeenId(lastSeenId) {}

bool NewActivityTracker::isAnnounced(kj::NotificationType type)
{
    using Type = kj::NotificationType;
    switch (type) {
    case Type::Comment:
    case Type::Reply:
    case Type::Like:
    case Type::Guestbook:
    case Type::GuestbookReply:
        return true;
    case Type::Repost:
    case Type::FriendRequest:
    case Type::FriendAccepted:
        return false;
    }
    return false;
}

QList<kj::Notification> NewActivityTracker::takeNew(const QList<kj::Notification> &newestFirst)
{
    qint64 newest = m_lastSeenId.value_or(0);
    for (const kj::Notification &n : newestFirst)
        newest = std::max(newest, n.id);
    QList<kj::Notification> fresh;
    if (m_lastSeenId) {
        // Ids grow with time on the server, so "newer than the mark" is "not seen before".
        for (const kj::Notification &n : newestFirst) {
            if (n.id > *m_lastSeenId && !n.read && isAnnounced(n.type))
                fresh.append(n);
        }
    }
    m_lastSeenId = newest;
    return fresh;
}

} // namespace kj::app
