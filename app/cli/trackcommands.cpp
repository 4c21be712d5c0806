#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/onlinecommand.h"
#include "app/cli/uploadreport.h"

#include "app/clientsession.h"
#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "models/domain/apiversion.h"
#include "models/domain/ids.h"

#include <QEventLoop>
#include <QFileInfo>

// Track uploads are queued here first and sent by the sync (UploadPusher), like photos. Listing, deleting and
// the space's background music are online only for now: an unreachable server is an error that says so.

namespace kj::cli {

namespace {

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int uploadTrack(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An MP3, Ogg Vorbis/Opus, FLAC, M4A or WAV file (up to 50 MiB)."));
    parser.addOption({QStringLiteral("title"), QStringLiteral("The title (default: the file's tags, else its name)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("artist"), QStringLiteral("The artist (default: the file's tags)."), QStringLiteral("A")});
    addAudienceOptions(parser, QStringLiteral("public: background music plays to whoever may see my space"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("track upload FILE [--title T] [--artist A] [--visibility V] [--groups ID,ID]"),
            QStringLiteral("Queues a track and prints its id, then syncs: the file goes up resumably (progress on "
                           "standard error) and the server reads its title, artist, length and cover art. Without the "
                           "server it waits here and goes with a later sync."),
            1, 1))
        return *stop;
    const QString file = parser.positionalArguments().first();
    if (!QFileInfo(file).isFile())
        return cli.fail(QStringLiteral("%1 is not a file").arg(file));
    kj::TrackWrite write;
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Public, {}});
    if (!audience)
        return cli.fail(audience.error());
    write.visibility = audience->visibility;
    write.groups = audience->groups;
    if (parser.isSet(QStringLiteral("title")))
        write.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("artist")))
        write.artist = parser.value(QStringLiteral("artist"));
    // The server's own check of the words, here first, so a blank title is explained before the upload.
    write.mediaId = kj::newItemId();
    if (kj::Result<kj::TrackWrite> valid = kj::TrackWrite::fromRequest(write.toJson()); !valid)
        return cli.fail(valid.error().message);
    write.mediaId.reset();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> id = app::UploadQueue((*session)->store()).queueTrack(file, write);
    if (!id)
        return cli.fail(QStringLiteral("cannot queue %1: %2").arg(file, cli.describe(id.error())));
    cli.out() << *id << '\n';
    cli.out().flush();
    cli.err() << "Track queued for upload.\n";
    const int refused = sendQueuedUploads(cli, **session, {*id}, {{*id, file}}, [&cli](const QString &, const QJsonObject &item) {
        const kj::Result<kj::Track> made = kj::Track::fromJson(item);
        if (!made)
            return;
        cli.err() << made->title << (made->artist.isEmpty() ? QString() : QStringLiteral(" · ") + made->artist) << " ("
                  << duration(made->durationMs) << (made->hasCover ? QStringLiteral(", with cover art") : QString()) << ")\n";
    });
    return refused == 0 ? Success : Failure;
}

int deleteTrack(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The track's id."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("track delete ID"),
            QStringLiteral("Deletes one of my tracks (it also leaves my space's playlist). Needs the server."), 1, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString id = parser.positionalArguments().first();
    kj::Result<void> deleted = Cli::await<void>([&](auto done) { (*session)->api().deleteTrack(id, nullptr, done); });
    if (!deleted) {
        if (deleted.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no track %1 of mine").arg(id));
        if (deleted.error().code == kj::ErrorCode::Forbidden)
            return cli.fail(QStringLiteral("track %1 is not mine to delete").arg(id));
        return failOnline(cli, deleted.error(), QStringLiteral("Deleting the track"));
    }
    return Success;
}

} // namespace

int trackCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"upload")
        return uploadTrack(cli, args.mid(1));
    if (sub == u"delete")
        return deleteTrack(cli, args.mid(1));
    if (sub == u"edit")
        return trackEditCommand(cli, args.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli track upload FILE [--title T] [--artist A] [--visibility V] [--groups ID,ID] | track delete ID\n"
                     "       kongjian-cli track edit ID [--title T] [--artist A] [--visibility V [--groups ID,ID]]\n";
        return Success;
    }
    cli.err() << "kongjian-cli: track needs upload, edit or delete (see kongjian-cli track --help)\n";
    return UsageError;
}

int tracksCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), QStringLiteral("Whose tracks (default: mine)."));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("tracks [USER]"),
            QStringLiteral("Tracks of mine (or of USER) that I may hear, newest first: id, length, audience, likes and "
                           "comments, artist and title. Needs the server."),
            0, 1))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    const QString user = parser.positionalArguments().value(0, (*session)->account().user.username);
    QString cursor;
    do {
        kj::Result<app::TrackPage> page = Cli::await<app::TrackPage>(
            [&](auto done) { (*session)->api().userTracks(user, cursor, kj::kMaxPageSize, nullptr, done); });
        if (!page) {
            if (page.error().code == kj::ErrorCode::NotFound)
                return cli.fail(QStringLiteral("there is no user %1").arg(user));
            return failOnline(cli, page.error(), QStringLiteral("Listing tracks"));
        }
        for (const app::TrackItem &item : std::as_const(page->items)) {
            const kj::Track &track = item.track;
            cli.out() << track.id << "  " << duration(track.durationMs) << "  " << kj::visibilityName(track.visibility)
                      << "  ♥" << item.reactions.likeCount << " ✎" << item.reactions.commentCount << "  "
                      << (track.artist.isEmpty() ? QString() : track.artist + QStringLiteral(" — ")) << track.title << '\n';
        }
        cursor = page->nextCursor;
    } while (!cursor.isEmpty());
    return Success;
}

int spaceMusicCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TRACK_ID"), QStringLiteral("My tracks, in playing order (none: no music)."),
                                 QStringLiteral("[TRACK_ID...]"));
    parser.addOption({QStringLiteral("autoplay"), QStringLiteral("Play when someone opens my space.")});
    parser.addOption({QStringLiteral("shuffle"), QStringLiteral("Play in a random order.")});
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("space music [TRACK_ID...] [--autoplay] [--shuffle]"),
            QStringLiteral("Sets my space's background music to these tracks of mine (see tracks), in this order, and "
                           "keeps the other settings. Needs the server."),
            0, kj::SpaceMusic::kMaxTracks))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(true);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    kj::Result<kj::SpaceSettings> stored = Cli::await<kj::SpaceSettings>([&](auto done) { current.api().mySpace(nullptr, done); });
    if (!stored)
        return failOnline(cli, stored.error(), QStringLiteral("Setting my space's music"));
    kj::SpaceSettings changed = *stored;
    changed.music.trackIds = parser.positionalArguments();
    changed.music.autoplay = parser.isSet(QStringLiteral("autoplay"));
    changed.music.shuffle = parser.isSet(QStringLiteral("shuffle"));
    if (kj::Result<kj::SpaceSettings> valid = kj::SpaceSettings::fromRequest(changed.toJson()); !valid)
        return cli.fail(valid.error().message);
    kj::Result<kj::SpaceSettings> saved =
        Cli::await<kj::SpaceSettings>([&](auto done) { current.api().putMySpace(changed, nullptr, done); });
    if (!saved) {
        if (saved.error().code == kj::ErrorCode::InvalidField)
            return cli.fail(saved.error().message);
        return failOnline(cli, saved.error(), QStringLiteral("Setting my space's music"));
    }
    const kj::SpaceMusic &music = saved->music;
    if (music.trackIds.isEmpty())
        cli.out() << "music: none\n";
    else
        cli.out() << "music: " << music.trackIds.size() << (music.trackIds.size() == 1 ? " track" : " tracks")
                  << (music.autoplay ? ", plays on opening" : "") << (music.shuffle ? ", shuffled" : "") << '\n';
    return Success;
}

} // namespace kj::cli
