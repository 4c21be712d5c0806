// kongjian-cli rejected: the changes the server refused for good (kept with what they would have sent), and
// dismissing them; and the per-kind view of the queue that `status` shows.
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/queuereport.h"

#include "app/clientsession.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <QMap>

namespace kj::cli {

namespace {
//! A kind of change in words.
QString kindName(const QString &kind)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("diary"), QStringLiteral("diaries")},
        {QStringLiteral("comment"), QStringLiteral("comments")},
        {QStringLiteral("like"), QStringLiteral("likes")},
        {QStringLiteral("guestbook"), QStringLiteral("guestbook messages")},
        {QStringLiteral("guestbook_reply"), QStringLiteral("guestbook replies")},
        {QStringLiteral("friend_request"), QStringLiteral("friend requests")},
        {QStringLiteral("friend_answer"), QStringLiteral("answers to friend requests")},
        {QStringLiteral("friend_remove"), QStringLiteral("ended friendships")},
        {QStringLiteral("group"), QStringLiteral("friend groups")},
        {QStringLiteral("space"), QStringLiteral("space settings")},
        {QStringLiteral("post"), QStringLiteral("说说")},
        {QStringLiteral("repost"), QStringLiteral("reposts")},
        {QStringLiteral("album"), QStringLiteral("albums")},
        {QStringLiteral("photo"), QStringLiteral("photo edits")},
        {QStringLiteral("track"), QStringLiteral("track edits")},
    };
    return names.value(kind, kind);
}

//! What a refused change was about, in one line: the words it carried when it had some.
QString whatOf(const kj::store::RejectedChange &change)
{
    const bool deleting = change.op == kj::store::OutboxEntry::Op::Delete;
    QString what = QStringLiteral("%1 %2%3").arg(change.kind, change.itemId, deleting ? QStringLiteral(" (delete)") : QString());
    const QJsonObject &payload = change.payload;
    if (payload.contains(QStringLiteral("itemKind")))
        what += QStringLiteral(" on %1 %2").arg(payload.value(QStringLiteral("itemKind")).toString(),
                                                payload.value(QStringLiteral("itemId")).toString());
    if (payload.value(QStringLiteral("owner")).isString()) // a guestbook message (an album's or a track's owner is an object)
        what += QStringLiteral(" in %1's guestbook").arg(payload.value(QStringLiteral("owner")).toString());
    if (payload.contains(QStringLiteral("liked")))
        what += payload.value(QStringLiteral("liked")).toBool() ? QStringLiteral(": like") : QStringLiteral(": unlike");
    if (payload.contains(QStringLiteral("name")))
        what += QStringLiteral(": \"%1\"").arg(payload.value(QStringLiteral("name")).toString());
    return what;
}

void printRejected(Cli &cli, const kj::store::RejectedChange &change, bool full)
{
    cli.out() << "  " << change.id << "  " << Cli::showTime(change.rejectedAt) << "  " << whatOf(change) << '\n'
              << "      why: " << change.errorMessage << " (" << change.errorCode << ")\n";
    QString text;
    // The words of the change: a 说说's or comment's text, a repost's comment, a photo's caption, an album's description.
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("comment"), QStringLiteral("caption"), QStringLiteral("description")}) {
        if (text.isEmpty())
            text = change.payload.value(key).toString();
    }
    if (text.isEmpty())
        return;
    const QStringList lines = text.split(u'\n');
    if (!full) {
        cli.out() << "      text: " << lines.first() << (lines.size() > 1 ? " …" : "") << '\n';
        return;
    }
    cli.out() << "      text:\n";
    for (const QString &line : lines)
        cli.out() << "        " << line << '\n';
}
} // namespace

void printQueueReport(Cli &cli, kj::store::ClientStore &store)
{
    QMap<QString, int> perKind;
    for (const kj::store::OutboxEntry &entry : store.outbox().entries())
        ++perKind[entry.kind];
    if (!perKind.isEmpty())
        cli.out() << "Pending by kind:\n";
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
        cli.out() << "  " << it.value() << ' ' << kindName(it.key()) << '\n';
    const QList<kj::store::RejectedChange> rejected = store.outbox().rejected();
    cli.out() << "Rejected changes: " << rejected.size() << (rejected.isEmpty() ? "" : "  (kongjian-cli rejected; dismiss with --dismiss ID)")
              << '\n';
    for (const kj::store::RejectedChange &change : rejected)
        printRejected(cli, change, false);
}

int rejectedCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dismiss"), QStringLiteral("Let this rejected change go (I have seen it)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("dismiss-all"), QStringLiteral("Let every rejected change go.")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("rejected [--dismiss ID | --dismiss-all]"),
            QStringLiteral("The changes the server refused for good (an item deleted meanwhile, a user who does not exist "
                           "...): what each was, why, and the words it carried, kept until you dismiss it. Reads what is "
                           "saved here; no network."),
            0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::Outbox &outbox = (*session)->store().outbox();
    const QList<kj::store::RejectedChange> rejected = outbox.rejected();
    if (parser.isSet(QStringLiteral("dismiss-all"))) {
        for (const kj::store::RejectedChange &change : rejected) {
            if (const kj::Status dismissed = outbox.dismissRejected(change.id); !dismissed)
                return cli.fail(dismissed.error());
        }
        cli.out() << "Dismissed " << rejected.size() << (rejected.size() == 1 ? " rejected change.\n" : " rejected changes.\n");
        return Success;
    }
    if (parser.isSet(QStringLiteral("dismiss"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("dismiss")).toLongLong(&ok);
        const bool known = ok && std::any_of(rejected.begin(), rejected.end(),
                                             [id](const kj::store::RejectedChange &change) { return change.id == id; });
        if (!known)
            return cli.fail(QStringLiteral("there is no rejected change %1 (kongjian-cli rejected lists them)")
                                .arg(parser.value(QStringLiteral("dismiss"))));
        if (const kj::Status dismissed = outbox.dismissRejected(id); !dismissed)
            return cli.fail(dismissed.error());
        cli.out() << "Dismissed rejected change " << id << ".\n";
        return Success;
    }
    if (rejected.isEmpty()) {
        cli.out() << "No rejected changes.\n";
        return Success;
    }
    for (const kj::store::RejectedChange &change : rejected)
        printRejected(cli, change, true);
    return Success;
}

} // namespace kj::cli
