#include "ui/social/notificationtext.h"

#include "ui/personname.h"

namespace kj::ui {

QString NotificationText::actorName(const kj::Notification &notification)
{
    return personName(notification.actor);
}

QString NotificationText::kindNoun(std::optional<kj::ItemKind> kind)
{
    if (!kind)
        return tr("post");
    switch (*kind) {
    case kj::ItemKind::Diary: return tr("diary");
    case kj::ItemKind::Post: return tr("post");
    case kj::ItemKind::Photo: return tr("photo");
    case kj::ItemKind::Album: return tr("album");
    case kj::ItemKind::Repost: return tr("repost");
    case kj::ItemKind::Track: return tr("track");
    }
    return tr("post");
}

QString NotificationText::sentence(const kj::Notification &n)
{
    const QString who = actorName(n);
    using Type = kj::NotificationType;
    switch (n.type) {
    case Type::Like: return tr("%1 liked your %2").arg(who, kindNoun(n.itemKind));
    case Type::Comment: return tr("%1 commented on your %2").arg(who, kindNoun(n.itemKind));
    case Type::Reply: return tr("%1 replied to your comment").arg(who);
    case Type::Repost: return tr("%1 reposted your post").arg(who);
    case Type::Guestbook: return tr("%1 wrote in your guestbook").arg(who);
    case Type::GuestbookReply: return tr("%1 answered your message in their guestbook").arg(who);
    case Type::FriendRequest: return tr("%1 wants to be your friend").arg(who);
    case Type::FriendAccepted: return tr("%1 accepted your friend request").arg(who);
    }
    return who;
}

} // namespace kj::ui
