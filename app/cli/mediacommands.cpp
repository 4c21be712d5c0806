#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/audienceoption.h"
#include "app/cli/onlinecommand.h"
#include "app/cli/uploadreport.h"

#include "app/clientsession.h"
#include "app/media/mediafetcher.h"
#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "models/domain/apiversion.h"
#include "models/domain/ids.h"
#include "models/store/mediacache.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

// Photo uploads are queued here first and sent by the sync (UploadPusher); media is read through the cache
// here (MediaFetcher). Album listings go straight to the server: an unreachable server is an error that says so.

namespace kj::cli {

namespace {

int listAlbums(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("user"), QStringLiteral("Whose albums (default: mine)."), QStringLiteral("NAME")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("album list [--user NAME]"),
            QStringLiteral("Albums of mine (or of NAME) that I may see, newest first, with how many of their photos I "
                           "may see. Needs the server."),
            0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                              : (*session)->account().user.username;
    QString cursor;
    do {
        kj::Result<app::AlbumPage> page = Cli::await<app::AlbumPage>(
            [&](auto done) { (*session)->api().userAlbums(user, cursor, kj::kMaxPageSize, nullptr, done); });
        if (!page)
            return failOnline(cli, page.error(), QStringLiteral("Listing albums"));
        for (const kj::Album &album : std::as_const(page->items)) {
            const int count = album.photoCount.value_or(0);
            cli.out() << album.id << "  " << Cli::showTime(album.updatedAt) << "  " << kj::visibilityName(album.visibility)
                      << "  " << album.title << "  (" << count << (count == 1 ? " photo)" : " photos)") << '\n';
        }
        cursor = page->nextCursor;
    } while (!cursor.isEmpty());
    return Success;
}

int albumPhotos(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The album's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("album photos ID"),
            QStringLiteral("The photos of an album that I may see, newest first: id, media id, size, date taken, "
                           "caption. Needs the server."),
            1, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString id = parser.positionalArguments().first();
    QString cursor;
    bool first = true;
    do {
        kj::Result<app::AlbumPhotos> page = Cli::await<app::AlbumPhotos>(
            [&](auto done) { (*session)->api().albumPhotos(id, cursor, kj::kMaxPageSize, nullptr, done); });
        if (!page) {
            if (page.error().code == kj::ErrorCode::NotFound)
                return cli.fail(QStringLiteral("there is no album %1 that I may see").arg(id));
            return failOnline(cli, page.error(), QStringLiteral("Listing the album's photos"));
        }
        if (first)
            cli.out() << page->album.title << " · " << page->album.owner.username << " · " << kj::visibilityName(page->album.visibility) << '\n';
        first = false;
        for (const kj::Photo &photo : std::as_const(page->items)) {
            cli.out() << photo.id << "  " << photo.mediaId << "  " << photo.width << 'x' << photo.height << "  "
                      << (photo.takenAt ? Cli::showTime(*photo.takenAt) : QStringLiteral("-")) << "  "
                      << kj::visibilityName(photo.visibility) << "  " << photo.caption << '\n';
        }
        cursor = page->nextCursor;
    } while (!cursor.isEmpty());
    return Success;
}

int uploadPhotos(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("JPEG, PNG, WebP or GIF files."), QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("album"), QStringLiteral("The album (one of mine)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("caption"), QStringLiteral("A caption for each photo."), QStringLiteral("C")});
    addAudienceOptions(parser, QStringLiteral("friends"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("photo upload FILE... --album ID [--caption C] [--visibility V [--groups ID,ID]]"),
            QStringLiteral("Queues photos for one of my albums and prints each photo's id, then syncs: the files go up "
                           "resumably (progress on standard error). Without the server they wait here and go with a "
                           "later sync, going on where they stopped."),
            1, 1000))
        return *stop;
    if (!parser.isSet(QStringLiteral("album")))
        return cli.fail(QStringLiteral("say which album with --album ID (see album list)"));
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Friends, {}});
    if (!audience)
        return cli.fail(audience.error());
    kj::PhotoWrite write;
    write.albumId = parser.value(QStringLiteral("album"));
    write.caption = parser.value(QStringLiteral("caption"));
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    // The server's own check of the words, here first, so a mistake is explained before anything is queued.
    write.mediaId = kj::newItemId();
    if (kj::Result<kj::PhotoWrite> valid = kj::PhotoWrite::fromRequest(write.toJson()); !valid)
        return cli.fail(valid.error().message);
    write.mediaId.reset();
    for (const QString &file : parser.positionalArguments()) {
        if (!QFileInfo(file).isFile())
            return cli.fail(QStringLiteral("%1 is not a file").arg(file));
    }
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::UploadQueue queue((*session)->store());
    QStringList queued;
    QHash<QString, QString> files;
    int failures = 0;
    for (const QString &file : parser.positionalArguments()) {
        kj::Result<QString> id = queue.queuePhoto(file, write);
        if (!id) {
            cli.fail(QStringLiteral("cannot queue %1: %2").arg(file, cli.describe(id.error())));
            ++failures;
            continue;
        }
        cli.out() << *id << '\n';
        cli.out().flush();
        queued.append(*id);
        files.insert(*id, file);
    }
    if (queued.isEmpty())
        return Failure;
    cli.err() << (queued.size() == 1 ? QStringLiteral("1 photo queued") : QStringLiteral("%1 photos queued").arg(queued.size()))
              << " for upload.\n";
    failures += sendQueuedUploads(cli, **session, queued, files);
    return failures == 0 ? Success : Failure;
}

} // namespace

int albumCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"new")
        return albumNewCommand(cli, rest);
    if (sub == u"edit")
        return albumEditCommand(cli, rest);
    if (sub == u"list")
        return listAlbums(cli, rest);
    if (sub == u"photos")
        return albumPhotos(cli, rest);
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli album new|edit|list|photos [options]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: album needs one of new, edit, list, photos (see kongjian-cli album --help)\n";
    return UsageError;
}

int photoCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"upload")
        return uploadPhotos(cli, args.mid(1));
    if (sub == u"edit")
        return photoEditCommand(cli, args.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli photo upload FILE... --album ID [--caption C] [--visibility V [--groups ID,ID]]\n"
                     "       kongjian-cli photo edit ID [--caption C] [--visibility V [--groups ID,ID]]\n";
        return Success;
    }
    cli.err() << "kongjian-cli: photo needs upload or edit (see kongjian-cli photo --help)\n";
    return UsageError;
}

int mediaCommand(Cli &cli, const QStringList &args)
{
    if (args.value(0) != u"get") {
        if (args.value(0) == u"--help" || args.value(0) == u"-h") {
            cli.out() << "Usage: kongjian-cli media get MEDIA_ID [--size thumb|large|original] -o FILE\n";
            return Success;
        }
        cli.err() << "kongjian-cli: media needs get (see kongjian-cli media --help)\n";
        return UsageError;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MEDIA_ID"), QStringLiteral("A photo's media id (see album photos)."));
    parser.addOption({QStringLiteral("size"), QStringLiteral("thumb (256 px), large (1600 px, the default) or original."),
                      QStringLiteral("SIZE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Where to save it."), QStringLiteral("FILE")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args.mid(1), QStringLiteral("media get MEDIA_ID [--size thumb|large|original] -o FILE"),
            QStringLiteral("Saves a photo's bytes in one of its sizes. Thumbnails and large pictures fetched once are "
                           "kept here (within $KONGJIAN_MEDIA_CACHE_MIB, 256 by default; least recently used go first) "
                           "and read offline; "
                           "originals need the server."),
            1, 1))
        return *stop;
    const QString sizeText = parser.isSet(QStringLiteral("size")) ? parser.value(QStringLiteral("size")) : QStringLiteral("large");
    const std::optional<kj::MediaSize> size = kj::mediaSizeFromName(sizeText);
    if (!size)
        return cli.fail(QStringLiteral("--size takes thumb, large or original"));
    if (!parser.isSet(QStringLiteral("output")))
        return cli.fail(QStringLiteral("say where to save it with -o FILE"));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    const QString id = parser.positionalArguments().first();
    // The cache's bound: $KONGJIAN_MEDIA_CACHE_MIB, else MediaCache's default.
    const int budgetMib = qEnvironmentVariableIntValue("KONGJIAN_MEDIA_CACHE_MIB");
    kj::store::MediaCache cache((*session)->store(), app::MediaFetcher::cacheFolder((*session)->store()),
                                budgetMib > 0 ? qint64(budgetMib) * 1024 * 1024 : kj::store::MediaCache::kDefaultBudgetBytes);
    app::MediaFetcher fetcher(cache, (*session)->api());
    kj::Result<app::FetchedMedia> fetched =
        Cli::await<app::FetchedMedia>([&](auto done) { fetcher.fetch(id, *size, nullptr, done); });
    if (!fetched) {
        if (fetched.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no media %1 that I may see").arg(id));
        return failOnline(cli, fetched.error(), QStringLiteral("Fetching the media"));
    }
    const app::MediaBytes *media = &fetched->media;
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(media->bytes) != media->bytes.size() || !file.commit())
        return cli.fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    cli.err() << media->bytes.size() << " bytes (" << QString::fromLatin1(media->contentType) << ") saved in " << file.fileName()
              << (fetched->fromCache ? " (from the cache here)" : "") << '\n';
    return Success;
}

} // namespace kj::cli
