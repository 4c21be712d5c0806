#include "models/social/notificationlistmodel.h"

namespace kj::models {

void NotificationListModel::setNotifications(const QList<kj::Notification> &newestFirst, bool hasMore)
{
    QList<NotificationRow> fresh;
    fresh.reserve(newestFirst.size());
    for (const kj::Notification &n : newestFirst)
        fresh.append({n});
    m_hasMore = hasMore;
    m_asked = false;
    replaceRows(fresh);
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    const NotificationRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::Notification &n = row->notification;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return n.text;
    case IdRole: return n.id;
    case TypeRole: return int(n.type);
    case TypeNameRole: return kj::notificationTypeName(n.type);
    case UsernameRole: return n.actor.username;
    case DisplayNameRole: return n.actor.displayName.isEmpty() ? n.actor.username : n.actor.displayName;
    case CreatedAtRole: return n.createdAt;
    case ReadRole: return n.read;
    case ItemKindRole: return n.itemKind ? kj::itemKindName(*n.itemKind) : QString();
    case ItemIdRole: return n.itemId;
    case CommentIdRole: return n.commentId;
    case GuestbookIdRole: return n.guestbookId;
    case RequestIdRole: return n.requestId;
    default: return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<NotificationRow>::roleNames();
    names.insert({{IdRole, "id"},
                  {TypeRole, "type"},
                  {TypeNameRole, "typeName"},
                  {UsernameRole, "username"},
                  {DisplayNameRole, "displayName"},
                  {TextRole, "text"},
                  {CreatedAtRole, "createdAt"},
                  {ReadRole, "read"},
                  {ItemKindRole, "itemKind"},
                  {ItemIdRole, "itemId"},
                  {CommentIdRole, "commentId"},
                  {GuestbookIdRole, "guestbookId"},
                  {RequestIdRole, "requestId"}});
    return names;
}

bool NotificationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_asked;
}

void NotificationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || isUpdating())
        return;
    // Once per page: the answer comes through setNotifications().
    m_asked = true;
    Q_EMIT moreRequested();
}

} // namespace kj::models
