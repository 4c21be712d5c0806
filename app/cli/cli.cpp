#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <QFileInfo>
#include <cstdio>

namespace kj::cli {

namespace {
const QString kProgram = QStringLiteral("kongjian-cli");

const QString kCommandsHelp = QStringLiteral(
    "Commands:\n"
    "  register USERNAME [--display-name NAME]   create an account and sign in\n"
    "  login USERNAME                            sign in\n"
    "  logout                                    sign out (local data is kept)\n"
    "  diary new [--title T] [--visibility V]    write a diary (text from stdin or $EDITOR); prints its id\n"
    "  diary edit ID [--title T] [--visibility V]\n"
    "  diary list [--user NAME]                  diaries of mine (or of NAME)\n"
    "  diary show ID\n"
    "  diary delete ID\n"
    "  feed [--limit N] [--online]               my friends' diaries and mine, newest first (saved here);\n"
    "                                            --online: the server's feed, with 说说, likes and comments\n"
    "  friends add USERNAME                      send a friend request\n"
    "  friends accept USERNAME|REQUEST_ID        accept a friend request\n"
    "  friends decline USERNAME|REQUEST_ID / friends remove USERNAME\n"
    "                                            decline a friend request / end a friendship\n"
    "  friends list                              friends and pending requests\n"
    "  post new [--visibility V]                 post a 说说 (text from stdin or $EDITOR); prints its id\n"
    "  post list [--user NAME]                   说说 of mine (or of NAME), with likes and comments\n"
    "  post edit ID [--visibility V] / post delete ID\n"
    "                                            change one of my 说说 (new text from stdin or $EDITOR) / delete it\n"
    "  comment KIND ID [--reply-to CID]          comment on an item (text from stdin or $EDITOR); prints its id\n"
    "  comment delete CID                        delete a comment (mine, or one on my item)\n"
    "  comments KIND ID                          an item's comments, replies under what they answer\n"
    "  like KIND ID / unlike KIND ID             like an item, or take the like back\n"
    "  repost KIND ID [--comment T] [--visibility V]\n"
    "                                            repost (转发) an item; prints the repost's id\n"
    "  repost list [--user NAME] / repost delete ID  reposts of mine (or of NAME) / delete one of mine\n"
    "  notifications [--mark-read]               likes, comments, reposts, messages, requests that concern me\n"
    "  space show [USER]                         a space's title, motto and decoration (mine, or USER's)\n"
    "  space set [--title T] [--motto M] [--skin S] [--modules a,b,c] [--hide-my-visits on|off]\n"
    "                                            change my space's settings (the others stay)\n"
    "  guestbook USER                            USER's guestbook, newest first\n"
    "  guestbook sign USER [--private]           leave a message (text from stdin or $EDITOR); prints its id\n"
    "  guestbook reply ID / guestbook delete ID  answer a message in my guestbook / delete one\n"
    "  visit USER                                open USER's space (recorded as a visit) and show it\n"
    "  visitors [--limit N]                      who visited my space lately, and how often in all\n"
    "  album new --title T [--visibility V]      make an album; prints its id\n"
    "  album edit ID [--title T] [--description D] [--visibility V]\n"
    "                                            change one of my albums\n"
    "  album list [--user NAME]                  albums of mine (or of NAME)\n"
    "  album photos ID                           an album's photos\n"
    "  photo upload FILE... --album ID [--caption C] [--visibility V]\n"
    "                                            upload photos (resumable); prints each photo's id\n"
    "  photo edit ID [--caption C] [--visibility V] / track edit ID [--title T] [--artist A] [--visibility V]\n"
    "                                            change one of my photos / tracks\n"
    "  media get MEDIA_ID [--size thumb|large|original] -o FILE\n"
    "                                            save a photo's bytes\n"
    "  track upload FILE [--title T] [--artist A] [--visibility V]\n"
    "                                            upload a track (MP3, Ogg, FLAC, M4A, WAV); prints its id\n"
    "  tracks [USER] / track delete ID           tracks of mine (or of USER) / delete one of mine\n"
    "  space music [TRACK_ID...] [--autoplay] [--shuffle]\n"
    "                                            my space's background music, in order (none: off)\n"
    "  groups                                    my friend groups and their members\n"
    "  group put ID|new --name N [--members a,b] / group delete ID\n"
    "                                            make or change a friend group / delete one\n"
    "                                            (items take --visibility groups --groups ID,ID)\n"
    "  sync                                      send pending changes and fetch new ones\n"
    "  status                                    account, server, pending changes, last sync\n"
    "  rejected [--dismiss ID]                   changes the server refused, with their words; dismiss one\n"
    "\n"
    "KIND is one of diary, post, photo, album, repost, track. Diaries, comments, likes, the guestbook, friends,\n"
    "groups, my space's settings, 说说, reposts, albums, photo and track uploads and edits are saved here first\n"
    "and sent when the server can be reached (uploads resume); feed shows what is kept here. Lists with likes\n"
    "and comments, notifications and visitors ask the server. Each command takes --help. Passwords are read\n"
    "from the terminal without echo, or as the first line of standard input.\n"
    "Environment: KONGJIAN_PROFILE, KONGJIAN_SERVER, EDITOR, VISUAL.\n");
} // namespace

Cli::Cli(QStringList arguments) : m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr) {}

