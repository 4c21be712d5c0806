#pragma once

#include "app/services/myitems.h"
#include "models/domain/result.h"
#include "models/store/itemrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj::app {
class ClientSession;
}

namespace kj::cli {

class Cli;

// What the commands that change or delete one of my items kept as JSON (说说, reposts, albums, photos,
// tracks: ItemRepository) share. Each saves the change here with its outbox entry, prints "Saved ID." or
// "Deleted ID." once it is committed, then tries to send it (finishQueuedWrite).

//! One of my items of `kind` kept here: looked up here, and after a sync when it is not here yet (made on another
//! device). The error in a person's words when it is not here or someone else's (`action`: "edit", "delete").
[[nodiscard]] kj::Result<kj::store::CachedItem> findMyItem(Cli &cli, app::ClientSession &session, const QString &kind,
                                                           const QString &noun, const QString &id, const QString &action);

//! One option of an edit command and the item's field it sets.
struct FieldOption {
    QString option;
    QString field;
    QString help;
};

using app::CheckWrite;
using app::checkWith;
using app::saveMyItem;

//! `KIND edit ID [--FIELD V]... [--visibility V [--groups ID,ID]]`: what is not given stays.
int editMyItemCommand(Cli &cli, const QStringList &args, const QString &kind, const QString &noun,
                      const QList<FieldOption> &fields, const CheckWrite &check);

//! `KIND delete ID`: a tombstone here at once, the delete sent by the sync.
int deleteMyItemCommand(Cli &cli, const QStringList &args, const QString &kind, const QString &noun);

} // namespace kj::cli
