#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace kj::server::store {

class StatementCache;

//! One SQL statement with positional ('?') bindings on a connection; every failure becomes an Error
//! that carries the driver's text, so no store call fails silently. On a connection of store::Database
//! the prepared statement is taken from and given back to the connection's StatementCache.
class Query
{
public:
    Query(const QSqlDatabase &db, QString sql);
    ~Query(); // gives the statement back to the cache, finished
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    //! Binds the next '?' in order. A null QVariant binds SQL NULL; a bool binds 1 or 0 (the schema's flags are
    //! integers on both engines).
    Query &bind(const QVariant &value);
    //! Prepares (once) and runs the statement with the values bound so far.
    [[nodiscard]] Status exec();
    [[nodiscard]] bool next() { return m_query.next(); }

    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    [[nodiscard]] QString text(int column) const { return m_query.value(column).toString(); }
    [[nodiscard]] bool isNull(int column) const { return m_query.isNull(column); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_values;
    std::shared_ptr<StatementCache> m_cache;
    qsizetype m_cachedBoundCount = -1; // values the cached statement last ran with; -1: prepared here
    bool m_prepared = false;
};

//! A string for a NOT NULL text column: QtSql binds a null QString as SQL NULL, an empty one as ''.
[[nodiscard]] inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

//! Runs one statement without results; the common case for writes.
[[nodiscard]] Status execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

//! Runs a statement that cannot be prepared, as it is: transaction control, session settings, schema changes
//! (PostgreSQL prepares only queries and DML).
[[nodiscard]] Status executeCommand(const QSqlDatabase &db, const QString &sql);

//! An Error for a store failure (a bug or a broken disk, never bad input).
[[nodiscard]] Error storeError(const QString &what);

} // namespace kj::server::store
