#include "app/cli/cli.h"
#include "app/cli/commands.h"

#include "app/clientsession.h"
#include "app/services/friendsservice.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/friendrepository.h"

namespace kj::cli {

namespace {

int addFriend(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME"), QStringLiteral("Who to ask."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("friends add USERNAME"),
                                                         QStringLiteral("Sends a friend request (needs the server)."), 1, 1))
        return *stop;
    const QString username = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<kj::FriendRequest> request = Cli::await<kj::FriendRequest>(
        [&](auto done) { (*session)->friends().sendRequest(username, done); });
    if (!request) {
        if (request.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(username));
        return cli.fail(request.error());
    }
    cli.out() << "Sent a friend request to " << username << ".\n";
    return Success;
}

int acceptFriend(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME|REQUEST_ID"), QStringLiteral("Who asked, or the request's id."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("friends accept USERNAME|REQUEST_ID"),
                                                         QStringLiteral("Accepts a friend request (needs the server)."), 1, 1))
        return *stop;
    const QString who = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<kj::Friend> person = Cli::await<kj::Friend>([&](auto done) {
        if (kj::isValidItemId(who))
            (*session)->friends().accept(who, done);
        else
            (*session)->friends().acceptFrom(who, done);
    });
    if (!person) {
        if (person.error().code == kj::ErrorCode::NotFound && kj::isValidItemId(who))
            return cli.fail(QStringLiteral("there is no pending friend request %1 to you").arg(who));
        return cli.fail(person.error());
    }
    cli.out() << "You and " << person->user.username << " are friends now.\n";
    cli.out().flush();
    if (const kj::Status synced = cli.syncOnce(); !synced)
        cli.err() << "Could not fetch their diaries yet: " << cli.describe(synced.error()) << ".\n";
    return Success;
}

int listFriends(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("friends list"),
                                                         QStringLiteral("Lists friends and pending friend requests."), 0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    if (current.account().signedIn()) {
        const kj::Status refreshed = Cli::await<void>([&](auto done) { current.friends().refresh(done); });
        if (!refreshed)
            cli.err() << "Showing what is saved here (could not ask the server: " << cli.describe(refreshed.error()) << ").\n";
    }
    kj::store::FriendRepository &friends = current.store().friends();
    const QList<kj::Friend> people = friends.friends();
    cli.out() << "Friends:" << (people.isEmpty() ? " none" : "") << '\n';
    for (const kj::Friend &person : people) {
        cli.out() << "  " << person.user.username << " (" << person.user.displayName << ")  since "
                  << Cli::showTime(person.since) << '\n';
    }
    const QList<kj::FriendRequest> incoming = friends.incoming();
    cli.out() << "Requests to you:" << (incoming.isEmpty() ? " none" : "") << '\n';
    for (const kj::FriendRequest &request : incoming) {
        cli.out() << "  " << request.from.username << " (" << request.from.displayName << ")  " << request.id
                  << "  accept with: kongjian-cli friends accept " << request.from.username << '\n';
    }
    const QList<kj::FriendRequest> outgoing = friends.outgoing();
    cli.out() << "Requests you sent:" << (outgoing.isEmpty() ? " none" : "") << '\n';
    for (const kj::FriendRequest &request : outgoing)
        cli.out() << "  " << request.to.username << " (" << request.to.displayName << ")  " << request.id << '\n';
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
        return acceptFriend(cli, rest);
    if (sub == u"list")
        return listFriends(cli, rest);
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli friends add|accept|list [options]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: friends needs one of add, accept, list (see kongjian-cli friends --help)\n";
    return UsageError;
}

} // namespace kj::cli
