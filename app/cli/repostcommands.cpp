#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/myitemcommands.h"
#include "app/cli/onlinecommand.h"
#include "app/cli/queuedwrite.h"
#include "app/sync/revisionedkinds.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "models/domain/repost.h"
#include "models/domain/timestamp.h"
#include "models/store/itemrepository.h"

// Reposts are written offline first (saved here with their outbox entry, then sent by the sync); listing them
// and notifications ask the server.

namespace kj::cli {

namespace {
const QString kKind = QStringLiteral("repost");
const QString kKinds = QStringLiteral("diary, post, photo, album, repost, track");

QString oneLine(const QString &text, int length = 60)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

int newRepost(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("The original's kind: %1.").arg(kKinds));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The original's id."));
    parser.addOption({QStringLiteral("comment"), QStringLiteral("What I say about it (up to 2,000 characters)."), QStringLiteral("TEXT")});
    addAudienceOptions(parser, QStringLiteral("friends"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("repost KIND ID [--comment TEXT] [--visibility public|friends|groups|private [--groups ID,ID]]"),
            QStringLiteral("Reposts (转发) an item I can see, with a comment, to my own audience, which is never wider than "
                           "the original's. Prints the repost's id. Saved here first (it works offline), then sent to the server."),
            2, 2))
        return *stop;
    const std::optional<kj::ItemKind> kind = kj::itemKindFromName(parser.positionalArguments().at(0));
    if (!kind)
        return cli.fail(QStringLiteral("\"%1\" is not a kind of item: use one of %2").arg(parser.positionalArguments().at(0), kKinds));
    const QString itemId = parser.positionalArguments().at(1);
    if (!kj::isValidItemId(itemId))
        return cli.fail(QStringLiteral("\"%1\" is not an item id (a lower-case UUID)").arg(itemId));
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Friends, {}});
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Repost repost;
    repost.id = kj::newItemId();
    repost.author = (*session)->account().user;
    repost.author.createdAt = QDateTime();
    repost.itemKind = *kind;
    repost.itemId = itemId;
    repost.comment = parser.value(QStringLiteral("comment"));
    repost.visibility = audience->visibility;
    repost.groups = audience->groups;
    repost.createdAt = kj::nowUtc();
    repost.updatedAt = repost.createdAt;
    const QJsonObject json = repost.toJson();
    // Whether I may see the original and how wide it may go is the server's to say when it arrives.
    kj::Result<kj::store::CachedItem> saved = saveMyItem(**session, kKind, json, 0, checkWith<kj::RepostWrite>);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << repost.id << '\n';
    return finishQueuedWrite(cli, kKind, repost.id,
                             QStringLiteral("the repost of %1 %2").arg(kj::itemKindName(*kind), itemId));
}

int listReposts(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("user"), QStringLiteral("Whose reposts (default: mine)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("repost list [--user NAME] [--limit N]"),
            QStringLiteral("Lists reposts, newest first: id, time, visibility, the comment, and what was reposted (or "
                           "\"(not visible)\" when I may not see the original). Asks the server."),
            0, 0))
        return *stop;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.fail(QStringLiteral("--limit takes a positive number"));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                              : (*session)->account().user.username;
    QList<app::RepostItem> items;
    QString cursor;
    do {
        kj::Result<app::RepostPage> page = Cli::await<app::RepostPage>([&](auto done) {
            (*session)->api().userReposts(user, cursor, std::min(limit - int(items.size()), 100), nullptr, done);
        });
        if (!page) {
            if (page.error().code == kj::ErrorCode::NotFound)
                return cli.fail(QStringLiteral("there is no user %1").arg(user));
            return failOnline(cli, page.error(), QStringLiteral("listing reposts"));
        }
        items += page->items;
        cursor = page->nextCursor;
    } while (!cursor.isEmpty() && items.size() < limit);
    for (const app::RepostItem &item : std::as_const(items)) {
        const kj::Repost &r = item.repost;
        QString original = QStringLiteral("(not visible)");
        if (r.original) {
            const QJsonObject &o = *r.original;
            const QString author = o.value(QStringLiteral("author")).toObject().value(QStringLiteral("username")).toString();
            QString what = o.value(QStringLiteral("text")).toString();
            if (what.isEmpty())
                what = o.value(QStringLiteral("title")).toString();
            if (what.isEmpty())
                what = o.value(QStringLiteral("comment")).toString();
            original = author + QStringLiteral(": ") + oneLine(what, 40);
        }
        cli.out() << r.id << "  " << Cli::showTime(r.createdAt) << "  " << kj::visibilityName(r.visibility) << "  "
                  << (r.comment.isEmpty() ? QStringLiteral("(no comment)") : oneLine(r.comment, 40)) << "  ← "
                  << kj::itemKindName(r.itemKind) << ' ' << r.itemId << "  " << original << '\n';
    }
    return Success;
}

