#pragma once

#include "models/domain/notification.h"
#include "models/keyedlistmodel.h"

namespace kj::models {

//! One notification of the list.
struct NotificationRow {
    kj::Notification notification;

    [[nodiscard]] QString key() const { return QString::number(notification.id); }
    friend bool operator==(const NotificationRow &, const NotificationRow &) = default;
};

//! My notifications, newest first, as last fetched. More rows come by fetchMore(), which asks for them
//! with moreRequested() (whoever fetches answers with setNotifications()).
class NotificationListModel : public KeyedListModel<NotificationRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        TypeRole,                  // int (kj::NotificationType)
        TypeNameRole,              // "like", "comment", ...
        UsernameRole,              // the actor's
        DisplayNameRole,           // the actor's display name, or username when there is none
        TextRole,                  // an excerpt of what was written; may be empty
        CreatedAtRole,             // QDateTime, UTC
        ReadRole,                  // bool
        ItemKindRole,              // "diary", "post", ... or empty
        ItemIdRole,
        CommentIdRole,
        GuestbookIdRole,
        RequestIdRole,
    };
    Q_ENUM(Role)

    using KeyedListModel<NotificationRow>::KeyedListModel;

    //! Shows `newestFirst`; `hasMore`: the server has older ones.
    void setNotifications(const QList<kj::Notification> &newestFirst, bool hasMore);
    //! The notification on `row` (must be valid).
    [[nodiscard]] const kj::Notification &notificationAt(int row) const { return rows().at(row).notification; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    //! A view scrolled to the end and the server has more.
    void moreRequested();

private:
    bool m_hasMore = false;
    bool m_asked = false;
};

} // namespace kj::models
