// kongjian-cli friends: offline first. Asking, answering and ending a friendship are saved here at once
// (models/store/friendactionqueue.h) and sent when the server can be reached (app/sync/friendactionpusher.h).
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/services/friendsservice.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/friendactionqueue.h"
#include "models/store/friendrepository.h"

namespace kj::cli {

namespace {
using kj::store::FriendActionQueue;

int addFriend(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME"), QStringLiteral("Who to ask."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("friends add USERNAME"),
            QStringLiteral("Sends a friend request. Saved here first, then sent to the server."), 1, 1))
        return *stop;
    const QString username = parser.positionalArguments().first();
    if (!kj::isValidUsername(username))
        return cli.fail(QStringLiteral("there is no user %1").arg(username));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::ClientStore &store = (*session)->store();
    if (username == (*session)->account().user.username)
        return cli.fail(QStringLiteral("you cannot befriend yourself"));
    if (store.friends().isFriend(username))
        return cli.fail(QStringLiteral("you and %1 are friends already").arg(username));
    if (const kj::Status saved = FriendActionQueue(store).request(username); !saved)
        return cli.fail(saved.error());
    cli.out() << "Asked " << username << " to be friends.\n";
    return finishQueuedWrite(cli, FriendActionQueue::kRequestKind, username, QStringLiteral("the friend request to %1").arg(username));
}

//! Who asked and the request's id, from a username or a request id (looked up here; after a sync when the
//! server can be reached). The id is empty when only the username is known.
kj::Result<std::pair<QString, QString>> findRequest(Cli &cli, app::ClientSession &session, const QString &who)
{
    kj::store::FriendRepository &friends = session.store().friends();
    const auto lookUp = [&]() -> std::optional<std::pair<QString, QString>> {
        for (const kj::FriendRequest &request : friends.incoming()) {
            if (request.id == who || request.from.username == who)
                return std::pair(request.from.username, request.id);
        }
        return std::nullopt;
    };
    if (const std::optional<std::pair<QString, QString>> found = lookUp())
        return *found;
    const kj::Status synced = cli.syncOnce();
    if (const std::optional<std::pair<QString, QString>> found = lookUp())
        return *found;
    if (synced || kj::isValidItemId(who)) {
        return kj::isValidItemId(who)
                   ? kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no pending friend request %1 to you").arg(who))
                   : kj::fail(kj::ErrorCode::NotFound, QStringLiteral("%1 has not asked to be your friend").arg(who));
    }
    if (!kj::isValidUsername(who))
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no user %1").arg(who));
    // Offline and not seen here yet: the answer goes by name, and the request is looked up when it is sent.
    return std::pair(who, QString());
}

int answerFriend(Cli &cli, const QStringList &args, bool accept)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME|REQUEST_ID"), QStringLiteral("Who asked, or the request's id."));
    const QString word = accept ? QStringLiteral("accept") : QStringLiteral("decline");
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("friends %1 USERNAME|REQUEST_ID").arg(word),
            (accept ? QStringLiteral("Accepts a friend request.") : QStringLiteral("Declines a friend request."))
                + QStringLiteral(" Saved here first, then sent to the server."),
            1, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<std::pair<QString, QString>> request = findRequest(cli, **session, parser.positionalArguments().first());
    if (!request)
        return cli.fail(request.error());
    const auto &[username, requestId] = *request;
    if (const kj::Status saved = FriendActionQueue((*session)->store()).answer(username, requestId, accept); !saved)
        return cli.fail(saved.error());
    if (accept)
        cli.out() << "You and " << username << " are friends now.\n";
    else
        cli.out() << "Declined " << username << "'s friend request.\n";
    return finishQueuedWrite(cli, FriendActionQueue::kAnswerKind, username,
                             QStringLiteral("your answer to %1's friend request").arg(username));
}

int removeFriend(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME"), QStringLiteral("The friend."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("friends remove USERNAME"),
            QStringLiteral("Ends a friendship; their diaries leave this device. Saved here first, then sent to the server."),
            1, 1))
        return *stop;
    const QString username = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::ClientStore &store = (*session)->store();
    if (!store.friends().isFriend(username) && !FriendActionQueue(store).isPending(username))
        return cli.fail(QStringLiteral("%1 is not your friend (\"kongjian-cli friends list\" shows them)").arg(username));
    if (const kj::Status saved = FriendActionQueue(store).removeFriend(username); !saved)
        return cli.fail(saved.error());
    cli.out() << "You and " << username << " are no longer friends.\n";
    return finishQueuedWrite(cli, FriendActionQueue::kRemoveKind, username, QStringLiteral("the end of your friendship with %1").arg(username));
}

int listFriends(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("friends list"),
            QStringLiteral("Lists friends and pending friend requests; what was changed here and not sent yet is marked "
                           "[pending]. Asks the server (after sending what waits here); without it, shows what is saved here."),
            0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    FriendActionQueue actions(current.store());
    kj::Status asked = cli.syncOnce();
    // A full refresh would hide what waits here (a request shown under its local id).
    if (asked && !actions.anyPending())
        asked = Cli::await<void>([&](auto done) { current.friends().refresh(done); });
    if (!asked)
        cli.err() << "Showing what is saved here (could not ask the server: " << cli.describe(asked.error()) << ").\n";
    kj::store::FriendRepository &friends = current.store().friends();
    const auto mark = [&](const QString &username) { return actions.isPending(username) ? "  [pending]" : ""; };
    const QList<kj::Friend> people = friends.friends();
    cli.out() << "Friends:" << (people.isEmpty() ? " none" : "") << '\n';
    for (const kj::Friend &person : people) {
        cli.out() << "  " << person.user.username << " (" << person.user.displayName << ")  since "
                  << Cli::showTime(person.since) << mark(person.user.username) << '\n';
    }
    const QList<kj::FriendRequest> incoming = friends.incoming();
    cli.out() << "Requests to you:" << (incoming.isEmpty() ? " none" : "") << '\n';
    for (const kj::FriendRequest &request : incoming) {
        cli.out() << "  " << request.from.username << " (" << request.from.displayName << ")  " << request.id
                  << "  accept with: kongjian-cli friends accept " << request.from.username << '\n';
    }
    const QList<kj::FriendRequest> outgoing = friends.outgoing();
    cli.out() << "Requests you sent:" << (outgoing.isEmpty() ? " none" : "") << '\n';
    for (const kj::FriendRequest &request : outgoing) {
        cli.out() << "  " << request.to.username << " (" << request.to.displayName << ")  " << request.id
                  << mark(request.to.username) << '\n';
    }
    return Success;
}

} // namespace

int friendsCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return addFriend(cli, rest);
    if (sub == u"accept")
        return answerFriend(cli, rest, true);
    if (sub == u"decline")
        return answerFriend(cli, rest, false);
    if (sub == u"remove")
        return removeFriend(cli, rest);
    if (sub == u"list")
        return listFriends(cli, rest);
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli friends add|accept|decline|remove|list [options]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: friends needs one of add, accept, decline, remove, list (see kongjian-cli friends --help)\n";
    return UsageError;
}

} // namespace kj::cli
