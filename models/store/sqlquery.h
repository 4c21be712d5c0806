#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace kj::store {

//! Prepares and runs one SQL statement with positional (?) values; any failure becomes a Storage error
//! that names what was being done.
[[nodiscard]] kj::Result<QSqlQuery> runSql(const QSqlDatabase &database, const QString &sql,
                                           const QVariantList &values = {});

//! An integer read from the first column of the first row of a query (0 when there is none).
[[nodiscard]] qint64 scalar(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

//! A time stored as milliseconds since the epoch, read back in UTC.
[[nodiscard]] QDateTime fromMs(const QVariant &value);

} // namespace kj::store
