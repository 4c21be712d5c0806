#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/myitemcommands.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/sync/revisionedkinds.h"
#include "models/domain/album.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"

// Albums are written offline first: saved here with their outbox entry (ItemRepository), then sent by the
// sync, which merges an edit made meanwhile on another device field by field.

namespace kj::cli {

namespace {
const QString kKind = QStringLiteral("album");
} // namespace

int albumNewCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("title"), QStringLiteral("The album's title (1 to 100 characters)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("What it is about."), QStringLiteral("D")});
    addAudienceOptions(parser, QStringLiteral("friends"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("album new --title T [--description D] [--visibility V [--groups ID,ID]]"),
            QStringLiteral("Makes an album and prints its id. Saved here first (it works offline), then sent to the "
                           "server; photos go into it once the server has it."),
            0, 0))
        return *stop;
    if (!parser.isSet(QStringLiteral("title")))
        return cli.fail(QStringLiteral("an album needs a --title"));
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Friends, {}});
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Album album;
    album.id = kj::newItemId();
    album.owner = (*session)->account().user;
    album.owner.createdAt = QDateTime();
    album.title = parser.value(QStringLiteral("title"));
    album.description = parser.value(QStringLiteral("description"));
    album.visibility = audience->visibility;
    album.groups = audience->groups;
    album.createdAt = kj::nowUtc();
    album.updatedAt = album.createdAt;
    kj::Result<kj::store::CachedItem> saved = saveMyItem(**session, kKind, album.toJson(), 0, checkWith<kj::AlbumWrite>);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << album.id << '\n';
    return finishQueuedWrite(cli, kKind, album.id, QStringLiteral("the album \"%1\"").arg(album.title));
}

int albumEditCommand(Cli &cli, const QStringList &args)
{
    return editMyItemCommand(cli, args, kKind, QStringLiteral("album"),
                             {{QStringLiteral("title"), QStringLiteral("title"), QStringLiteral("A new title.")},
                              {QStringLiteral("description"), QStringLiteral("description"), QStringLiteral("A new description.")}},
                             checkWith<kj::AlbumWrite>);
}

} // namespace kj::cli
