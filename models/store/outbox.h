#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! One local change waiting for the server. The item's content is read from its repository when the
//! entry is pushed, so a later edit of a queued item needs no second entry.
struct OutboxEntry {
    enum class Op { Upsert, Delete };

    qint64 seq = 0;          // order of pushing
    QString kind;            // "diary"
    QString itemId;
    Op op = Op::Upsert;
    QDateTime queuedAt;
    bool inFlight = false;   // sent, answer not yet recorded: a later edit must queue a new entry
    int attempts = 0;
    QString lastError;
};

//! The ordered queue of local changes the sync engine pushes. Repositories add to it inside the
//! transaction of the change itself.
class Outbox
{
public:
    explicit Outbox(ClientStore &store);

    //! Queues a change of (kind, itemId). Coalesces: when that item already has an entry that is not in
    //! flight, the entry is updated in place (keeping its position) instead of adding another.
    //! Call inside the transaction that changes the item.
    [[nodiscard]] Status enqueue(const QString &kind, const QString &itemId, OutboxEntry::Op op);

    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] QList<OutboxEntry> entries() const;
    //! The oldest entry, if any. It may be marked in flight by a run that never finished (a crash); pushing
    //! it again is safe, because writes are idempotent by item id and revision.
    [[nodiscard]] std::optional<OutboxEntry> head() const;
    [[nodiscard]] bool hasPending(const QString &kind, const QString &itemId) const;

    [[nodiscard]] Status markInFlight(qint64 seq);
    //! The push of `seq` failed without an answer that settles it; it stays queued.
    [[nodiscard]] Status markFailed(qint64 seq, const QString &error);
    [[nodiscard]] Status remove(qint64 seq);
    //! Removes every entry of an item (a create and its edits that never reached the server).
    [[nodiscard]] Status removeItem(const QString &kind, const QString &itemId);

private:
    ClientStore &m_store;
};

} // namespace kj::store
