#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/onlinecommand.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/apiversion.h"
#include "models/domain/ids.h"


// The space's settings, the guestbook and visitors are online only for now: they go straight to the
// server and nothing is kept here, so an unreachable server is an error that says so.

namespace kj::cli {

namespace {

kj::Result<int> limitOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("limit")))
        return kj::kDefaultPageSize;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kj::kMaxPageSize)
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("--limit takes a number from 1 to %1").arg(kj::kMaxPageSize));
    return limit;
}

void addLimitOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many to show (default %1, at most %2).")
                                                   .arg(kj::kDefaultPageSize).arg(kj::kMaxPageSize),
                      QStringLiteral("N")});
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("none") : text;
}

//! A space as a person reads it. hideMyVisits only when it is mine.
void printSpace(Cli &cli, const kj::User &owner, const kj::SpaceSettings &space, bool mine)
{
    const QString title = space.title.isEmpty() ? QStringLiteral("%1's space").arg(owner.displayName) : space.title;
    cli.out() << title << '\n';
    if (!space.motto.isEmpty())
        cli.out() << space.motto << '\n';
    cli.out() << "owner:       " << owner.displayName << " (" << owner.username << ")\n"
              << "skin:        " << space.skin << '\n';
    QStringList colors;
    for (auto it = space.colors.begin(); it != space.colors.end(); ++it)
        colors.append(it.key() + u' ' + it.value());
    cli.out() << "colours:     " << (colors.isEmpty() ? QStringLiteral("the skin's") : colors.join(QStringLiteral(", "))) << '\n'
              << "modules:     " << orNone(space.modules.join(QStringLiteral(", "))) << '\n'
              << "avatar:      " << orNone(space.avatarMediaId) << '\n'
              << "cover:       " << orNone(space.coverMediaId) << '\n'
              << "background:  " << orNone(space.backgroundMediaId) << '\n'
              << "music:       ";
    if (space.music.trackIds.isEmpty()) {
        cli.out() << "none\n";
    } else {
        cli.out() << space.music.trackIds.size() << (space.music.trackIds.size() == 1 ? " track" : " tracks")
                  << (space.music.autoplay ? ", plays on opening" : "") << (space.music.shuffle ? ", shuffled" : "") << '\n';
    }
    if (mine)
        cli.out() << "my visits:   " << (space.hideMyVisits ? "hidden (not recorded in others' visitors)" : "recorded") << '\n';
}

void printEntry(Cli &cli, const kj::GuestbookEntry &entry)
{
    cli.out() << entry.id << "  " << Cli::showTime(entry.createdAt) << "  " << entry.author.displayName << " ("
              << entry.author.username << ")" << (entry.isPrivate ? "  [private]" : "") << '\n';
    for (const QString &line : entry.text.split(u'\n'))
        cli.out() << "    " << line << '\n';
    if (entry.reply) {
        cli.out() << "    ↳ " << entry.spaceOwner.displayName << ", " << Cli::showTime(entry.reply->at) << ":\n";
        for (const QString &line : entry.reply->text.split(u'\n'))
            cli.out() << "      " << line << '\n';
    }
}

int showSpace(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), QStringLiteral("Whose space (default: mine)."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("space show [USER]"),
                                                         QStringLiteral("Shows a space's title, motto and decoration (needs the server)."),
                                                         0, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    const QString me = current.account().user.username;
    const QString user = parser.positionalArguments().value(0, me);
    if (user == me) {
        kj::Result<kj::SpaceSettings> space =
            Cli::await<kj::SpaceSettings>([&](auto done) { current.api().mySpace(nullptr, done); });
        if (!space)
            return failOnline(cli, space.error(), QStringLiteral("Showing my space"));
        printSpace(cli, current.account().user, *space, true);
        return Success;
    }
    kj::Result<app::UserProfile> profile =
        Cli::await<app::UserProfile>([&](auto done) { current.api().userProfile(user, nullptr, done); });
    if (!profile) {
        if (profile.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(user));
        return failOnline(cli, profile.error(), QStringLiteral("Showing %1's space").arg(user));
    }
    printSpace(cli, profile->user, profile->space, false);
    return Success;
}

kj::Result<bool> onOff(const QString &text)
{
    if (text == u"on" || text == u"yes" || text == u"true")
        return true;
    if (text == u"off" || text == u"no" || text == u"false")
        return false;
    return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("--hide-my-visits takes on or off, not \"%1\"").arg(text));
}

