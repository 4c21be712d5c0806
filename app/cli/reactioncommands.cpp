// kongjian-cli comment, comments, like, unlike: offline first. Each change is saved here with its outbox
// entry, then sent (app/sync/commentpusher.h, likepusher.h); comments read the server when it can be
// reached and what is saved here otherwise.
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/onlinecommand.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "models/domain/post.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/likerepository.h"

#include <QHash>
#include <QSet>

namespace kj::cli {

namespace {
const QString kKinds = QStringLiteral("diary, post, photo, album, repost, track");

//! KIND and ID of an item from the positional arguments.
kj::Result<std::pair<kj::ItemKind, QString>> itemArguments(const QStringList &positional)
{
    const std::optional<kj::ItemKind> kind = kj::itemKindFromName(positional.value(0));
    if (!kind)
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("\"%1\" is not a kind of item: use one of %2").arg(positional.value(0), kKinds));
    const QString id = positional.value(1);
    if (!kj::isValidItemId(id))
        return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not an item id (a lower-case UUID)").arg(id));
    return std::pair(*kind, id);
}

int deleteComment(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CID"), QStringLiteral("The comment's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("comment delete CID"),
            QStringLiteral("Deletes a comment: mine, or one on my item. Saved here first, then sent to the server."), 1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a comment id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::CommentRepository comments((*session)->store());
    const std::optional<kj::store::LocalComment> known = comments.find(id);
    const QString me = (*session)->account().user.username;
    if (known && known->comment.author.username != me && !known->deleted) {
        // Allowed on my own items only; the server decides for items this device does not know.
        cli.err() << "Note: the comment is " << known->comment.author.username << "'s; only the owner of the item may delete it.\n";
    }
    if (const kj::Status removed = comments.remove(id); !removed)
        return cli.fail(removed.error());
    cli.out() << "Deleted " << id << ".\n";
    return finishQueuedWrite(cli, kj::store::CommentRepository::kKind, id, QStringLiteral("the delete of comment %1").arg(id));
}

int setLiked(Cli &cli, const QStringList &args, bool liked)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("The item's kind: %1.").arg(kKinds));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The item's id."));
    const QString word = liked ? QStringLiteral("like") : QStringLiteral("unlike");
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, word + QStringLiteral(" KIND ID"),
            liked ? QStringLiteral("Likes an item (liking twice is liking once). Saved here first, then sent to the server.")
                  : QStringLiteral("Takes my like of an item back. Saved here first, then sent to the server."),
            2, 2))
        return *stop;
    kj::Result<std::pair<kj::ItemKind, QString>> item = itemArguments(parser.positionalArguments());
    if (!item)
        return cli.fail(item.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    if (const kj::Status saved = kj::store::LikeRepository((*session)->store()).setLiked(item->first, item->second, liked); !saved)
        return cli.fail(saved.error());
    cli.out() << (liked ? "Liked.\n" : "Not liked.\n");
    return finishQueuedWrite(cli, kj::store::LikeRepository::kKind, kj::store::LikeRepository::key(item->first, item->second),
                             QStringLiteral("the %1 of %2 %3").arg(word, kj::itemKindName(item->first), item->second));
}

//! Fetches every comment of an item into the cache. NotFound when the item is not there for me.
kj::Status fetchComments(app::ClientSession &session, kj::ItemKind kind, const QString &itemId)
{
    QList<kj::Comment> all;
    QString cursor;
    do {
        kj::Result<app::CommentPage> page = Cli::await<app::CommentPage>(
            [&](auto done) { session.api().comments(kind, itemId, cursor, 100, nullptr, done); });
        if (!page)
            return page.error();
        all += page->items;
        cursor = page->nextCursor;
    } while (!cursor.isEmpty());
    return kj::store::CommentRepository(session.store()).replaceFetched(kind, itemId, all);
}
} // namespace

