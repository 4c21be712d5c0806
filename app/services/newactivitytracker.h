#pragma once

#include "models/domain/notification.h"

#include <QList>
#include <optional>

namespace kj::app {

//! Which notifications are news worth announcing (a tray message): comments and replies, likes, guestbook
//! messages and replies that are unread and newer than any seen before. Remembers the newest id it has
//! looked at; the first look only sets that mark, so what waited before the window opened is not announced.
class NewActivityTracker
{
public:
    //! `lastSeenId`: the mark kept from an earlier run; nullopt when there was none.
    explicit NewActivityTracker(std::optional<qint64> lastSeenId = std::nullopt);

    //! The notifications of `newestFirst` to announce (newest first), each once across calls.
    [[nodiscard]] QList<kj::Notification> takeNew(const QList<kj::Notification> &newestFirst);
    //! The newest notification id looked at so far (to keep for the next run).
    [[nodiscard]] std::optional<qint64> lastSeenId() const { return m_lastSeenId; }

    //! Whether notifications of this type are ever announced.
    [[nodiscard]] static bool isAnnounced(kj::NotificationType type);

private:
    std::optional<qint64> m_lastSeenId;
};

} // namespace kj::app
