#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
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

//! Saves an album of mine here with its outbox entry, after checking it as the server will.
kj::Result<kj::store::CachedItem> saveAlbum(app::ClientSession &session, const QJsonObject &json, qint64 revision)
{
    if (kj::Result<kj::AlbumWrite> write =
            kj::AlbumWrite::fromRequest(app::writeBody(*app::findRevisionedKind(kKind), json, revision));
        !write) {
        return write.error();
    }
    return kj::store::ItemRepository(session.store()).saveMine(kKind, json);
}
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
    kj::Result<kj::store::CachedItem> saved = saveAlbum(**session, album.toJson(), 0);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << album.id << '\n';
    return finishQueuedWrite(cli, kKind, album.id, QStringLiteral("the album \"%1\"").arg(album.title));
}

int albumEditCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The album's id."));
    parser.addOption({QStringLiteral("title"), QStringLiteral("A new title."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("A new description."), QStringLiteral("D")});
    addAudienceOptions(parser, QStringLiteral("unchanged"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("album edit ID [--title T] [--description D] [--visibility V [--groups ID,ID]]"),
            QStringLiteral("Changes one of my albums; what is not given stays. Saved here first, then sent; an edit made "
                           "meanwhile on another device is merged with it field by field."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not an album id (a lower-case UUID)").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::ItemRepository items((*session)->store());
    std::optional<kj::store::CachedItem> old = items.find(kKind, id);
    if (!old) {
        cli.syncBeforeRead(); // made on another device, perhaps
        old = items.find(kKind, id);
    }
    if (!old)
        return cli.fail(QStringLiteral("there is no album %1 here (\"kongjian-cli album list\" shows yours)").arg(id));
    if (old->owner != (*session)->account().user.username)
        return cli.fail(QStringLiteral("album %1 is %2's; you can only edit your own").arg(id, old->owner));
    kj::Result<kj::Audience> audience = audienceOption(parser, app::audienceOf(old->json));
    if (!audience)
        return cli.fail(audience.error());
    QJsonObject json = old->json;
    for (const QString &field : {QStringLiteral("title"), QStringLiteral("description")}) {
        if (parser.isSet(field))
            json.insert(field, parser.value(field));
    }
    json.remove(QStringLiteral("groups"));
    audience->writeTo(json);
    kj::Result<kj::store::CachedItem> saved = saveAlbum(**session, json, old->revision);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << "Saved " << id << ".\n";
    return finishQueuedWrite(cli, kKind, id, QStringLiteral("the album \"%1\"").arg(json.value(QStringLiteral("title")).toString()));
}

} // namespace kj::cli
