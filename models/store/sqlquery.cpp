#include "models/store/sqlquery.h"

#include <QSqlError>
#include <QTimeZone>

namespace kj::store {

kj::Result<QSqlQuery> runSql(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return kj::fail(kj::ErrorCode::Storage,
                        QStringLiteral("cannot prepare \"%1\": %2").arg(sql.simplified(), query.lastError().text()));
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        return kj::fail(kj::ErrorCode::Storage,
                        QStringLiteral("\"%1\" failed: %2").arg(sql.simplified(), query.lastError().text()));
    }
    return query;
}

qint64 scalar(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    kj::Result<QSqlQuery> query = runSql(database, sql, values);
    if (!query || !query->next())
        return 0;
    return query->value(0).toLongLong();
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

} // namespace kj::store