Cli::~Cli()
{
    m_session.reset();
}

void Cli::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("The profile folder (default: $KONGJIAN_PROFILE, else %1).").arg(app::Profile::defaultDirectory()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("The server (default: $KONGJIAN_SERVER, else the one last used, else %1).")
                          .arg(app::Profile::kDefaultServer.toString()),
                      QStringLiteral("URL")});
}

void Cli::takeGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("profile")))
        m_profileDir = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("server")))
        m_serverText = parser.value(QStringLiteral("server"));
}

void Cli::printHelp()
{
    m_out << "Usage: " << kProgram << " [--profile DIR] [--server URL] COMMAND [options]\n\n"
          << "Kongjian from the command line: your space, offline first (what you write is saved here, then sent).\n\n"
          << kCommandsHelp << "\nGlobal options:\n"
          << "  --profile DIR   the profile folder (default: $KONGJIAN_PROFILE, else " << app::Profile::defaultDirectory() << ")\n"
          << "  --server URL    the server (default: $KONGJIAN_SERVER, else the one last used, else "
          << app::Profile::kDefaultServer.toString() << ")\n"
          << "  -h, --help      this help\n"
          << "  --version       the version\n";
    m_out.flush();
}

int Cli::run()
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    parser.addOption({QStringLiteral("version"), QStringLiteral("Show the version.")});
    if (!parser.parse(m_arguments)) {
        m_err << kProgram << ": " << parser.errorText() << " (see " << kProgram << " --help)\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << kProgram << ' ' << QStringLiteral(KJ_VERSION) << '\n';
        return Success;
    }
    takeGlobalOptions(parser);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        printHelp();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? UsageError : Success;
    }
    const int code = dispatch(positional.first(), positional.mid(1));
    m_out.flush();
    m_err.flush();
    return code;
}

int Cli::dispatch(const QString &command, const QStringList &rest)
{
    using Command = int (*)(Cli &, const QStringList &);
    static const QList<std::pair<QString, Command>> commands = {
        {QStringLiteral("register"), registerCommand}, {QStringLiteral("login"), loginCommand},
        {QStringLiteral("logout"), logoutCommand},     {QStringLiteral("diary"), diaryCommand},
        {QStringLiteral("feed"), feedCommand},         {QStringLiteral("friends"), friendsCommand},
        {QStringLiteral("sync"), syncCommand},         {QStringLiteral("status"), statusCommand},
        {QStringLiteral("rejected"), rejectedCommand},
        {QStringLiteral("post"), postCommand},         {QStringLiteral("comment"), commentCommand},
        {QStringLiteral("comments"), commentsCommand}, {QStringLiteral("like"), likeCommand},
        {QStringLiteral("unlike"), unlikeCommand},
        {QStringLiteral("repost"), repostCommand},     {QStringLiteral("notifications"), notificationsCommand},
        {QStringLiteral("space"), spaceCommand},       {QStringLiteral("guestbook"), guestbookCommand},
        {QStringLiteral("visit"), visitCommand},       {QStringLiteral("visitors"), visitorsCommand},
        {QStringLiteral("album"), albumCommand},       {QStringLiteral("photo"), photoCommand},
        {QStringLiteral("media"), mediaCommand},
        {QStringLiteral("groups"), groupsCommand},     {QStringLiteral("group"), groupCommand},
        {QStringLiteral("track"), trackCommand},       {QStringLiteral("tracks"), tracksCommand},
    };
    for (const auto &[name, run] : commands) {
        if (name == command)
            return run(*this, rest);
    }
    m_err << kProgram << ": unknown command \"" << command << "\" (see " << kProgram << " --help)\n";
    return UsageError;
}

