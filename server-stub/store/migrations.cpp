#include "server-stub/store/migrations.h"

#include "models/domain/timestamp.h"
#include "server-stub/store/engine.h"
#include "server-stub/store/query.h"
#include "server-stub/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace kj::server::store {

namespace {
QString migrationDir(MigrationEngine engine)
{
    return engine == MigrationEngine::Postgresql ? QStringLiteral(":/kj/server/migrations/postgresql")
                                                 : QStringLiteral(":/kj/server/migrations/sqlite");
}

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

// PostgreSQL takes a whole file in one call (its simple query protocol runs several statements, and the
// $$-quoted bodies of trigger functions hold semicolons); QtSql runs one SQLite statement per call.
Status runMigration(const QSqlDatabase &db, const Migration &migration)
{
    if (isPostgresql(db)) {
        if (Status status = executeCommand(db, migration.statements); !status)
            return fail(ErrorCode::Internal, migration.name + QStringLiteral(": ") + status.error().message);
        return {};
    }
    for (const QString &statement : splitStatements(migration.statements)) {
        if (Status status = execute(db, statement); !status)
            return fail(ErrorCode::Internal, migration.name + QStringLiteral(": ") + status.error().message);
    }
    return {};
}
} // namespace

Result<QList<Migration>> bundledMigrations(MigrationEngine engine)
{
    const QString kMigrationDir = migrationDir(engine);
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
    {
        // In a write transaction: servers starting together over one PostgreSQL database create it once.
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (Status status = executeCommand(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                       "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                       "applied_ms BIGINT NOT NULL)"));
            !status) {
            return status;
        }
        if (Status status = transaction->commit(); !status)
            return status;
    }
    Result<QList<Migration>> migrations = bundledMigrations(isPostgresql(db) ? MigrationEngine::Postgresql : MigrationEngine::Sqlite);
    if (!migrations)
        return migrations.error();
    // A store an upgraded server already migrated: this (older) server would misread it.
    Result<QList<int>> applied = appliedMigrations(db);
    if (!applied)
        return applied.error();
    if (!applied->isEmpty() && applied->constLast() > migrations->constLast().version) {
        return fail(ErrorCode::Unavailable,
                    QStringLiteral("the store has schema %1, newer than this server's %2: run the newer server (or restore "
                                   "the backup taken before the upgrade)")
                        .arg(applied->constLast())
                        .arg(migrations->constLast().version));
    }
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
        if (Status status = runMigration(db, migration); !status)
            return status;
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
