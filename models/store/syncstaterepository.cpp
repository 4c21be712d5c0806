#include "models/store/syncstaterepository.h"

#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

namespace kj::store {

namespace {
const QString kCursor = QStringLiteral("changes_cursor");
const QString kLastSyncedAt = QStringLiteral("last_synced_at");
const QString kLastErrorCode = QStringLiteral("last_error_code");
const QString kLastErrorMessage = QStringLiteral("last_error_message");
const QString kBackfills = QStringLiteral("pending_backfills");
} // namespace

SyncStateRepository::SyncStateRepository(ClientStore &store) : m_store(store) {}

QString SyncStateRepository::value(const QString &key) const
{
    Result<QSqlQuery> query = runSql(m_store.database(), QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!query || !query->next())
        return {};
    return query->value(0).toString();
}

Status SyncStateRepository::setValue(const QString &key, const QString &value)
{
    Result<QSqlQuery> query =
        value.isEmpty()
            ? runSql(m_store.database(), QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key})
            : runSql(m_store.database(), QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                     {key, value});
    if (!query)
        return query.error();
    m_store.noteChanged(ClientStore::Topic::SyncState);
    return {};
}

QString SyncStateRepository::changesCursor() const
{
    return value(kCursor);
}

Status SyncStateRepository::setChangesCursor(const QString &cursor)
{
    return setValue(kCursor, cursor);
}

QDateTime SyncStateRepository::lastSyncedAt() const
{
    return kj::fromRfc3339(value(kLastSyncedAt)).value_or(QDateTime());
}

Status SyncStateRepository::setLastSyncedAt(const QDateTime &time)
{
    return setValue(kLastSyncedAt, time.isValid() ? kj::toRfc3339(time) : QString());
}

std::optional<kj::Error> SyncStateRepository::lastError() const
{
    const QString code = value(kLastErrorCode);
    if (code.isEmpty())
        return std::nullopt;
    return kj::Error{kj::errorCodeFromName(code), value(kLastErrorMessage), {}};
}

Status SyncStateRepository::setLastError(const std::optional<kj::Error> &error)
{
    return m_store.transaction([&]() -> Status {
        if (Status status = setValue(kLastErrorCode, error ? kj::errorCodeName(error->code) : QString()); !status)
            return status;
        return setValue(kLastErrorMessage, error ? error->message : QString());
    });
}

QStringList SyncStateRepository::pendingBackfills() const
{
    return value(kBackfills).split(u' ', Qt::SkipEmptyParts);
}

Status SyncStateRepository::setPendingBackfills(const QStringList &usernames)
{
    // Usernames never contain spaces.
    return setValue(kBackfills, usernames.join(u' '));
}

} // namespace kj::store
