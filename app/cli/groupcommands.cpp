// kongjian-cli groups, group put, group delete: my friend groups (online only).
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/onlinecommand.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"

namespace kj::cli {

namespace {
void printGroup(Cli &cli, const kj::FriendGroup &group)
{
    cli.out() << group.id << "  " << group.name << "  (" << group.members.size()
              << (group.members.size() == 1 ? " member" : " members") << ")";
    if (!group.members.isEmpty())
        cli.out() << ": " << group.members.join(QStringLiteral(", "));
    cli.out() << '\n';
}

int putGroup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"), QStringLiteral("The group's name (1 to 40 characters)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("members"), QStringLiteral("Usernames of my friends, comma-separated (none: empty)."),
                      QStringLiteral("a,b")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("group put ID|new --name N [--members a,b]"),
            QStringLiteral("Creates a friend group (new: with a new id) or replaces its name and members. Members must be "
                           "my friends. Prints the group. Needs the server."),
            1, 1))
        return *stop;
    QString id = parser.positionalArguments().constFirst();
    if (id == u"new")
        id = kj::newItemId();
    if (!kj::isValidItemId(id))
        return cli.fail(kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not a group id (or new)").arg(id)));
    if (!parser.isSet(QStringLiteral("name")))
        return cli.fail(kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("a group needs --name")));
    kj::FriendGroupWrite write;
    write.name = parser.value(QStringLiteral("name"));
    write.members = parser.value(QStringLiteral("members")).split(u',', Qt::SkipEmptyParts);
    for (QString &member : write.members)
        member = member.trimmed();
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<app::GroupWriteResult> written =
        Cli::await<app::GroupWriteResult>([&](auto done) { (*session)->api().putMyGroup(id, write, nullptr, done); });
    if (!written)
        return failOnline(cli, written.error(), QStringLiteral("Saving the group"));
    printGroup(cli, written->group);
    return Success;
}

int deleteGroup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("group delete ID"),
            QStringLiteral("Deletes one of my friend groups; what was shown only to it is then seen by me alone. Needs "
                           "the server."),
            1, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString id = parser.positionalArguments().constFirst();
    const kj::Status deleted = Cli::await<void>(
        [&](std::function<void(kj::Status)> done) { (*session)->api().deleteMyGroup(id, nullptr, done); });
    if (!deleted)
        return failOnline(cli, deleted.error(), QStringLiteral("Deleting the group"));
    cli.out() << "Deleted group " << id << ".\n";
    return Success;
}
} // namespace

int groupsCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("groups"),
            QStringLiteral("My friend groups with their members; items name them with --visibility groups --groups ID,ID. "
                           "Needs the server."),
            0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QList<kj::FriendGroup>> groups =
        Cli::await<QList<kj::FriendGroup>>([&](auto done) { (*session)->api().myGroups(nullptr, done); });
    if (!groups)
        return failOnline(cli, groups.error(), QStringLiteral("Listing my groups"));
    if (groups->isEmpty())
        cli.out() << "No friend groups yet (make one with: group put new --name N --members a,b).\n";
    for (const kj::FriendGroup &group : std::as_const(*groups))
        printGroup(cli, group);
    return Success;
}

int groupCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"put")
        return putGroup(cli, args.mid(1));
    if (sub == u"delete")
        return deleteGroup(cli, args.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli group put ID|new --name N [--members a,b] | group delete ID  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: group needs one of put, delete (see kongjian-cli group --help)\n";
    return UsageError;
}

} // namespace kj::cli
