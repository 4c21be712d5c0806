#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kj::store {

class ClientStore;

//! Writes sent to the server whose answer never came back (the connection dropped, the process was killed):
//! the server may hold any of them. A later push of the same item that meets a newer revision holding one
//! of these met my own write, not another device's, so there is nothing to merge. Kept per (kind, item id),
//! the few most recent, until an answer settles the item.
class UnansweredWrites
{
public:
    //! How many unanswered writes are kept per item (older ones are forgotten).
    static constexpr int kKeptPerItem = 8;

    explicit UnansweredWrites(ClientStore &store);

    //! Call before sending `write` (the request body) for (kind, itemId).
    [[nodiscard]] Status record(const QString &kind, const QString &itemId, const QJsonObject &write);
    //! The writes of (kind, itemId) still without an answer, newest first.
    [[nodiscard]] QList<QJsonObject> writes(const QString &kind, const QString &itemId) const;
    //! An answer settled the item: forget its unanswered writes.
    [[nodiscard]] Status clear(const QString &kind, const QString &itemId);

private:
    ClientStore &m_store;
};

} // namespace kj::store
