#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/onlinecommand.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/apiversion.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/guestbookrepository.h"
#include "models/store/spacerepository.h"


// My space's settings and the guestbook are offline first: a change is saved here with its outbox entry and
// sent when the server can be reached (app/sync/spacepusher.h, guestbookpusher.h); spaces and guestbooks seen
// once are kept here and shown when the server is away. Visits and visitors need the server.

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

void printEntry(Cli &cli, const kj::GuestbookEntry &entry, bool pending = false)
{
    cli.out() << entry.id << "  " << Cli::showTime(entry.createdAt) << "  " << entry.author.displayName << " ("
              << entry.author.username << ")" << (entry.isPrivate ? "  [private]" : "") << (pending ? "  [pending]" : "") << '\n';
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
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("space show [USER]"),
            QStringLiteral("Shows a space's title, motto and decoration. Asks the server (after sending what waits here); "
                           "without it, shows the space as last seen here."),
            0, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    kj::store::SpaceRepository spaces(current.store());
    const QString me = current.account().user.username;
    const QString user = parser.positionalArguments().value(0, me);
    kj::Status asked = cli.syncOnce();
    if (user == me) {
        if (asked) {
            kj::Result<kj::SpaceSettings> space =
                Cli::await<kj::SpaceSettings>([&](auto done) { current.api().mySpace(nullptr, done); });
            asked = space ? spaces.applyServerMine(*space) : kj::Status(space.error());
        }
        const std::optional<kj::store::MySpace> mine = spaces.mine();
        if (!asked && !mine)
            return failOnline(cli, asked.error(), QStringLiteral("Showing my space"));
        if (!asked)
            cli.err() << "Showing my space as saved here (could not ask the server: " << cli.describe(asked.error()) << ").\n";
        printSpace(cli, current.account().user, mine ? mine->settings : kj::SpaceSettings(), true);
        if (mine && mine->pending)
            cli.out() << "(changes saved here, not sent yet)\n";
        return Success;
    }
    if (asked) {
        kj::Result<app::UserProfile> profile =
            Cli::await<app::UserProfile>([&](auto done) { current.api().userProfile(user, nullptr, done); });
        if (profile) {
            (void)spaces.cache(profile->user, profile->space);
            printSpace(cli, profile->user, profile->space, false);
            return Success;
        }
        if (profile.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(user));
        asked = profile.error();
    }
    const std::optional<kj::store::CachedSpace> cached = spaces.cached(user);
    if (!cached)
        return failOnline(cli, asked.error(), QStringLiteral("Showing %1's space").arg(user));
    cli.err() << "Showing " << user << "'s space as seen here on " << Cli::showTime(cached->fetchedAt)
              << " (could not ask the server: " << cli.describe(asked.error()) << ").\n";
    printSpace(cli, cached->owner, cached->settings, false);
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
            QStringLiteral("Changes the given settings of my space and keeps the others. Saved here first, then sent to the "
                           "server, merged field by field with changes made elsewhere meanwhile."),
            0, 0))
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
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    kj::store::SpaceRepository spaces(current.store());
    // Mine as last seen or changed here; never seen: the defaults, and only the fields given here are sent
    // onto the server's settings.
    const std::optional<kj::store::MySpace> stored = spaces.mine();
    kj::SpaceSettings changed = stored ? stored->settings : kj::SpaceSettings();
    QStringList fields;
    if (parser.isSet(QStringLiteral("title"))) {
        changed.title = parser.value(QStringLiteral("title"));
        fields.append(QStringLiteral("title"));
    }
    if (parser.isSet(QStringLiteral("motto"))) {
        changed.motto = parser.value(QStringLiteral("motto"));
        fields.append(QStringLiteral("motto"));
    }
    if (parser.isSet(QStringLiteral("skin"))) {
        changed.skin = parser.value(QStringLiteral("skin"));
        fields.append(QStringLiteral("skin"));
    }
    if (parser.isSet(QStringLiteral("modules"))) {
        changed.modules.clear();
        for (const QString &module : parser.value(QStringLiteral("modules")).split(u',', Qt::SkipEmptyParts))
            changed.modules.append(module.trimmed());
        fields.append(QStringLiteral("modules"));
    }
    if (hide) {
        changed.hideMyVisits = *hide;
        fields.append(QStringLiteral("hideMyVisits"));
    }
    // The server's own check, here first, so a typo is explained before anything is saved.
    if (kj::Result<kj::SpaceSettings> valid = kj::SpaceSettings::fromRequest(changed.toJson()); !valid)
        return cli.fail(valid.error().message);
    if (const kj::Status saved = spaces.saveMine(changed, fields); !saved)
        return cli.fail(saved.error());
    const int result = finishQueuedWrite(cli, kj::store::SpaceRepository::kKind, current.account().user.username,
                                         QStringLiteral("the change of my space"));
    // As merged with the server's settings when it was sent; as changed here otherwise.
    const std::optional<kj::store::MySpace> now = spaces.mine();
    printSpace(cli, current.account().user, now ? now->settings : changed, true);
    if (now && now->pending && !now->base)
        cli.out() << "(not sent yet; the settings not given here stay as they are on the server)\n";
    return result;
}

int listGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), QStringLiteral("Whose guestbook."));
    addLimitOption(parser);
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook [list] USER [--limit N]"),
            QStringLiteral("Shows a guestbook, newest first: id, time, author, the message and the owner's reply; mine not "
                           "sent yet are marked [pending]. Private messages show only to the space's owner and their "
                           "author. Asks the server (after sending what waits here); without it, shows what is saved here."),
            1, 1))
        return *stop;
    kj::Result<int> limit = limitOption(parser);
    if (!limit)
        return cli.fail(limit.error());
    const QString user = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::GuestbookRepository guestbook((*session)->store());
    kj::Status asked = cli.syncOnce();
    bool more = false;
    if (asked) {
        kj::Result<app::GuestbookPage> page = Cli::await<app::GuestbookPage>(
            [&](auto done) { (*session)->api().guestbook(user, QString(), *limit, nullptr, done); });
        if (!page && page.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(user));
        asked = page ? guestbook.replaceFetched(user, page->items) : kj::Status(page.error());
        more = page && !page->nextCursor.isEmpty();
    }
    if (!asked)
        cli.err() << "Showing what is saved here (could not ask the server: " << cli.describe(asked.error()) << ").\n";
    const QList<kj::store::LocalGuestbookEntry> entries = guestbook.entriesOf(user);
    if (entries.isEmpty())
        cli.out() << "No messages in " << user << "'s guestbook" << (asked ? " yet" : " saved here") << ".\n";
    for (qsizetype i = 0; i < entries.size() && i < *limit; ++i)
        printEntry(cli, entries.at(i).entry, entries.at(i).pending);
    if (more || entries.size() > *limit)
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
                           "input, or from $EDITOR when standard input is a terminal. Prints the message's id. Saved here "
                           "first, then sent to the server."),
            1, 1))
        return *stop;
    const QString user = parser.positionalArguments().first();
    if (!kj::isValidUsername(user))
        return cli.fail(QStringLiteral("there is no user %1; nothing was sent").arg(user));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the message is empty; nothing was sent"));
    const bool isPrivate = parser.isSet(QStringLiteral("private"));
    const QString retry = QStringLiteral("guestbook sign %1%2").arg(user, isPrivate ? QStringLiteral(" --private") : QString());
    if (text->size() > kj::GuestbookEntry::kMaxTextLength) {
        return failWrite(cli, kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the message has %1 characters; at most %2 fit")
                                                                       .arg(text->size()).arg(kj::GuestbookEntry::kMaxTextLength)),
                         QStringLiteral("Signing %1's guestbook").arg(user), *text, retry);
    }
    kj::Result<kj::GuestbookEntry> saved = kj::store::GuestbookRepository((*session)->store()).sign(user, *text, isPrivate);
    if (!saved)
        return failWrite(cli, saved.error(), QStringLiteral("Signing %1's guestbook").arg(user), *text, retry);
    cli.out() << saved->id << '\n';
    return finishQueuedWrite(cli, kj::store::GuestbookRepository::kKind, saved->id,
                             QStringLiteral("the message in %1's guestbook").arg(user));
}

int replyInGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The message's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook reply ID"),
            QStringLiteral("Answers a message in my guestbook (a new reply replaces the old one). The text comes from "
                           "standard input, or from $EDITOR when standard input is a terminal. Saved here first, then "
                           "sent to the server."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a message id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::GuestbookRepository guestbook((*session)->store());
    const std::optional<kj::store::LocalGuestbookEntry> known = guestbook.find(id);
    if (known && known->entry.spaceOwner.username != (*session)->account().user.username)
        return cli.fail(QStringLiteral("only the space's owner replies to its guestbook"));
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the reply is empty; nothing was sent"));
    if (const kj::Status saved = guestbook.reply(id, *text); !saved)
        return failWrite(cli, saved.error(), QStringLiteral("Replying"), *text, QStringLiteral("guestbook reply %1").arg(id));
    const int result = finishQueuedWrite(cli, kj::store::GuestbookRepository::kReplyKind, id, QStringLiteral("the reply"));
    if (const std::optional<kj::store::LocalGuestbookEntry> entry = guestbook.find(id))
        printEntry(cli, entry->entry, entry->pending);
    return result;
}

int deleteFromGuestbook(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The message's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("guestbook delete ID"),
            QStringLiteral("Deletes a message: one in my guestbook, or one I wrote. Saved here first, then sent to the server."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a message id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    if (const kj::Status removed = kj::store::GuestbookRepository((*session)->store()).remove(id); !removed)
        return cli.fail(removed.error());
    cli.out() << "Deleted.\n";
    return finishQueuedWrite(cli, kj::store::GuestbookRepository::kKind, id, QStringLiteral("the delete of message %1").arg(id));
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
                           "space. Without the server, a space seen before is shown as it was then (no visit recorded)."),
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
        // Away from the server: a space seen before is shown as it was then; the visit is not recorded.
        if (!app::ApiClient::isTransient(visited.error()) || !kj::store::SpaceRepository((*session)->store()).cached(user))
            return failOnline(cli, visited.error(), QStringLiteral("Visiting %1").arg(user));
        cli.err() << "The visit is not recorded (the server could not be reached).\n";
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
