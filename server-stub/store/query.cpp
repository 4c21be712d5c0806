#include "server-stub/store/query.h"

#include <QSqlError>

namespace kj::server::store {

Query::Query(const QSqlDatabase &db, QString sql) : m_query(db), m_sql(std::move(sql))
{
    m_query.setForwardOnly(true);
}

Query &Query::bind(const QVariant &value)
{
    m_values.append(value);
    return *this;
}

Status Query::exec()
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return storeError(QStringLiteral("cannot prepare \"%1\": %2").arg(m_sql, m_query.lastError().text()));
        m_prepared = true;
    }
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_query.bindValue(int(i), m_values.at(i));
    if (!m_query.exec())
        return storeError(QStringLiteral("\"%1\" failed: %2").arg(m_sql, m_query.lastError().text()));
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

Error storeError(const QString &what)
{
    return fail(ErrorCode::Internal, QStringLiteral("store: ") + what);
}

} // namespace kj::server::store