std::optional<int> Cli::parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                                     const QString &description, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    addGlobalOptions(parser);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    if (!parser.parse(QStringList{kProgram} + args)) {
        m_err << kProgram << ": " << parser.errorText() << "\nusage: " << kProgram << ' ' << usage << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help = help.mid(help.indexOf(u'\n') + 1);
        m_out << "Usage: " << kProgram << ' ' << usage << '\n' << help;
        if (!help.endsWith(u'\n'))
            m_out << '\n';
        m_out.flush();
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        m_err << kProgram << ": usage: " << kProgram << ' ' << usage << '\n';
        return UsageError;
    }
    takeGlobalOptions(parser);
    return std::nullopt;
}

app::Profile &Cli::profile()
{
    if (!m_profile) {
        QString directory = m_profileDir;
        if (directory.isEmpty())
            directory = qEnvironmentVariable("KONGJIAN_PROFILE");
        if (directory.isEmpty())
            directory = app::Profile::defaultDirectory();
        m_profile = std::make_unique<app::Profile>(directory);
    }
    return *m_profile;
}

kj::Result<QUrl> Cli::chosenServer() const
{
    QString text = m_serverText;
    if (text.isEmpty())
        text = qEnvironmentVariable("KONGJIAN_SERVER");
    if (text.isEmpty())
        return const_cast<Cli *>(this)->profile().server();
    return app::Profile::parseServerUrl(text);
}

kj::Result<app::ClientSession *> Cli::session(bool requireSignedIn)
{
    if (m_session)
        return m_session.get();
    const std::optional<app::Account> account = profile().account();
    if (!account) {
        return kj::fail(kj::ErrorCode::Unauthorized,
                        QStringLiteral("no account in this profile yet: use \"%1 register NAME\" or \"%1 login NAME\"").arg(kProgram));
    }
    if (requireSignedIn && !account->signedIn()) {
        return kj::fail(kj::ErrorCode::Unauthorized,
                        QStringLiteral("%1 is signed out: use \"%2 login %1\"").arg(account->user.username, kProgram));
    }
    const QString wanted = m_serverText.isEmpty() ? qEnvironmentVariable("KONGJIAN_SERVER") : m_serverText;
    if (!wanted.isEmpty()) {
        kj::Result<QUrl> server = app::Profile::parseServerUrl(wanted);
        if (!server)
            return server.error();
        if (*server != account->server) {
            return kj::fail(kj::ErrorCode::BadRequest,
                            QStringLiteral("this profile is signed in to %1, not %2: use \"%3 --server %2 login NAME\" to switch")
                                .arg(account->server.toString(), server->toString(), kProgram));
        }
    }
    kj::Result<std::unique_ptr<app::ClientSession>> opened = app::ClientSession::open(profile(), *account, m_network);
    if (!opened)
        return opened.error();
    m_session = std::move(*opened);
    // The server refused the token: signed out from now on, local data kept.
    QObject::connect(m_session.get(), &app::ClientSession::signedOut, m_session.get(), [this] {
        (void)profile().forgetToken();
    });
    return m_session.get();
}

kj::Status Cli::syncOnce()
{
    kj::Result<app::ClientSession *> opened = session(false);
    if (!opened)
        return opened.error();
    app::ClientSession &current = **opened;
    if (!current.account().signedIn()) {
        return kj::fail(kj::ErrorCode::Unauthorized,
                        QStringLiteral("%1 is signed out").arg(current.account().user.username));
    }
    return await<void>([&](std::function<void(kj::Status)> done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(&current.sync(), &app::SyncEngine::finished, &current.sync(),
                                       [connection, done](const kj::Status &status) {
                                           QObject::disconnect(*connection);
                                           done(status);
                                       });
        current.sync().syncNow();
    });
}

