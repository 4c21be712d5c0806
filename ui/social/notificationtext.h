#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/notification.h"

#include <QCoreApplication>
#include <QString>

namespace kj::ui {

//! The words for a notification: "mei commented on your diary", "jun wrote in your guestbook"...
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::NotificationText)

public:
    //! What happened, with the actor's name: one line.
    [[nodiscard]] static QString sentence(const kj::Notification &notification);
    //! "diary", "post", "photo"... as a person reads it.
    [[nodiscard]] static QString kindNoun(std::optional<kj::ItemKind> kind);
    //! The actor's display name, or username.
    [[nodiscard]] static QString actorName(const kj::Notification &notification);
};

} // namespace kj::ui
