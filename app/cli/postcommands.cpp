#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/myitemcommands.h"
#include "app/cli/onlinecommand.h"
#include "app/cli/queuedwrite.h"
#include "app/cli/terminal.h"
#include "app/sync/revisionedkinds.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/domain/itemkind.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"
#include "models/store/itemrepository.h"

// 说说 are written offline first: saved here with their outbox entry (ItemRepository), then sent by the sync.
// Listing them with their likes and comments asks the server; `kongjian-cli feed` reads the ones kept here.

namespace kj::cli {

namespace {
const QString kKind = QStringLiteral("post");

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
                           "standard input is a terminal. Prints the new post's id. Saved here first (it works offline), "
                           "then sent to the server."),
            0, 0))
        return *stop;
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Friends, {}});
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> text = composeText();
    if (!text)
        return cli.fail(text.error());
    if (text->trimmed().isEmpty())
        return cli.fail(QStringLiteral("the 说说 is empty; nothing was posted"));
    kj::Post post;
    post.id = kj::newItemId();
    post.author = (*session)->account().user;
    post.author.createdAt = QDateTime();
    post.text = *text;
    post.visibility = audience->visibility;
    post.groups = audience->groups;
    post.createdAt = kj::nowUtc();
    post.updatedAt = post.createdAt;
    kj::Result<kj::store::CachedItem> saved = saveMyItem(**session, kKind, post.toJson(), 0, checkWith<kj::PostWrite>);
    if (!saved)
        return cli.fail(saved.error());
    // Printed once it is committed, so a printed id always means "saved here".
    cli.out() << post.id << '\n';
    return finishQueuedWrite(cli, kKind, post.id, QStringLiteral("the 说说 %1").arg(post.id));
}

int editPost(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The post's id."));
    addAudienceOptions(parser, QStringLiteral("unchanged"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("post edit ID [--visibility public|friends|groups|private [--groups ID,ID]]"),
            QStringLiteral("Changes one of my 说说. A new text comes from standard input (empty input keeps the old text), "
                           "or from $EDITOR, opened on the old text, when standard input is a terminal. Saved here first, "
                           "then sent; an edit made meanwhile on another device is merged with it."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<kj::store::CachedItem> old = findMyItem(cli, **session, kKind, QStringLiteral("说说"), id, QStringLiteral("edit"));
    if (!old)
        return cli.fail(old.error().message);
    kj::Result<kj::Audience> audience = audienceOption(parser, app::audienceOf(old->json));
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<QString> text = stdinIsTerminal() ? editText(old->json.value(QStringLiteral("text")).toString()) : readAllStdin();
    if (!text)
        return cli.fail(text.error());
    QJsonObject json = old->json;
    if (!text->isEmpty())
        json.insert(QStringLiteral("text"), *text);
    json.remove(QStringLiteral("groups"));
    audience->writeTo(json);
    kj::Result<kj::store::CachedItem> saved = saveMyItem(**session, kKind, json, old->revision, checkWith<kj::PostWrite>);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << "Saved " << id << ".\n";
    return finishQueuedWrite(cli, kKind, id, QStringLiteral("the 说说 %1").arg(id));
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

} // namespace

int postCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"new")
        return newPost(cli, rest);
    if (sub == u"list")
        return listPosts(cli, rest);
    if (sub == u"edit")
        return editPost(cli, rest);
    if (sub == u"delete")
        return deleteMyItemCommand(cli, rest, kKind, QStringLiteral("说说"));
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli post new|edit|list|delete [options]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: post needs one of new, edit, list, delete (see kongjian-cli post --help)\n";
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