int commentCommand(Cli &cli, const QStringList &args)
{
    if (args.value(0) == u"delete")
        return deleteComment(cli, args.mid(1));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("The item's kind: %1.").arg(kKinds));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The item's id."));
    parser.addOption({QStringLiteral("reply-to"), QStringLiteral("Answer this comment (a top-level comment of the item)."),
                      QStringLiteral("CID")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("comment KIND ID [--reply-to CID] | comment delete CID"),
            QStringLiteral("Comments on an item (up to 2,000 characters), or replies to one of its comments. The text comes "
                           "from standard input, or from $EDITOR when standard input is a terminal. Prints the comment's id. "
                           "Saved here first, then sent to the server (it waits here while the server is away)."),
            2, 2))
        return *stop;
    kj::Result<std::pair<kj::ItemKind, QString>> item = itemArguments(parser.positionalArguments());
    if (!item)
        return cli.fail(item.error());
    std::optional<QString> replyTo;
    if (parser.isSet(QStringLiteral("reply-to"))) {
        replyTo = parser.value(QStringLiteral("reply-to"));
        if (!kj::isValidItemId(*replyTo))
            return cli.fail(QStringLiteral("\"%1\" is not a comment id (a lower-case UUID)").arg(*replyTo));
    }
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the comment is empty; nothing was posted"));
    QString retry = QStringLiteral("comment %1 %2").arg(kj::itemKindName(item->first), item->second);
    if (replyTo)
        retry += QStringLiteral(" --reply-to ") + *replyTo;
    if (kj::characterCount(*text) > kj::Comment::kMaxTextLength) {
        return failWrite(cli, kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the comment has %1 characters; at most %2 fit")
                                                                       .arg(kj::characterCount(*text)).arg(kj::Comment::kMaxTextLength)),
                         QStringLiteral("commenting"), *text, retry);
    }
    kj::Result<kj::Comment> saved =
        kj::store::CommentRepository((*session)->store()).addMine(item->first, item->second, *text, replyTo);
    if (!saved)
        return failWrite(cli, saved.error(), QStringLiteral("commenting"), *text, retry);
    cli.out() << saved->id << '\n';
    return finishQueuedWrite(cli, kj::store::CommentRepository::kKind, saved->id, QStringLiteral("the comment"));
}

int commentsCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("The item's kind: %1.").arg(kKinds));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The item's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("comments KIND ID"),
            QStringLiteral("Shows the comments of an item, oldest first, each reply under the comment it answers: id, time, "
                           "author, text; mine not sent yet are marked [pending]. Asks the server (after sending what waits "
                           "here); without it, shows what is saved here."),
            2, 2))
        return *stop;
    kj::Result<std::pair<kj::ItemKind, QString>> item = itemArguments(parser.positionalArguments());
    if (!item)
        return cli.fail(item.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    kj::Status fetched = cli.syncOnce();
    if (fetched)
        fetched = fetchComments(current, item->first, item->second);
    kj::store::CommentRepository repository(current.store());
    if (!fetched) {
        if (fetched.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no %1 %2 that you can see").arg(kj::itemKindName(item->first), item->second));
        cli.err() << "Showing what is saved here (could not ask the server: " << cli.describe(fetched.error()) << ").\n";
    }
    const QList<kj::store::LocalComment> all = repository.commentsOf(item->first, item->second);
    QHash<QString, QList<kj::store::LocalComment>> replies;
    for (const kj::store::LocalComment &local : all) {
        if (local.comment.replyTo)
            replies[*local.comment.replyTo].append(local);
    }
    const auto print = [&](const kj::store::LocalComment &local, const QString &indent) {
        const kj::Comment &comment = local.comment;
        const QStringList lines = comment.text.split(u'\n');
        cli.out() << indent << comment.id << "  " << Cli::showTime(comment.createdAt) << "  " << comment.author.username << ": "
                  << lines.first() << (local.pending ? "  [pending]" : "") << '\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            cli.out() << indent << "    " << lines.at(i) << '\n';
    };
    QSet<QString> shown;
    for (const kj::store::LocalComment &local : all) {
        if (local.comment.replyTo)
            continue;
        shown.insert(local.comment.id);
        print(local, QString());
        for (const kj::store::LocalComment &reply : replies.value(local.comment.id))
            print(reply, QStringLiteral("  ↳ "));
    }
    // Replies to a comment that is gone (or not saved here) still show, as themselves.
    for (const kj::store::LocalComment &local : all) {
        if (local.comment.replyTo && !shown.contains(*local.comment.replyTo))
            print(local, QStringLiteral("  ↳ "));
    }
    if (all.isEmpty())
        cli.out() << (fetched ? "No comments yet.\n" : "No comments saved here.\n");
    return Success;
}

int likeCommand(Cli &cli, const QStringList &args)
{
    return setLiked(cli, args, true);
}

int unlikeCommand(Cli &cli, const QStringList &args)
{
    return setLiked(cli, args, false);
}

} // namespace kj::cli
