#include "models/store/schema.h"

#include "models/store/sqlquery.h"

#include <QStringList>

namespace kj::store {

namespace {

kj::Status runAll(const QSqlDatabase &database, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (kj::Result<QSqlQuery> query = runSql(database, statement); !query)
            return query.error();
    }
    return {};
}

kj::Status migrateTo1(const QSqlDatabase &database)
{
    return runAll(database, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // revision: the last server revision known locally (0: never reached the server).
        // deleted: a local delete that is not pushed yet (a tombstone).
        QStringLiteral("CREATE TABLE diaries ("
                       " id TEXT PRIMARY KEY,"
                       " author TEXT NOT NULL,"
                       " author_display_name TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " visibility TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX diaries_by_author ON diaries (author, updated_at DESC)"),
        QStringLiteral("CREATE INDEX diaries_by_time ON diaries (updated_at DESC)"),
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kind TEXT NOT NULL,"
                       " item_id TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),"
                       " queued_at INTEGER NOT NULL,"
                       " in_flight INTEGER NOT NULL DEFAULT 0,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX outbox_by_item ON outbox (kind, item_id)"),
        QStringLiteral("CREATE TABLE friends ("
                       " username TEXT PRIMARY KEY,"
                       " display_name TEXT NOT NULL,"
                       " since INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE friend_requests ("
                       " id TEXT PRIMARY KEY,"
                       " from_username TEXT NOT NULL,"
                       " from_display_name TEXT NOT NULL,"
                       " to_username TEXT NOT NULL,"
                       " to_display_name TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    });
}

// The "groups" audience: the ids of my friend groups a diary of mine is shown to, comma-separated (UUIDs
// hold no commas); empty for other visibilities and for other people's diaries (the server shows an
// item's groups to its owner only).
kj::Status migrateTo2(const QSqlDatabase &database)
{
    return runAll(database, {QStringLiteral("ALTER TABLE diaries ADD COLUMN groups TEXT NOT NULL DEFAULT ''")});
}

using Step = kj::Status (*)(const QSqlDatabase &);
constexpr Step kSteps[] = {migrateTo1, migrateTo2};

} // namespace

int userVersion(const QSqlDatabase &database)
{
    return int(scalar(database, QStringLiteral("PRAGMA user_version")));
}

kj::Status migrateSchema(const QSqlDatabase &database, int target)
{
    const int current = userVersion(database);
    if (current > target) {
        return kj::fail(kj::ErrorCode::Storage,
                        QStringLiteral("the local store has schema version %1, newer than this program knows (%2); "
                                       "use a newer Kongjian")
                            .arg(current)
                            .arg(target));
    }
    for (int version = current + 1; version <= target && version <= int(std::size(kSteps)); ++version) {
        if (kj::Result<QSqlQuery> begin = runSql(database, QStringLiteral("BEGIN IMMEDIATE")); !begin)
            return begin.error();
        kj::Status step = kSteps[version - 1](database);
        if (step) {
            // PRAGMA takes no bound values; version is our own integer.
            kj::Result<QSqlQuery> setVersion = runSql(database, QStringLiteral("PRAGMA user_version = %1").arg(version));
            if (!setVersion)
                step = setVersion.error();
        }
        if (step) {
            if (kj::Result<QSqlQuery> commit = runSql(database, QStringLiteral("COMMIT")); !commit)
                step = commit.error();
        }
        if (!step) {
            (void)runSql(database, QStringLiteral("ROLLBACK"));
            return kj::fail(kj::ErrorCode::Storage, QStringLiteral("migrating the local store to version %1 failed: %2")
                                                        .arg(version)
                                                        .arg(step.error().message));
        }
    }
    return {};
}

} // namespace kj::store
