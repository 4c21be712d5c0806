// kongjian-cli groups, group put, group delete: my friend groups, offline first (saved here with their
// outbox entry, sent by app/sync/grouppusher.h; the list shows what is saved here when the server is away).
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/friendgrouprepository.h"

namespace kj::cli {

namespace {
void printGroup(Cli &cli, const kj::FriendGroup &group, bool pending = false)
{
    cli.out() << group.id << "  " << group.name << "  (" << group.members.size()
              << (group.members.size() == 1 ? " member" : " members") << ")";
    if (!group.members.isEmpty())
        cli.out() << ": " << group.members.join(QStringLiteral(", "));
    cli.out() << (pending ? "  [pending]" : "") << '\n';
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
                           "my friends. Prints the group. Saved here first, then sent to the server."),
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
    write.members.sort();
    // The server's own check, here first, so a mistake is explained before anything is saved.
    if (kj::Result<kj::FriendGroupWrite> valid = kj::FriendGroupWrite::fromRequest(write.toJson()); !valid)
        return cli.fail(valid.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::FriendGroupRepository groups((*session)->store());
    kj::Result<kj::FriendGroup> saved = groups.put(id, write);
    if (!saved)
        return cli.fail(saved.error());
    printGroup(cli, *saved);
    return finishQueuedWrite(cli, kj::store::FriendGroupRepository::kKind, id, QStringLiteral("the group \"%1\"").arg(write.name));
}

int deleteGroup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("group delete ID"),
            QStringLiteral("Deletes one of my friend groups; what was shown only to it is then seen by me alone. Saved "
                           "here first, then sent to the server."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().constFirst();
    if (!kj::isValidItemId(id))
        return cli.fail(kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not a group id").arg(id)));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    if (const kj::Status removed = kj::store::FriendGroupRepository((*session)->store()).remove(id); !removed)
        return cli.fail(removed.error());
    cli.out() << "Deleted group " << id << ".\n";
    return finishQueuedWrite(cli, kj::store::FriendGroupRepository::kKind, id, QStringLiteral("the delete of group %1").arg(id));
}
} // namespace

int groupsCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("groups"),
            QStringLiteral("My friend groups with their members; items name them with --visibility groups --groups ID,ID. "
                           "Asks the server (after sending what waits here); without it, shows what is saved here."),
            0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::FriendGroupRepository repository((*session)->store());
    kj::Status asked = cli.syncOnce();
    if (asked) {
        kj::Result<QList<kj::FriendGroup>> fetched =
            Cli::await<QList<kj::FriendGroup>>([&](auto done) { (*session)->api().myGroups(nullptr, done); });
        asked = fetched ? repository.replaceFetched(*fetched) : kj::Status(fetched.error());
    }
    if (!asked)
        cli.err() << "Showing what is saved here (could not ask the server: " << cli.describe(asked.error()) << ").\n";
    const QList<kj::store::LocalFriendGroup> groups = repository.groups();
    if (groups.isEmpty())
        cli.out() << "No friend groups yet (make one with: group put new --name N --members a,b).\n";
    for (const kj::store::LocalFriendGroup &local : groups)
        printGroup(cli, local.group, local.pending);
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
