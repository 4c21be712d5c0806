#include "app/cli/queuedwrite.h"

#include "app/cli/cli.h"
#include "app/clientsession.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

namespace kj::cli {

int finishQueuedWrite(Cli &cli, const QString &kind, const QString &itemId, const QString &what)
{
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::Outbox &outbox = (*session)->store().outbox();
    qint64 lastRejected = 0;
    for (const kj::store::RejectedChange &change : outbox.rejected())
        lastRejected = std::max(lastRejected, change.id);
    cli.err() << "Saved " << what << " here; pending until the server has it.\n";
    cli.out().flush();
    cli.err().flush();
    cli.syncAfterWrite();
    for (const kj::store::RejectedChange &change : outbox.rejected()) {
        if (change.id > lastRejected && change.kind == kind && change.itemId == itemId) {
            return cli.fail(QStringLiteral("the server refused %1: %2.\nWhat you wrote is kept among the rejected changes "
                                           "(kongjian-cli rejected; dismiss it with kongjian-cli rejected --dismiss %3)")
                                .arg(what, change.errorMessage)
                                .arg(change.id));
        }
    }
    return Success;
}

} // namespace kj::cli
