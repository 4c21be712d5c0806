#include "server-stub/store/statementcache.h"

#include <QHash>

namespace kj::server::store {

namespace {
// Weak, so that a connection's cache ends with its Database (which runs on another thread than the ones
// using it), never with a thread that outlives it.
thread_local QHash<QString, std::weak_ptr<StatementCache>> threadCaches;
} // namespace

std::optional<std::pair<QSqlQuery, qsizetype>> StatementCache::take(const QString &sql)
{
    const auto it = m_statements.find(sql);
    if (it == m_statements.end())
        return std::nullopt;
    std::pair<QSqlQuery, qsizetype> taken{std::move(it->second.query), it->second.boundCount};
    m_statements.erase(it);
    return taken;
}

void StatementCache::give(const QString &sql, QSqlQuery &&query, qsizetype boundCount)
{
    if (m_statements.find(sql) != m_statements.end())
        return; // a second Query of the same text ran meanwhile; one kept is enough
    if (m_statements.size() >= kCapacity)
        m_statements.erase(m_statements.begin()); // any one: a full cache means statements that vary anyway
    m_statements.emplace(sql, Entry{std::move(query), boundCount});
}

void StatementCache::attach(const QString &connectionName, const std::shared_ptr<StatementCache> &cache)
{
    threadCaches.insert(connectionName, cache);
}

std::shared_ptr<StatementCache> StatementCache::forConnection(const QString &connectionName)
{
    const auto it = threadCaches.constFind(connectionName);
    return it == threadCaches.constEnd() ? nullptr : it->lock();
}

} // namespace kj::server::store
