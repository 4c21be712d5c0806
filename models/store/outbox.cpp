#include "models/store/outbox.h"

#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

#include <QJsonDocument>

namespace kj::store {

namespace {
QString opName(OutboxEntry::Op op)
{
    return op == OutboxEntry::Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete");
}

OutboxEntry::Op opFromName(const QString &name)
{
    return name == u"delete" ? OutboxEntry::Op::Delete : OutboxEntry::Op::Upsert;
}

QString payloadText(const QJsonObject &payload)
{
    return payload.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QJsonObject payloadFromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString kColumns = QStringLiteral("seq, kind, item_id, op, queued_at, in_flight, attempts, last_error, payload");

OutboxEntry readEntry(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.itemId = query.value(2).toString();
    entry.op = opFromName(query.value(3).toString());
    entry.queuedAt = fromMs(query.value(4));
    entry.inFlight = query.value(5).toBool();
    entry.attempts = query.value(6).toInt();
    entry.lastError = query.value(7).toString();
    entry.payload = payloadFromText(query.value(8).toString());
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

Status Outbox::enqueue(const QString &kind, const QString &itemId, OutboxEntry::Op op, const QJsonObject &payload)
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
        status = done(runSql(db, QStringLiteral("UPDATE outbox SET op = ?, payload = ?, queued_at = ? WHERE seq = ?"),
                             {opName(op), payloadText(payload), now, queued->value(0)}));
    } else {
        status = done(runSql(db, QStringLiteral("INSERT INTO outbox (kind, item_id, op, payload, queued_at) VALUES (?, ?, ?, ?, ?)"),
                             {kind, itemId, opName(op), payloadText(payload), now}));
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
            QStringLiteral("SELECT op, payload FROM outbox WHERE kind = ? AND item_id = ? AND seq > ? AND in_flight = 0 "
                           "ORDER BY seq DESC LIMIT 1"),
            {kind, itemId, seq});
        if (!later)
            return later.error();
        if (!later->next())
            return {};
        status = done(runSql(m_store.database(), QStringLiteral("UPDATE outbox SET op = ?, payload = ? WHERE seq = ?"),
                             {later->value(0), later->value(1), seq}));
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

std::optional<OutboxEntry> Outbox::waiting(const QString &kind, const QString &itemId) const
{
    Result<QSqlQuery> query = runSql(m_store.database(),
        QStringLiteral("SELECT %1 FROM outbox WHERE kind = ? AND item_id = ? AND in_flight = 0 ORDER BY seq LIMIT 1").arg(kColumns),
        {kind, itemId});
    if (!query || !query->next())
        return std::nullopt;
    return readEntry(*query);
}

Status Outbox::reject(qint64 seq, const kj::Error &error)
{
    return m_store.transaction([&]() -> Status {
        const QSqlDatabase db = m_store.database();
        Status status = done(runSql(db,
            QStringLiteral("INSERT INTO rejected_changes (kind, item_id, op, payload, queued_at, rejected_at, error_code, error_message)"
                           " SELECT kind, item_id, op, payload, queued_at, ?, ?, ? FROM outbox WHERE seq = ?"),
            {kj::nowUtc().toMSecsSinceEpoch(), kj::errorCodeName(error.code), error.message, seq}));
        if (!status)
            return status;
        status = done(runSql(db, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq}));
        if (status)
            m_store.noteChanged(ClientStore::Topic::Outbox);
        return status;
    });
}

QList<RejectedChange> Outbox::rejected() const
{
    QList<RejectedChange> result;
    Result<QSqlQuery> query = runSql(m_store.database(),
        QStringLiteral("SELECT id, kind, item_id, op, payload, queued_at, rejected_at, error_code, error_message"
                       " FROM rejected_changes ORDER BY id"));
    if (!query)
        return result;
    while (query->next()) {
        RejectedChange change;
        change.id = query->value(0).toLongLong();
        change.kind = query->value(1).toString();
        change.itemId = query->value(2).toString();
        change.op = opFromName(query->value(3).toString());
        change.payload = payloadFromText(query->value(4).toString());
        change.queuedAt = fromMs(query->value(5));
        change.rejectedAt = fromMs(query->value(6));
        change.errorCode = query->value(7).toString();
        change.errorMessage = query->value(8).toString();
        result.append(change);
    }
    return result;
}

int Outbox::rejectedCount() const
{
    return int(scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM rejected_changes")));
}

Status Outbox::dismissRejected(qint64 id)
{
    Status status = done(runSql(m_store.database(), QStringLiteral("DELETE FROM rejected_changes WHERE id = ?"), {id}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Outbox);
    return status;
}

} // namespace kj::store
