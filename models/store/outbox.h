#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! One local change waiting for the server. A kind with a table of its own (a diary) is read from its
//! repository when the entry is pushed, so a later edit of a queued item needs no second entry; any other
//! kind carries what to send in `payload` (replaced by the latest while the entry waits).
struct OutboxEntry {
    enum class Op { Upsert, Delete };

    qint64 seq = 0;          // order of pushing
    QString kind;            // "diary", "comment", "like", ... (the pusher that sends it: app/sync/outboxpusher.h)
    QString itemId;          // the item's id, or the key that coalesces changes of one thing (e.g. "post/<id>" for a like)
    Op op = Op::Upsert;
    QJsonObject payload;
    QDateTime queuedAt;
    bool inFlight = false;   // sent, answer not yet recorded: a later edit must queue a new entry
    int attempts = 0;
    QString lastError;
};

//! A change the server refused for good (it can never succeed as it is: the item it answers was deleted, it
//! was invalid ...). Kept, with what it would have sent and why not, until the user has seen it.
struct RejectedChange {
    qint64 id = 0;
    QString kind;
    QString itemId;
    OutboxEntry::Op op = OutboxEntry::Op::Upsert;
    QJsonObject payload;
    QDateTime queuedAt;
    QDateTime rejectedAt;
    QString errorCode;
    QString errorMessage;
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
    [[nodiscard]] Status enqueue(const QString &kind, const QString &itemId, OutboxEntry::Op op,
                                 const QJsonObject &payload = {});

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
    //! The entry waiting (not in flight) for (kind, itemId), if any.
    [[nodiscard]] std::optional<OutboxEntry> waiting(const QString &kind, const QString &itemId) const;

    //! The server refused entry `seq` for good: it leaves the queue (so the changes behind it can go) and is
    //! kept among the rejected changes with `error` (one transaction).
    [[nodiscard]] Status reject(qint64 seq, const kj::Error &error);
    //! Rejected changes, oldest first.
    [[nodiscard]] QList<RejectedChange> rejected() const;
    [[nodiscard]] int rejectedCount() const;
    //! The user has seen a rejected change and lets it go.
    [[nodiscard]] Status dismissRejected(qint64 id);

private:
    ClientStore &m_store;
};

} // namespace kj::store
