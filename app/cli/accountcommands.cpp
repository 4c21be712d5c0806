#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"

#include "app/services/accountservice.h"
#include "models/domain/ids.h"

namespace kj::cli {

namespace {
int signIn(Cli &cli, const QUrl &server, const QString &username, const QString &password,
           const std::optional<QString> &displayName)
{
    app::AccountService accounts(cli.profile(), cli.network());
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
    if (!account || !account->signedIn()) {
        cli.out() << "Not signed in.\n";
        return Success;
    }
    app::AccountService accounts(cli.profile(), cli.network());
    const kj::Status status = Cli::await<void>([&](std::function<void(kj::Status)> done) { accounts.signOut(done); });
    if (!status && cli.profile().account() && cli.profile().account()->signedIn())
        return cli.fail(status.error());
    if (!status)
        cli.err() << "Signed out here, but the server could not be told (" << cli.describe(status.error())
                  << "); the session ends on its own when it expires.\n";
    cli.out() << "Signed out " << account->user.username << ". Local data is kept.\n";
    return Success;
}

} // namespace kj::cli
