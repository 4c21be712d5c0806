#include "server-stub/store/migrations.h"

#include "models/domain/timestamp.h"
#include "server-stub/store/query.h"
#include "server-stub/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace kj::server::store {

namespace {
const QString kMigrationDir = QStringLiteral(":/kj/server/migrations/sqlite");

// QtSql runs one statement per call; migration files end each statement with ';' at the end of a line.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
} // namespace

Result<QList<Migration>> bundledMigrations()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    QList<Migration> migrations;
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            return storeError(QStringLiteral("unexpected migration file name %1").arg(file));
        QFile source(kMigrationDir + u'/' + file);
        if (!source.open(QIODevice::ReadOnly))
            return storeError(QStringLiteral("cannot read migration %1").arg(file));
        migrations.append({match.captured(1).toInt(), file, QString::fromUtf8(source.readAll())});
    }
    if (migrations.isEmpty())
        return storeError(QStringLiteral("no migrations bundled (resource %1 missing)").arg(kMigrationDir));
    return migrations;
}

Result<QList<int>> appliedMigrations(const QSqlDatabase &db)
{
    Query query(db, QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<int> versions;
    while (query.next())
        versions.append(query.value(0).toInt());
    return versions;
}

Status applyMigrations(const QSqlDatabase &db)
{
    if (Status status = execute(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                   "applied_ms BIGINT NOT NULL)"));
        !status) {
        return status;
    }
    Result<QList<Migration>> migrations = bundledMigrations();
    if (!migrations)
        return migrations.error();
    for (const Migration &migration : *migrations) {
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        // Checked inside the write transaction: another process may have migrated meanwhile.
        Query done(db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        done.bind(migration.version);
        if (Status status = done.exec(); !status)
            return status;
        if (done.next())
            continue;
        for (const QString &statement : splitStatements(migration.statements)) {
            if (Status status = execute(db, statement); !status)
                return fail(ErrorCode::Internal, migration.name + QStringLiteral(": ") + status.error().message);
        }
        if (Status status = execute(db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)"),
                                    {migration.version, migration.name, nowUtc().toMSecsSinceEpoch()});
            !status) {
            return status;
        }
        if (Status status = transaction->commit(); !status)
            return status;
    }
    return {};
}

} // namespace kj::server::store
