#pragma once

#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>
#include <unordered_map>

namespace kj::server::store {

//! The prepared statements of one connection by SQL text, so that store::Query compiles each statement once
//! per connection rather than on every call. Only the connection's own thread uses it.
class StatementCache
{
public:
    //! Distinct statements kept per connection (statements with a list of '?' of varying length are many).
    static constexpr qsizetype kCapacity = 256;

    //! A prepared statement for sql and how many values it was last run with, taken out of the cache (a
    //! second Query of the same text meanwhile prepares its own); nullopt when none is kept.
    [[nodiscard]] std::optional<std::pair<QSqlQuery, qsizetype>> take(const QString &sql);
    //! Keeps a finished statement for the next Query of the same text.
    void give(const QString &sql, QSqlQuery &&query, qsizetype boundCount);
    void clear() { m_statements.clear(); }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_statements.size()); }

    //! Makes cache the calling thread's cache for the named connection (a name is never reused).
    static void attach(const QString &connectionName, const std::shared_ptr<StatementCache> &cache);
    //! The calling thread's cache for the named connection, or null: a connection the store did not open
    //! (a test's own), or one whose Database is gone.
    [[nodiscard]] static std::shared_ptr<StatementCache> forConnection(const QString &connectionName);

private:
    struct Entry {
        QSqlQuery query;
        qsizetype boundCount = 0;
    };
    std::unordered_map<QString, Entry> m_statements; // QHash would need Entry copyable, QSqlQuery is not meant to be
};

} // namespace kj::server::store
