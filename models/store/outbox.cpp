#include "models/store/outbox.h"

#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

namespace kj::store {

namespace {
QString opName(OutboxEntry::Op op)
{
    return op == OutboxEntry::Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete");
}

const QString kColumns = QStringLiteral("seq, kind, item_id, op, queued_at, in_flight, attempts, last_error");

OutboxEntry readEntry(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.itemId = query.value(2).toString();
    entry.op = query.value(3).toString() == u"delete" ? OutboxEntry::Op::Delete : OutboxEntry::Op::Upsert;
    entry.queuedAt = fromMs(query.value(4));
    entry.inFlight = query.value(5).toBool();
    entry.attempts = query.value(6).toInt();
    entry.lastError = query.value(7).toString();
    return entry;
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}
} // namespace

Outbox::Outbox(ClientStore &store) : m_store(store) {}

Status Outbox::enqueue(const QString &kind, const QString &itemId, OutboxEntry::Op op)
{
    const QSqlDatabase db = m_store.database();
    const qint64 now = kj::nowUtc().toMSecsSinceEpoch();
    // Coalesce into the item's entry that has not been sent yet: its content is read at push time anyway,
    // and it keeps its place in the queue. An entry in flight carries older content, so it gets a successor.
    Result<QSqlQuery> queued = runSql(db,
        QStringLiteral("SELECT seq FROM outbox WHERE kind = ? AND item_id = ? AND in_flight = 0 ORDER BY seq LIMIT 1"),
        {kind, itemId});
    if (!queued)
        return queued.error();
    Status status;
    if (queued->next()) {
        status = done(runSql(db, QStringLiteral("UPDATE outbox SET op = ?, queued_at = ? WHERE seq = ?"),
                             {opName(op), now, queued->value(0)}));
    } else {
        status = done(runSql(db, QStringLiteral("INSERT INTO outbox (kind, item_id, op, queued_at) VALUES (?, ?, ?, ?)"),
                             {kind, itemId, opName(op), now}));
    }
    if (status)
        m_store.noteChanged(ClientStore::Topic::Outbox);
    return status;
}

int Outbox::pendingCount() const
{
    return int(scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM outbox")));
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> result;
    Result<QSqlQuery> query = runSql(m_store.database(), QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(kColumns));
    if (!query)
        return result;
    while (query->next())
        result.append(readEntry(*query));
    return result;
}

std::optional<OutboxEntry> Outbox::head() const
{
    Result<QSqlQuery> query =
        runSql(m_store.database(), QStringLiteral("SELECT %1 FROM outbox ORDER BY seq LIMIT 1").arg(kColumns));
    if (!query || !query->next())
        return std::nullopt;
    return readEntry(*query);
}

bool Outbox::hasPending(const QString &kind, const QString &itemId) const
{
    return scalar(m_store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE kind = ? AND item_id = ?)"),
                  {kind, itemId}) != 0;
}

Status Outbox::markInFlight(qint64 seq)
{
    return done(runSql(m_store.database(), QStringLiteral("UPDATE outbox SET in_flight = 1, attempts = attempts + 1 WHERE seq = ?"),
                       {seq}));
}

Status Outbox::markFailed(qint64 seq, const QString &error)
{
    return m_store.transaction([&]() -> Status {
        // The entry stays where it is; a later edit of the item may now coalesce into it again, and the
        // retry reads the newest content.
        Status status = done(runSql(m_store.database(),
                                    QStringLiteral("UPDATE outbox SET in_flight = 0, last_error = ? WHERE seq = ?"),
                                    {error, seq}));
        if (!status)
            return status;
        // Two entries of one item (one was in flight when the item changed again): merge them into the first.
        Result<QSqlQuery> item = runSql(m_store.database(), QStringLiteral("SELECT kind, item_id FROM outbox WHERE seq = ?"), {seq});
        if (!item)
            return item.error();
        if (!item->next())
            return {};
        const QString kind = item->value(0).toString();
        const QString itemId = item->value(1).toString();
        Result<QSqlQuery> later = runSql(m_store.database(),
            QStringLiteral("SELECT op FROM outbox WHERE kind = ? AND item_id = ? AND seq > ? AND in_flight = 0 ORDER BY seq DESC LIMIT 1"),
            {kind, itemId, seq});
        if (!later)
            return later.error();
        if (!later->next())
            return {};
        const QString op = later->value(0).toString();
        status = done(runSql(m_store.database(), QStringLiteral("UPDATE outbox SET op = ? WHERE seq = ?"), {op, seq}));
        if (status) {
            status = done(runSql(m_store.database(),
                                 QStringLiteral("DELETE FROM outbox WHERE kind = ? AND item_id = ? AND seq > ? AND in_flight = 0"),
                                 {kind, itemId, seq}));
        }
        m_store.noteChanged(ClientStore::Topic::Outbox);
        return status;
    });
}

Status Outbox::remove(qint64 seq)
{
    Status status = done(runSql(m_store.database(), QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Outbox);
    return status;
}

Status Outbox::removeItem(const QString &kind, const QString &itemId)
{
    Status status = done(runSql(m_store.database(), QStringLiteral("DELETE FROM outbox WHERE kind = ? AND item_id = ?"),
                                {kind, itemId}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Outbox);
    return status;
}

} // namespace kj::store
