#pragma once

#include "models/domain/result.h"
#include "models/store/itemrepository.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace kj::app {

class ClientSession;

// Writing my items kept as JSON (说说, reposts, albums, photos, tracks) offline first, shared by the window
// and kongjian-cli: checked as the server will check it, then saved here with its outbox entry; the sync
// sends it.

//! Checks a write body as the server will.
using CheckWrite = std::function<kj::Status(const QJsonObject &body)>;

//! The check of a write type with a `fromRequest(QJsonObject)` (kj::PostWrite, kj::AlbumWrite, ...).
template<typename Write>
kj::Status checkWith(const QJsonObject &body)
{
    kj::Result<Write> write = Write::fromRequest(body);
    if (!write)
        return write.error();
    return {};
}

//! Saves an item of mine of `kind` here with its outbox entry (`revision`: the one it builds on, 0 for a new
//! one), after checking what will be sent as the server will, so what is queued can go.
[[nodiscard]] kj::Result<kj::store::CachedItem> saveMyItem(ClientSession &session, const QString &kind,
                                                           const QJsonObject &json, qint64 revision, const CheckWrite &check);

} // namespace kj::app
