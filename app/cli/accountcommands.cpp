#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"

#include "app/services/accountservice.h"
#include "models/domain/ids.h"

namespace kj::cli {

namespace {
QString changes(int count)
{
    return count == 1 ? QStringLiteral("1 change") : QStringLiteral("%1 changes").arg(count);
}

int signIn(Cli &cli, const QUrl &server, const QString &username, const QString &password,
           const std::optional<QString> &displayName)
{
    app::AccountService accounts(cli.profile(), cli.network());
    // The account this profile was on before: when it is another one (or another server), its unsent
    // changes stay in its own store; say so once the switch is done.
    const std::optional<app::Account> previous = cli.profile().account();
    const bool switching = previous && (previous->user.username != username || previous->server != server);
    const kj::Result<int> leftBehind = switching ? accounts.unsentChanges(*previous) : kj::Result<int>(0);
    const kj::Status status = Cli::await<void>([&](std::function<void(kj::Status)> done) {
        if (displayName)
            accounts.registerAccount(server, username, password, *displayName, done);
        else
            accounts.signIn(server, username, password, done);
    });
    if (!status)
        return cli.fail(status.error());
    cli.out() << (displayName ? "Registered and signed in as " : "Signed in as ") << username << " on "
              << server.toString() << ".\n";
    cli.out().flush();
    if (switching && (!leftBehind || *leftBehind > 0)) {
        cli.err() << "Note: " << previous->user.username << " on " << previous->server.toString() << " still has "
                  << (leftBehind ? changes(*leftBehind) : QStringLiteral("changes")) << " not sent; "
                  << (leftBehind && *leftBehind == 1 ? "it stays" : "they stay") << " queued here and "
                  << (leftBehind && *leftBehind == 1 ? "is" : "are") << " sent when you log in as "
                  << previous->user.username << " on " << previous->server.toString() << " again.\n";
    }
    // Bring the local store up to date; a failure here does not undo the sign-in.
    if (const kj::Status synced = cli.syncOnce(); !synced)
        cli.err() << "Could not sync yet: " << cli.describe(synced.error()) << ".\n";
    return Success;
}
} // namespace

int registerCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME"), QStringLiteral("3 to 32 of a-z, 0-9, _ and ."));
    parser.addOption({QStringLiteral("display-name"), QStringLiteral("The name others see (default: the username)."),
                      QStringLiteral("NAME")});
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("register USERNAME [--display-name NAME]"),
                                                         QStringLiteral("Creates an account on the server and signs in."), 1, 1))
        return *stop;
    const QString username = parser.positionalArguments().first();
    if (!kj::isValidUsername(username))
        return cli.fail(QStringLiteral("\"%1\" is not a valid username: use 3 to 32 of a-z, 0-9, _ and . (starting with a letter or digit)").arg(username));
    kj::Result<QUrl> server = cli.chosenServer();
    if (!server)
        return cli.fail(server.error());
    cli.warnIfClear(*server);
    kj::Result<QString> password = readPassword(QStringLiteral("Choose a password for %1: ").arg(username));
    if (!password)
        return cli.fail(password.error());
    if (stdinIsTerminal()) {
        kj::Result<QString> again = readPassword(QStringLiteral("Type it again: "));
        if (!again)
            return cli.fail(again.error());
        if (*again != *password)
            return cli.fail(QStringLiteral("the two passwords differ; nothing was registered"));
    }
    if (password->size() < kj::AccountRegistration::kMinPasswordLength)
        return cli.fail(QStringLiteral("a password needs at least %1 characters").arg(kj::AccountRegistration::kMinPasswordLength));
    return signIn(cli, *server, username, *password, parser.value(QStringLiteral("display-name")));
}

int loginCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USERNAME"), QStringLiteral("Your username."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("login USERNAME"),
                                                         QStringLiteral("Signs in to the server."), 1, 1))
        return *stop;
    const QString username = parser.positionalArguments().first();
    kj::Result<QUrl> server = cli.chosenServer();
    if (!server)
        return cli.fail(server.error());
    cli.warnIfClear(*server);
    kj::Result<QString> password = readPassword(QStringLiteral("Password for %1: ").arg(username));
    if (!password)
        return cli.fail(password.error());
    return signIn(cli, *server, username, *password, std::nullopt);
}

int logoutCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("logout"),
                                                         QStringLiteral("Signs out. Everything saved here stays, also changes not sent yet."), 0, 0))
        return *stop;
    const std::optional<app::Account> account = cli.profile().account();
    app::AccountService accounts(cli.profile(), cli.network());
    if (!account || !account->signedIn()) {
        cli.out() << "Not signed in.\n";
        // Signed out already (or the session ran out): what is still queued is worth a reminder.
        if (const kj::Result<int> queued = account ? accounts.unsentChanges(*account) : kj::Result<int>(0); queued && *queued > 0) {
            cli.err() << "Note: " << changes(*queued) << " of " << account->user.username << " not sent yet "
                      << (*queued == 1 ? "stays" : "stay") << " queued here; log in as " << account->user.username
                      << " to send " << (*queued == 1 ? "it" : "them") << ".\n";
        }
        return Success;
    }
    // Changes not sent yet: one last try to send them, and whatever stays is kept, queued for this account.
    kj::Result<int> pending = accounts.unsentChanges(*account);
    if (pending && *pending > 0) {
        (void)cli.syncOnce();
        pending = accounts.unsentChanges(*account);
    }
    const kj::Status status = Cli::await<void>([&](std::function<void(kj::Status)> done) { accounts.signOut(done); });
    if (!status && cli.profile().account() && cli.profile().account()->signedIn())
        return cli.fail(status.error());
    if (!status)
        cli.err() << "Signed out here, but the server could not be told (" << cli.describe(status.error())
                  << "); the session ends on its own when it expires.\n";
    cli.out() << "Signed out " << account->user.username << ". Local data is kept.\n";
    if (!pending) {
        cli.err() << "Warning: could not count the changes not sent yet (" << cli.describe(pending.error())
                  << "); whatever is queued stays queued for " << account->user.username << ".\n";
    } else if (*pending > 0) {
        cli.err() << "Warning: " << changes(*pending) << " not sent yet " << (*pending == 1 ? "stays" : "stay")
                  << " queued for " << account->user.username << " on " << account->server.toString()
                  << "; " << (*pending == 1 ? "it is" : "they are") << " sent when you log in as "
                  << account->user.username << " there again.\n";
    }
    return Success;
}

} // namespace kj::cli
