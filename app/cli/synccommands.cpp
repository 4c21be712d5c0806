#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/uploadreport.h"
#include "app/cli/queuereport.h"

#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "models/store/syncstaterepository.h"

namespace kj::cli {

int feedCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many items (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("online"),
                      QStringLiteral("Ask the server instead, with the likes and comments of each item.")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("feed [--limit N] [--online]"),
            QStringLiteral("My friends' diaries, 说说, reposts, photos and tracks and mine, newest first: id, time, author, "
                           "kind, visibility, what. Without --online it shows what is saved here (after a sync when the "
                           "server can be reached), so it works offline, and marks what is not synced yet; --online asks "
                           "the server, and adds the likes and comments of each item."),
            0, 0))
        return *stop;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.fail(QStringLiteral("--limit takes a positive number"));
    if (parser.isSet(QStringLiteral("online")))
        return onlineFeed(cli, limit);
    return localFeed(cli, limit);
}

int syncCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("sync"),
                                                         QStringLiteral("Sends the changes saved here and fetches new ones. "
                                                                        "Fails when the server cannot be reached."),
                                                         0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    UploadReport uploads(cli, (*session)->sync());
    const int rejectedBefore = (*session)->sync().rejectedCount();
    const kj::Status synced = cli.syncOnce();
    uploads.printSummary();
    for (const app::SyncConflict &conflict : (*session)->sync().conflicts()) {
        cli.err() << Cli::conflictNote(conflict) << '\n';
    }
    if (const int refused = (*session)->sync().rejectedCount() - rejectedBefore; refused > 0) {
        cli.err() << "The server refused " << refused << (refused == 1 ? " change" : " changes")
                  << " for good; the words are kept here: see kongjian-cli rejected.\n";
    }
    const int pending = (*session)->store().outbox().pendingCount();
    if (!synced) {
        cli.err() << "kongjian-cli: sync failed: " << cli.describe(synced.error()) << ". " << pending
                  << (pending == 1 ? " change is" : " changes are") << " still saved here, pending.\n";
        return Failure;
    }
    cli.out() << "Synced with " << (*session)->account().server.toString() << "; "
              << (pending == 0 ? QStringLiteral("nothing pending") : QStringLiteral("%1 pending").arg(pending)) << ".\n";
    return Success;
}

int statusCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("status"),
                                                         QStringLiteral("Shows the account, the server, pending changes, the last sync and the last error "
                                                                        "(from what is saved here; no network)."),
                                                         0, 0))
        return *stop;
    const std::optional<app::Account> account = cli.profile().account();
    cli.out() << "Profile:         " << cli.profile().directory() << '\n';
    if (!account) {
        kj::Result<QUrl> server = cli.chosenServer();
        cli.out() << "Account:         none (kongjian-cli register NAME, or login NAME)\n"
                  << "Server:          " << (server ? server->toString() : QStringLiteral("(invalid)")) << '\n';
        return Success;
    }
    cli.out() << "Account:         " << account->user.username << " (" << account->user.displayName << "), "
              << (account->signedIn() ? "signed in" : "signed out") << '\n'
              << "Server:          " << account->server.toString() << '\n';
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::ClientStore &store = (*session)->store();
    const std::optional<kj::Error> lastError = store.syncState().lastError();
    cli.out() << "Pending changes: " << store.outbox().pendingCount() << '\n'
              << "Last sync:       " << Cli::showTime(store.syncState().lastSyncedAt()) << '\n'
              << "Last error:      " << (lastError ? cli.describe(*lastError) : QStringLiteral("none")) << '\n';
    printQueueReport(cli, store);
    return Success;
}

} // namespace kj::cli
