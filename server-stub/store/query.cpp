#include "server-stub/store/query.h"

#include "server-stub/store/engine.h"
#include "server-stub/store/statementcache.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

namespace kj::server::store {

namespace {
// A statement that failed because the store went away (a PostgreSQL server restarting, the network) is Unavailable
// (503: a load balancer tries another process, a client retries later); anything else is a bug or a broken disk.
Error failure(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    // SQLSTATE class 08: connection exceptions; 57P01-57P03: the server shutting down or starting.
    const QString state = error.nativeErrorCode();
    const bool lost = !query.driver() || !query.driver()->isOpen() || error.type() == QSqlError::ConnectionError
                      || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
    if (lost)
        return fail(ErrorCode::Unavailable, QStringLiteral("store unreachable: ") + what);
    return storeError(what);
}
} // namespace

Query::Query(const QSqlDatabase &db, QString sql)
    // An empty query to begin with: QSqlQuery's default constructor looks up the default connection.
    : m_query(static_cast<QSqlResult *>(nullptr)), m_sql(std::move(sql)),
      m_cache(StatementCache::forConnection(db.connectionName()))
{
    if (m_cache) {
        if (auto cached = m_cache->take(m_sql)) {
            m_query = std::move(cached->first);
            m_cachedBoundCount = cached->second;
            m_prepared = true;
            return;
        }
    }
    m_query = QSqlQuery(db);
    m_query.setForwardOnly(true);
}

Query::~Query()
{
    if (!m_cache || !m_prepared)
        return;
    // Reset, so that a kept statement holds no read lock and no rows between uses.
    m_query.finish();
    const qsizetype boundCount = m_query.boundValues().size();
    m_cache->give(m_sql, std::move(m_query), boundCount);
}

Query &Query::bind(const QVariant &value)
{
    m_values.append(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    return *this;
}

Status Query::exec()
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return failure(m_query, QStringLiteral("cannot prepare \"%1\": %2").arg(m_sql, m_query.lastError().text()));
        m_prepared = true;
    }
    // A reused statement still holds the values of its last run: binding fewer would run with stale ones
    // where a fresh statement fails, so it fails the same way.
    if (m_cachedBoundCount > m_values.size())
        return storeError(QStringLiteral("\"%1\" failed: parameter count mismatch").arg(m_sql));
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_query.bindValue(int(i), m_values.at(i));
    if (!m_query.exec())
        return failure(m_query, QStringLiteral("\"%1\" failed: %2").arg(m_sql, m_query.lastError().text()));
    m_values.clear();
    return {};
}

Status execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Query query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    return query.exec();
}

Status executeCommand(const QSqlDatabase &db, const QString &sql)
{
    if (!isPostgresql(db))
        return execute(db, sql); // SQLite prepares anything: kept in the statement cache like the rest
    QSqlQuery query(db);
    if (!query.exec(sql))
        return failure(query, QStringLiteral("\"%1\" failed: %2").arg(sql, query.lastError().text()));
    return {};
}

Error storeError(const QString &what)
{
    return fail(ErrorCode::Internal, QStringLiteral("store: ") + what);
}

} // namespace kj::server::store