QString describe(const kj::Notification &n)
{
    const QString item = n.itemKind ? kj::itemKindName(*n.itemKind) + u' ' + n.itemId : QString();
    switch (n.type) {
    case kj::NotificationType::Like: return QStringLiteral("liked your ") + item;
    case kj::NotificationType::Comment: return QStringLiteral("commented on your ") + item;
    case kj::NotificationType::Reply: return QStringLiteral("replied to your comment on ") + item;
    case kj::NotificationType::Repost: return QStringLiteral("reposted your item as ") + item;
    case kj::NotificationType::Guestbook: return QStringLiteral("wrote in your guestbook (") + n.guestbookId + u')';
    case kj::NotificationType::GuestbookReply: return QStringLiteral("answered your guestbook message (") + n.guestbookId + u')';
    case kj::NotificationType::FriendRequest: return QStringLiteral("asked to be your friend (request ") + n.requestId + u')';
    case kj::NotificationType::FriendAccepted: return QStringLiteral("accepted your friend request");
    }
    return {};
}
} // namespace

int repostCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list")
        return listReposts(cli, args.mid(1));
    if (sub == u"delete")
        return deleteMyItemCommand(cli, args.mid(1), kKind, QStringLiteral("repost"));
    return newRepost(cli, args);
}

int notificationsCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("mark-read"), QStringLiteral("Mark the ones shown (and every older one) read.")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("notifications [--limit N] [--mark-read]"),
            QStringLiteral("Shows what others did that concerns me, newest first (\"*\" marks the unread ones): likes, "
                           "comments, replies, reposts, guestbook messages, friend requests. Asks the server."),
            0, 0))
        return *stop;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.fail(QStringLiteral("--limit takes a positive number"));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    QList<kj::Notification> items;
    int unread = 0;
    QString cursor;
    do {
        kj::Result<kj::NotificationPage> page = Cli::await<kj::NotificationPage>([&](auto done) {
            (*session)->api().notifications(cursor, std::min(limit - int(items.size()), 100), nullptr, done);
        });
        if (!page)
            return failOnline(cli, page.error(), QStringLiteral("reading notifications"));
        items += page->items;
        unread = page->unreadCount;
        cursor = page->nextCursor;
    } while (!cursor.isEmpty() && items.size() < limit);
    for (const kj::Notification &n : std::as_const(items)) {
        cli.out() << (n.read ? "  " : "* ") << Cli::showTime(n.createdAt) << "  " << n.actor.username << ' ' << describe(n);
        if (!n.text.isEmpty())
            cli.out() << ": " << n.text;
        cli.out() << '\n';
    }
    if (items.isEmpty())
        cli.out() << "No notifications.\n";
    // Only what was shown is marked read, so nothing newer that arrived meanwhile is lost from sight.
    if (parser.isSet(QStringLiteral("mark-read")) && !items.isEmpty()) {
        kj::Result<int> left = Cli::await<int>([&](auto done) {
            (*session)->api().markNotificationsRead(kj::NotificationsRead{items.first().id}, nullptr, done);
        });
        if (!left)
            return failOnline(cli, left.error(), QStringLiteral("marking notifications read"));
        unread = *left;
    }
    cli.out() << unread << (unread == 1 ? " unread" : " unread") << ".\n";
    return Success;
}

} // namespace kj::cli
