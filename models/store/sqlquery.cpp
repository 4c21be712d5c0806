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
    for (const QVariant &value : values) {
        // A null QString is empty text to us, but Qt binds it as SQL NULL, which NOT NULL text columns refuse.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
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
