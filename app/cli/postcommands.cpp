#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/onlinecommand.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"


// 说说 are online only for now: they go straight to the server and nothing is kept
// here (the offline outbox for them comes later), so an unreachable server is an error that says so.

namespace kj::cli {

namespace {
//! The first line of a text, shortened for a one-line listing.
QString excerpt(const QString &text, int length = 60)
{
    QString line = text.trimmed().section(u'\n', 0, 0).trimmed();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

QString reactionsText(const kj::Reactions &reactions)
{
    return QStringLiteral("%1 %2, %3 %4%5")
        .arg(reactions.likeCount)
        .arg(reactions.likeCount == 1 ? QStringLiteral("like") : QStringLiteral("likes"))
        .arg(reactions.commentCount)
        .arg(reactions.commentCount == 1 ? QStringLiteral("comment") : QStringLiteral("comments"),
             reactions.likedByMe ? QStringLiteral(" (liked by me)") : QString());
}

int newPost(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addAudienceOptions(parser, QStringLiteral("friends"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("post new [--visibility public|friends|groups|private [--groups ID,ID]]"),
            QStringLiteral("Posts a 说说 (up to 10,000 characters). The text comes from standard input, or from $EDITOR when "
                           "standard input is a terminal. Prints the new post's id. Needs the server: 说说 are not kept "
                           "offline yet."),
            0, 0))
        return *stop;
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Friends, {}});
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the 说说 is empty; nothing was posted"));
    const kj::PostWrite write{*text, {}, audience->visibility, std::nullopt, audience->groups};
    const QString id = kj::newItemId();
    kj::Result<app::PostWriteResult> posted = Cli::await<app::PostWriteResult>(
        [&](auto done) { (*session)->api().putPost(id, write, nullptr, done); });
    if (!posted)
        return failWrite(cli, posted.error(), QStringLiteral("posting a 说说"), *text,
                         QStringLiteral("post new --visibility %1").arg(kj::visibilityName(audience->visibility))
                             + (audience->groups.isEmpty() ? QString() : QStringLiteral(" --groups ") + audience->groups.join(u',')));
    cli.out() << posted->post.id << '\n';
    return Success;
}

int listPosts(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("user"), QStringLiteral("Whose 说说 (default: mine)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("post list [--user NAME] [--limit N]"),
            QStringLiteral("Lists 说说, newest first: id, time, visibility, likes and comments, the first line. Asks the server."),
            0, 0))
        return *stop;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return cli.fail(QStringLiteral("--limit takes a positive number"));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                              : (*session)->account().user.username;
    QList<app::PostItem> items;
    QString cursor;
    do {
        kj::Result<app::PostPage> page = Cli::await<app::PostPage>([&](auto done) {
            (*session)->api().userPosts(user, cursor, std::min(limit - int(items.size()), 100), nullptr, done);
        });
        if (!page) {
            if (page.error().code == kj::ErrorCode::NotFound)
                return cli.fail(QStringLiteral("there is no user %1").arg(user));
            return failOnline(cli, page.error(), QStringLiteral("listing 说说"));
        }
        items += page->items;
        cursor = page->nextCursor;
    } while (!cursor.isEmpty() && items.size() < limit);
    for (const app::PostItem &item : std::as_const(items)) {
        cli.out() << item.post.id << "  " << Cli::showTime(item.post.createdAt) << "  " << kj::visibilityName(item.post.visibility)
                  << "  " << reactionsText(item.reactions) << "  " << excerpt(item.post.text) << '\n';
    }
    return Success;
}

int deletePost(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The post's id."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("post delete ID"),
                                                         QStringLiteral("Deletes one of my 说说, with its comments and likes. Needs the server."),
                                                         1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a post id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const kj::Status deleted = Cli::await<void>([&](auto done) { (*session)->api().deletePost(id, nullptr, done); });
    if (!deleted) {
        if (deleted.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no 说说 %1 that you can see").arg(id));
        if (deleted.error().code == kj::ErrorCode::Forbidden)
            return cli.fail(QStringLiteral("说说 %1 is not yours; you can only delete your own").arg(id));
        return failOnline(cli, deleted.error(), QStringLiteral("deleting a 说说"));
    }
    cli.out() << "Deleted " << id << ".\n";
    return Success;
}
} // namespace

int postCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"new")
        return newPost(cli, rest);
    if (sub == u"list")
        return listPosts(cli, rest);
    if (sub == u"delete")
        return deletePost(cli, rest);
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli post new|list|delete [options]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: post needs one of new, list, delete (see kongjian-cli post --help)\n";
    return UsageError;
}

int onlineFeed(Cli &cli, int limit)
{
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    // What was written here and not sent yet should be in the server's feed too.
    if (const kj::Status synced = cli.syncOnce(); !synced)
        return failOnline(cli, synced.error(), QStringLiteral("feed --online"));
    QList<app::FeedItem> items;
    QString cursor;
    do {
        kj::Result<app::FeedPage> page = Cli::await<app::FeedPage>([&](auto done) {
            (*session)->api().feed(cursor, std::min(limit - int(items.size()), 100), nullptr, done);
        });
        if (!page)
            return failOnline(cli, page.error(), QStringLiteral("feed --online"));
        items += page->items;
        cursor = page->nextCursor;
    } while (!cursor.isEmpty() && items.size() < limit);
    for (const app::FeedItem &entry : std::as_const(items)) {
        QString what;
        kj::Visibility visibility = kj::Visibility::Private;
        if (const auto *diary = std::get_if<kj::Diary>(&entry.item)) {
            what = diary->title.isEmpty() ? QStringLiteral("(untitled)") : diary->title;
            visibility = diary->visibility;
        } else if (const auto *post = std::get_if<kj::Post>(&entry.item)) {
            what = excerpt(post->text);
            visibility = post->visibility;
        } else if (const auto *batch = std::get_if<kj::PhotoBatch>(&entry.item)) {
            const kj::Photo &first = batch->photos.constFirst();
            what = (batch->photoCount == 1 ? QStringLiteral("1 photo") : QStringLiteral("%1 photos").arg(batch->photoCount))
                   + (first.caption.isEmpty() ? QString() : QStringLiteral(": ") + excerpt(first.caption));
            visibility = first.visibility;
        } else if (const auto *repost = std::get_if<kj::Repost>(&entry.item)) {
            what = QStringLiteral("reposts %1 %2").arg(kj::itemKindName(repost->itemKind), repost->itemId)
                   + (repost->comment.isEmpty() ? QString() : QStringLiteral(": ") + excerpt(repost->comment));
            visibility = repost->visibility;
        } else if (const auto *track = std::get_if<kj::Track>(&entry.item)) {
            what = track->artist.isEmpty() ? track->title : track->artist + QStringLiteral(" - ") + track->title;
            visibility = track->visibility;
        }
        cli.out() << entry.id() << "  " << Cli::showTime(entry.createdAt()) << "  " << entry.author().username << "  "
                  << kj::itemKindName(entry.kind()) << "  " << kj::visibilityName(visibility) << "  "
                  << reactionsText(entry.reactions) << "  " << what << '\n';
    }
    return Success;
}

} // namespace kj::cli
