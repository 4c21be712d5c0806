#include "app/cli/myitemcommands.h"

#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/queuedwrite.h"

#include "app/clientsession.h"
#include "app/sync/revisionedkinds.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"

namespace kj::cli {

kj::Result<kj::store::CachedItem> findMyItem(Cli &cli, app::ClientSession &session, const QString &kind,
                                             const QString &noun, const QString &id, const QString &action)
{
    if (!kj::isValidItemId(id))
        return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not a %2 id (a lower-case UUID)").arg(id, noun));
    kj::store::ItemRepository items(session.store());
    std::optional<kj::store::CachedItem> item = items.find(kind, id);
    if (!item) {
        cli.syncBeforeRead(); // made on another device, perhaps
        item = items.find(kind, id);
    }
    if (!item) {
        return kj::fail(kj::ErrorCode::NotFound,
                        QStringLiteral("there is no %1 %2 here (it is kept here once a sync has seen it)").arg(noun, id));
    }
    if (item->owner != session.account().user.username) {
        return kj::fail(kj::ErrorCode::Forbidden,
                        QStringLiteral("%1 %2 is %3's; you can only %4 your own").arg(noun, id, item->owner, action));
    }
    return *item;
}

int editMyItemCommand(Cli &cli, const QStringList &args, const QString &kind, const QString &noun,
                      const QList<FieldOption> &fields, const CheckWrite &check)
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
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<kj::store::CachedItem> old = findMyItem(cli, **session, kind, noun, id, QStringLiteral("edit"));
    if (!old)
        return cli.fail(old.error().message);
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
    kj::Result<kj::store::CachedItem> saved = saveMyItem(**session, kind, json, old->revision, check);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << "Saved " << id << ".\n";
    return finishQueuedWrite(cli, kind, id, QStringLiteral("the %1 %2").arg(noun, id));
}

int deleteMyItemCommand(Cli &cli, const QStringList &args, const QString &kind, const QString &noun)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The %1's id.").arg(noun));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, kind + QStringLiteral(" delete ID"),
                                                         QStringLiteral("Deletes one of my %1s, with its comments and "
                                                                        "likes: here at once, then on the server.")
                                                             .arg(noun),
                                                         1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    if (kj::Result<kj::store::CachedItem> item = findMyItem(cli, **session, kind, noun, id, QStringLiteral("delete")); !item)
        return cli.fail(item.error().message);
    if (const kj::Status deleted = kj::store::ItemRepository((*session)->store()).deleteMine(kind, id); !deleted)
        return cli.fail(deleted.error());
    cli.out() << "Deleted " << id << ".\n";
    return finishQueuedWrite(cli, kind, id, QStringLiteral("the delete of %1 %2").arg(noun, id));
}

} // namespace kj::cli
