#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/sync/revisionedkinds.h"
#include "models/domain/ids.h"
#include "models/domain/photo.h"
#include "models/domain/track.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"

#include <functional>

// Edits of my photos (caption, audience) and tracks (title, artist, audience), offline first: saved here with
// their outbox entry (ItemRepository), sent by the sync, merged field by field with an edit made meanwhile on
// another device. Their bytes are uploaded by `photo upload` / `track upload` (UploadQueue).

namespace kj::cli {

namespace {
//! One option of an edit command and the item's field it sets.
struct FieldOption {
    QString option;
    QString field;
    QString help;
};

//! Checks a write body as the server will.
using CheckWrite = std::function<kj::Status(const QJsonObject &body)>;

int editItem(Cli &cli, const QStringList &args, const QString &kind, const QString &noun, const QList<FieldOption> &fields,
             const CheckWrite &check)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The %1's id.").arg(noun));
    QString usage = kind + QStringLiteral(" edit ID");
    for (const FieldOption &field : fields) {
        parser.addOption({field.option, field.help, field.field.toUpper()});
        usage += QStringLiteral(" [--%1 %2]").arg(field.option, field.field.toUpper());
    }
    addAudienceOptions(parser, QStringLiteral("unchanged"));
    usage += QStringLiteral(" [--visibility V [--groups ID,ID]]");
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, usage,
            QStringLiteral("Changes one of my %1s; what is not given stays. Saved here first, then sent; an edit made "
                           "meanwhile on another device is merged with it field by field.")
                .arg(noun),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a %2 id (a lower-case UUID)").arg(id, noun));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::store::ItemRepository items((*session)->store());
    std::optional<kj::store::CachedItem> old = items.find(kind, id);
    if (!old) {
        cli.syncBeforeRead(); // uploaded from another device, or not pulled yet
        old = items.find(kind, id);
    }
    if (!old)
        return cli.fail(QStringLiteral("there is no %1 %2 here (it is kept here once a sync has seen it)").arg(noun, id));
    if (old->owner != (*session)->account().user.username)
        return cli.fail(QStringLiteral("%1 %2 is %3's; you can only edit your own").arg(noun, id, old->owner));
    kj::Result<kj::Audience> audience = audienceOption(parser, app::audienceOf(old->json));
    if (!audience)
        return cli.fail(audience.error());
    QJsonObject json = old->json;
    for (const FieldOption &field : fields) {
        if (parser.isSet(field.option))
            json.insert(field.field, parser.value(field.option));
    }
    json.remove(QStringLiteral("groups"));
    audience->writeTo(json);
    if (kj::Status valid = check(app::writeBody(*app::findRevisionedKind(kind), json, old->revision)); !valid)
        return cli.fail(valid.error());
    kj::Result<kj::store::CachedItem> saved = items.saveMine(kind, json);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << "Saved " << id << ".\n";
    return finishQueuedWrite(cli, kind, id, QStringLiteral("the %1 %2").arg(noun, id));
}

template<typename Write>
kj::Status checkWith(const QJsonObject &body)
{
    kj::Result<Write> write = Write::fromRequest(body);
    if (!write)
        return write.error();
    return {};
}
} // namespace

int photoEditCommand(Cli &cli, const QStringList &args)
{
    return editItem(cli, args, QStringLiteral("photo"), QStringLiteral("photo"),
                    {{QStringLiteral("caption"), QStringLiteral("caption"), QStringLiteral("A new caption.")}},
                    checkWith<kj::PhotoWrite>);
}

int trackEditCommand(Cli &cli, const QStringList &args)
{
    return editItem(cli, args, QStringLiteral("track"), QStringLiteral("track"),
                    {{QStringLiteral("title"), QStringLiteral("title"), QStringLiteral("A new title.")},
                     {QStringLiteral("artist"), QStringLiteral("artist"), QStringLiteral("A new artist.")}},
                    checkWith<kj::TrackWrite>);
}

} // namespace kj::cli
