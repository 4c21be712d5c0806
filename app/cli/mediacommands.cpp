#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/audienceoption.h"
#include "app/cli/onlinecommand.h"

#include "app/clientsession.h"
#include "app/media/mediaupload.h"
#include "app/network/apiclient.h"
#include "models/domain/apiversion.h"
#include "models/domain/ids.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

// Albums, photo uploads and media are online only for now (nothing kept here until the outbox takes new
// kinds): they go straight to the server, so an unreachable server is an error that says so.

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

//! Uploads one file (resumable, progress on stderr); its media id.
kj::Result<QString> uploadFile(Cli &cli, app::ApiClient &api, const QString &path)
{
    app::MediaUpload upload(api, path, kj::MediaKind::Photo);
    const QString name = QFileInfo(path).fileName();
    QObject::connect(&upload, &app::MediaUpload::progress, [&](qint64 sent, qint64 total) {
        cli.err() << "\r" << name << ": " << (total > 0 ? sent * 100 / total : 100) << "% of " << total << " bytes";
        cli.err().flush();
    });
    std::optional<kj::Result<QString>> outcome;
    QEventLoop loop;
    QObject::connect(&upload, &app::MediaUpload::finished, [&](kj::Result<QString> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    upload.start();
    if (!outcome)
        loop.exec();
    cli.err() << '\n';
    return std::move(*outcome);
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
            QStringLiteral("Uploads photos into one of my albums (resumable; progress on standard error) and prints "
                           "each photo's id. Needs the server."),
            1, 1000))
        return *stop;
    if (!parser.isSet(QStringLiteral("album")))
        return cli.fail(QStringLiteral("say which album with --album ID (see album list)"));
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Friends, {}});
    if (!audience)
        return cli.fail(audience.error());
    for (const QString &file : parser.positionalArguments()) {
        if (!QFileInfo(file).isFile())
            return cli.fail(QStringLiteral("%1 is not a file").arg(file));
    }
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    app::ApiClient &api = (*session)->api();
    int failures = 0;
    for (const QString &file : parser.positionalArguments()) {
        kj::Result<QString> media = uploadFile(cli, api, file);
        if (!media) {
            failOnline(cli, media.error(), QStringLiteral("Uploading %1").arg(file));
            ++failures;
            continue;
        }
        kj::PhotoWrite write;
        write.mediaId = *media;
        write.albumId = parser.value(QStringLiteral("album"));
        write.caption = parser.value(QStringLiteral("caption"));
        write.visibility = audience->visibility;
        write.groups = audience->groups;
        const QString id = kj::newItemId();
        kj::Result<app::PhotoWriteResult> photo =
            Cli::await<app::PhotoWriteResult>([&](auto done) { api.putPhoto(id, write, nullptr, done); });
        if (!photo) {
            failOnline(cli, photo.error(), QStringLiteral("Adding %1 to the album").arg(file));
            ++failures;
            continue;
        }
        cli.out() << photo->photo.id << '\n';
        cli.out().flush();
    }
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
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli photo upload FILE... --album ID [--caption C] [--visibility V [--groups ID,ID]]\n";
        return Success;
    }
    cli.err() << "kongjian-cli: photo needs upload (see kongjian-cli photo --help)\n";
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
            QStringLiteral("Saves a photo's bytes in one of its sizes. Needs the server."), 1, 1))
        return *stop;
    const QString sizeText = parser.isSet(QStringLiteral("size")) ? parser.value(QStringLiteral("size")) : QStringLiteral("large");
    const std::optional<kj::MediaSize> size = kj::mediaSizeFromName(sizeText);
    if (!size)
        return cli.fail(QStringLiteral("--size takes thumb, large or original"));
    if (!parser.isSet(QStringLiteral("output")))
        return cli.fail(QStringLiteral("say where to save it with -o FILE"));
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString id = parser.positionalArguments().first();
    kj::Result<app::MediaBytes> media =
        Cli::await<app::MediaBytes>([&](auto done) { (*session)->api().media(id, *size, nullptr, done); });
    if (!media) {
        if (media.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no media %1 that I may see").arg(id));
        return failOnline(cli, media.error(), QStringLiteral("Fetching the media"));
    }
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(media->bytes) != media->bytes.size() || !file.commit())
        return cli.fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    cli.err() << media->bytes.size() << " bytes (" << QString::fromLatin1(media->contentType) << ") saved in " << file.fileName() << '\n';
    return Success;
}

} // namespace kj::cli