void Cli::syncAfterWrite()
{
    const kj::Status synced = syncOnce();
    app::ClientSession *current = m_session.get();
    for (const app::SyncConflict &conflict : current ? current->sync().conflicts() : QList<app::SyncConflict>()) {
        m_err << conflictNote(conflict) << '\n';
    }
    if (synced)
        return;
    const int pending = current ? current->store().outbox().pendingCount() : 0;
    m_err << "Saved here; not sent yet (" << pending << (pending == 1 ? " change" : " changes") << " pending): "
          << describe(synced.error()) << ".\n"
          << "It is sent with the next successful \"" << kProgram << " sync\".\n";
}

void Cli::syncBeforeRead()
{
    const kj::Status synced = syncOnce();
    if (!synced)
        m_err << "Showing what is saved here (could not sync: " << describe(synced.error()) << ").\n";
}

void Cli::warnIfClear(const QUrl &server)
{
    if (app::ApiClient::sendsPasswordsInClear(server)) {
        m_err << "Warning: " << server.toString()
              << " is plain http on the network; your password travels unencrypted. Use https:// for a server on another machine.\n";
        m_err.flush();
    }
}

int Cli::fail(const QString &what)
{
    m_err << kProgram << ": " << what << '\n';
    m_err.flush();
    return Failure;
}

int Cli::fail(const kj::Error &error)
{
    return fail(describe(error));
}

QString Cli::describe(const kj::Error &error) const
{
    switch (error.code) {
    case kj::ErrorCode::NetworkError:
        return error.message; // "cannot reach <server>: <why>"
    case kj::ErrorCode::Timeout:
        return QStringLiteral("the server did not answer in time");
    case kj::ErrorCode::BadCredentials:
        return QStringLiteral("wrong username or password");
    case kj::ErrorCode::Unauthorized:
        return error.message.contains(u"signed out") || error.message.contains(u"no account")
                   ? error.message
                   : QStringLiteral("the server no longer accepts this session; log in again");
    case kj::ErrorCode::UsernameTaken:
        return QStringLiteral("that username is taken");
    case kj::ErrorCode::AlreadyExists:
        return QStringLiteral("already friends, or a request is already pending");
    case kj::ErrorCode::TooManyRequests: {
        const QString after = error.details.value(QStringLiteral("retryAfter")).toString();
        return after.isEmpty() ? QStringLiteral("too many failed attempts; try again later")
                               : QStringLiteral("too many failed attempts; try again in %1 seconds").arg(after);
    }
    case kj::ErrorCode::NotFound:
        return error.message.isEmpty() ? QStringLiteral("not found") : error.message;
    case kj::ErrorCode::Forbidden:
        return QStringLiteral("not allowed: %1").arg(error.message);
    case kj::ErrorCode::Internal:
    case kj::ErrorCode::Unavailable:
        return QStringLiteral("the server has a problem (%1); try again later").arg(error.message);
    case kj::ErrorCode::Storage:
        return QStringLiteral("the local store failed: %1").arg(error.message);
    case kj::ErrorCode::BadResponse:
        return QStringLiteral("the server answered something unexpected: %1").arg(error.message);
    default:
        return error.message.isEmpty() ? kj::errorCodeName(error.code) : error.message;
    }
}

QString Cli::showTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("never");
}

QString Cli::conflictNote(const app::SyncConflict &conflict)
{
    if (conflict.kind == u"space") // settings merge field by field; its title names the fields set on both sides
        return QStringLiteral("Note: %1.").arg(conflict.title);
    if (conflict.outcome == app::SyncConflict::Outcome::Restored) {
        return QStringLiteral("Note: \"%1\" (%2) was deleted on one device and changed on another; it is kept, with the "
                              "change (delete it again if you still want it gone).")
            .arg(conflict.title, conflict.diaryId);
    }
    const QString what = QStringLiteral("Note: \"%1\" (%2) was changed here and on another device; ").arg(conflict.title, conflict.diaryId);
    if (conflict.outcome == app::SyncConflict::Outcome::Merged)
        return what + QStringLiteral("both changes are merged into it.");
    return what + QStringLiteral("where both changed the same paragraph, both versions are kept between [[ ]] lines "
                                 "(%1 %2): keep what you want and delete those lines.")
                      .arg(conflict.places)
                      .arg(conflict.places == 1 ? QStringLiteral("place") : QStringLiteral("places"));
}

} // namespace kj::cli