int setSpace(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("title"), QStringLiteral("The space's title (up to 100 characters; empty: \"NAME's space\")."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("motto"), QStringLiteral("The motto under the title (up to 300 characters)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("skin"), QStringLiteral("A skin id: a-z, 0-9 and '-', e.g. classic, sakura."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("modules"),
                      QStringLiteral("The modules to show, in order, separated by commas (of %1; empty: none).")
                          .arg(kj::SpaceSettings::knownModules().join(QStringLiteral(", "))),
                      QStringLiteral("a,b,c")});
    parser.addOption({QStringLiteral("hide-my-visits"),
                      QStringLiteral("on: my visits to other spaces are not recorded; off: they are."), QStringLiteral("on|off")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("space set [--title T] [--motto M] [--skin S] [--modules a,b,c] [--hide-my-visits on|off]"),
            QStringLiteral("Changes the given settings of my space and keeps the others (needs the server)."), 0, 0))
        return *stop;
    const QStringList options = {QStringLiteral("title"), QStringLiteral("motto"), QStringLiteral("skin"),
                                 QStringLiteral("modules"), QStringLiteral("hide-my-visits")};
    if (std::none_of(options.begin(), options.end(), [&](const QString &name) { return parser.isSet(name); }))
        return cli.fail(QStringLiteral("nothing to change: give at least one of --title, --motto, --skin, --modules, --hide-my-visits"));
    std::optional<bool> hide;
    if (parser.isSet(QStringLiteral("hide-my-visits"))) {
        kj::Result<bool> value = onOff(parser.value(QStringLiteral("hide-my-visits")));
        if (!value)
            return cli.fail(value.error());
        hide = *value;
    }
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    kj::Result<kj::SpaceSettings> stored = Cli::await<kj::SpaceSettings>([&](auto done) { current.api().mySpace(nullptr, done); });
    if (!stored)
        return failOnline(cli, stored.error(), QStringLiteral("Decorating my space"));
    kj::SpaceSettings changed = *stored;
    if (parser.isSet(QStringLiteral("title")))
        changed.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("motto")))
        changed.motto = parser.value(QStringLiteral("motto"));
    if (parser.isSet(QStringLiteral("skin")))
        changed.skin = parser.value(QStringLiteral("skin"));
    if (parser.isSet(QStringLiteral("modules"))) {
        changed.modules.clear();
        for (const QString &module : parser.value(QStringLiteral("modules")).split(u',', Qt::SkipEmptyParts))
            changed.modules.append(module.trimmed());
    }
    if (hide)
        changed.hideMyVisits = *hide;
    // The server's own check, here first, so a typo is explained before anything is sent.
    if (kj::Result<kj::SpaceSettings> valid = kj::SpaceSettings::fromRequest(changed.toJson()); !valid)
        return cli.fail(valid.error().message);
    kj::Result<kj::SpaceSettings> saved =
        Cli::await<kj::SpaceSettings>([&](auto done) { current.api().putMySpace(changed, nullptr, done); });
    if (!saved)
        return failOnline(cli, saved.error(), QStringLiteral("Decorating my space"));
    printSpace(cli, current.account().user, *saved, true);
    return Success;
}

int listGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), QStringLiteral("Whose guestbook."));
    addLimitOption(parser);
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook [list] USER [--limit N]"),
            QStringLiteral("Shows a guestbook, newest first: id, time, author, the message and the owner's reply. Private "
                           "messages show only to the space's owner and their author. Needs the server."),
            1, 1))
        return *stop;
    kj::Result<int> limit = limitOption(parser);
    if (!limit)
        return cli.fail(limit.error());
    const QString user = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<app::GuestbookPage> page = Cli::await<app::GuestbookPage>(
        [&](auto done) { (*session)->api().guestbook(user, QString(), *limit, nullptr, done); });
    if (!page) {
        if (page.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(user));
        return failOnline(cli, page.error(), QStringLiteral("Reading %1's guestbook").arg(user));
    }
    if (page->items.isEmpty())
        cli.out() << "No messages in " << user << "'s guestbook yet.\n";
    for (const kj::GuestbookEntry &entry : std::as_const(page->items))
        printEntry(cli, entry);
    if (!page->nextCursor.isEmpty())
        cli.out() << "(older messages not shown; use --limit to see more)\n";
    return Success;
}

int signGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), QStringLiteral("Whose guestbook."));
    parser.addOption({QStringLiteral("private"), QStringLiteral("Only the space's owner (and I) may read it.")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook sign USER [--private]"),
            QStringLiteral("Leaves a message (up to 2,000 characters) in USER's guestbook. The text comes from standard "
                           "input, or from $EDITOR when standard input is a terminal. Prints the message's id. Needs the server."),
            1, 1))
        return *stop;
    const QString user = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the message is empty; nothing was sent"));
    if (text->size() > kj::GuestbookEntry::kMaxTextLength) {
        return failWrite(cli, kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the message has %1 characters; at most %2 fit")
                                                                       .arg(text->size()).arg(kj::GuestbookEntry::kMaxTextLength)),
                         QStringLiteral("Signing %1's guestbook").arg(user), *text,
                         QStringLiteral("guestbook sign %1%2").arg(user, parser.isSet(QStringLiteral("private")) ? QStringLiteral(" --private") : QString()));
    }
    const kj::GuestbookWrite write{kj::newItemId(), *text, parser.isSet(QStringLiteral("private"))};
    kj::Result<app::GuestbookWriteResult> signed_ = Cli::await<app::GuestbookWriteResult>(
        [&](auto done) { (*session)->api().signGuestbook(user, write, nullptr, done); });
    if (!signed_) {
        if (signed_.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1; nothing was sent").arg(user));
        return failWrite(cli, signed_.error(), QStringLiteral("Signing %1's guestbook").arg(user), *text,
                         QStringLiteral("guestbook sign %1%2").arg(user, write.isPrivate ? QStringLiteral(" --private") : QString()));
    }
    cli.out() << signed_->entry.id << '\n';
    return Success;
}

int replyInGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The message's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook reply ID"),
            QStringLiteral("Answers a message in my guestbook (a new reply replaces the old one). The text comes from "
                           "standard input, or from $EDITOR when standard input is a terminal. Needs the server."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a message id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the reply is empty; nothing was sent"));
    kj::Result<kj::GuestbookEntry> entry = Cli::await<kj::GuestbookEntry>([&](auto done) {
        (*session)->api().replyToGuestbookEntry(id, kj::GuestbookReplyWrite{*text}, nullptr, done);
    });
    if (!entry) {
        if (entry.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no message %1 in a guestbook you can read").arg(id));
        if (entry.error().code == kj::ErrorCode::Forbidden)
            return cli.fail(QStringLiteral("only the space's owner replies to its guestbook"));
        return failWrite(cli, entry.error(), QStringLiteral("Replying"), *text, QStringLiteral("guestbook reply %1").arg(id));
    }
    printEntry(cli, *entry);
    return Success;
}

int deleteFromGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The message's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook delete ID"),
            QStringLiteral("Deletes a message: one in my guestbook, or one I wrote. Needs the server."), 1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a message id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const kj::Status deleted = Cli::await<void>([&](auto done) { (*session)->api().deleteGuestbookEntry(id, nullptr, done); });
    if (!deleted) {
        if (deleted.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no message %1 in a guestbook you can read").arg(id));
        if (deleted.error().code == kj::ErrorCode::Forbidden)
            return cli.fail(QStringLiteral("only the space's owner and the message's author delete it"));
        return failOnline(cli, deleted.error(), QStringLiteral("Deleting the message"));
    }
    cli.out() << "Deleted.\n";
    return Success;
}

} // namespace

int spaceCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"show")
        return showSpace(cli, args.mid(1));
    if (sub == u"set")
        return setSpace(cli, args.mid(1));
    if (sub == u"music")
        return spaceMusicCommand(cli, args.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli space show [USER] | space set [options] | space music [TRACK_ID...]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: space needs one of show, set, music (see kongjian-cli space --help)\n";
    return UsageError;
}

int guestbookCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"sign")
        return signGuestbook(cli, args.mid(1));
    if (sub == u"reply")
        return replyInGuestbook(cli, args.mid(1));
    if (sub == u"delete")
        return deleteFromGuestbook(cli, args.mid(1));
    if (sub == u"list")
        return listGuestbook(cli, args.mid(1));
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        cli.out() << "Usage: kongjian-cli guestbook USER | guestbook list USER | guestbook sign USER [--private] |\n"
                     "       guestbook reply ID | guestbook delete ID  (each takes --help)\n"
                     "For a user named list, sign, reply or delete, use \"guestbook list NAME\".\n";
        return sub.isEmpty() ? UsageError : Success;
    }
    return listGuestbook(cli, args);
}

int visitCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), QStringLiteral("Whose space to open."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("visit USER"),
            QStringLiteral("Opens USER's space: records the visit (once a day; not with hide-my-visits on) and shows the "
                           "space. Needs the server."),
            1, 1))
        return *stop;
    const QString user = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const kj::Status visited = Cli::await<void>([&](auto done) { (*session)->api().recordVisit(user, nullptr, done); });
    if (!visited) {
        if (visited.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(user));
        return failOnline(cli, visited.error(), QStringLiteral("Visiting %1").arg(user));
    }
    return showSpace(cli, QStringList{user});
}

int visitorsCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addLimitOption(parser);
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("visitors [--limit N]"),
            QStringLiteral("Who visited my space lately (each once, most recent first) and how many visits there were "
                           "in all (one per visitor per day). Needs the server."),
            0, 0))
        return *stop;
    kj::Result<int> limit = limitOption(parser);
    if (!limit)
        return cli.fail(limit.error());
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<kj::VisitorList> visitors =
        Cli::await<kj::VisitorList>([&](auto done) { (*session)->api().myVisitors(*limit, nullptr, done); });
    if (!visitors)
        return failOnline(cli, visitors.error(), QStringLiteral("Listing my visitors"));
    for (const kj::Visit &visit : std::as_const(visitors->items))
        cli.out() << Cli::showTime(visit.at) << "  " << visit.visitor.username << " (" << visit.visitor.displayName << ")\n";
    cli.out() << visitors->total << (visitors->total == 1 ? " visit" : " visits") << " in all.\n";
    return Success;
}

} // namespace kj::cli
