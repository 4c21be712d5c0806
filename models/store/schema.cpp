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

// Offline first for every kind:
// - outbox: any operation name (not only upsert/delete) and a JSON payload for the kinds whose content is not
//   kept in a table of its own (a comment, a like, a friend action, space settings ...);
// - rejected_changes: an outbox entry the server refused for good (not a transient failure), kept with its
//   payload and the reason so the user sees it and nothing is silently dropped;
// - diaries.base_title / base_body: the server's content at `revision`, the base of a three-way merge (NULL:
//   not known, e.g. rows cached before this version);
// - items: the cache of every other kind the server shows (说说, reposts, albums, photos, tracks, comments), as
//   the server's JSON, plus my own unsynced writes of them (pending) and their merge base (base_json);
// - uploads: a file queued for upload, hashed once, with the server's upload id and offset so it resumes;
// - media_cache: downloaded thumbnails and pictures, bounded in size, least recently used evicted first.
kj::Status migrateTo3(const QSqlDatabase &database)
{
    return runAll(database, {
        QStringLiteral("CREATE TABLE outbox_v3 ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kind TEXT NOT NULL,"
                       " item_id TEXT NOT NULL,"
                       " op TEXT NOT NULL,"
                       " payload TEXT NOT NULL DEFAULT '',"
                       " queued_at INTEGER NOT NULL,"
                       " in_flight INTEGER NOT NULL DEFAULT 0,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO outbox_v3 (seq, kind, item_id, op, queued_at, in_flight, attempts, last_error)"
                       " SELECT seq, kind, item_id, op, queued_at, in_flight, attempts, last_error FROM outbox"),
        QStringLiteral("DROP TABLE outbox"),
        QStringLiteral("ALTER TABLE outbox_v3 RENAME TO outbox"),
        QStringLiteral("CREATE INDEX outbox_by_item ON outbox (kind, item_id)"),
        QStringLiteral("CREATE TABLE rejected_changes ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kind TEXT NOT NULL,"
                       " item_id TEXT NOT NULL,"
                       " op TEXT NOT NULL,"
                       " payload TEXT NOT NULL DEFAULT '',"
                       " queued_at INTEGER NOT NULL,"
                       " rejected_at INTEGER NOT NULL,"
                       " error_code TEXT NOT NULL,"
                       " error_message TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE diaries ADD COLUMN base_title TEXT"),
        QStringLiteral("ALTER TABLE diaries ADD COLUMN base_body TEXT"),
        QStringLiteral("CREATE TABLE items ("
                       " kind TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " owner TEXT NOT NULL,"
                       " parent_kind TEXT NOT NULL DEFAULT '',"
                       " parent_id TEXT NOT NULL DEFAULT '',"
                       " json TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " pending INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " base_json TEXT,"
                       " PRIMARY KEY (kind, id))"),
        QStringLiteral("CREATE INDEX items_by_owner ON items (kind, owner, created_at DESC)"),
        QStringLiteral("CREATE INDEX items_by_time ON items (kind, created_at DESC)"),
        QStringLiteral("CREATE INDEX items_by_parent ON items (parent_kind, parent_id, kind, created_at)"),
        QStringLiteral("CREATE TABLE uploads ("
                       " id TEXT PRIMARY KEY,"
                       " path TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " filename TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " upload_id TEXT NOT NULL DEFAULT '',"
                       " sent INTEGER NOT NULL DEFAULT 0,"
                       " media_id TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE media_cache ("
                       " media_id TEXT NOT NULL,"
                       " size TEXT NOT NULL,"
                       " file TEXT NOT NULL,"
                       " bytes INTEGER NOT NULL,"
                       " content_type TEXT NOT NULL DEFAULT '',"
                       " last_used INTEGER NOT NULL,"
                       " PRIMARY KEY (media_id, size))"),
        QStringLiteral("CREATE INDEX media_cache_by_use ON media_cache (last_used)"),
    });
}

// unanswered_writes: request bodies sent whose answer never came back (UnansweredWrites), so that a later
// push meeting one of them on the server knows it met its own write, not another device's.
kj::Status migrateTo4(const QSqlDatabase &database)
{
    return runAll(database, {
        QStringLiteral("CREATE TABLE unanswered_writes ("
                       " kind TEXT NOT NULL,"
                       " item_id TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " sent_at INTEGER NOT NULL,"
                       " UNIQUE (kind, item_id, body))"),
    });
}

// The reactions the server last gave for a cached diary (likeCount, commentCount, likedByMe), which the
// diary itself does not carry. Diaries cached before this version know none: the changes cursor is dropped
// so that the next sync pulls every change again and brings them (applying a change twice is harmless).
kj::Status migrateTo5(const QSqlDatabase &database)
{
    return runAll(database, {
        QStringLiteral("ALTER TABLE diaries ADD COLUMN like_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE diaries ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE diaries ADD COLUMN liked_by_me INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("DELETE FROM sync_state WHERE key = 'changes_cursor'"),
    });
}

// The live diaries of each author, for the counts the space and the diary list show when the window opens: through
// diaries_by_author SQLite read every row of the author to test `deleted` (130 ms at 100,000 diaries); this index
// answers them alone (5 ms).
kj::Status migrateTo6(const QSqlDatabase &database)
{
    return runAll(database, {
        QStringLiteral("CREATE INDEX diaries_live_by_author ON diaries (author) WHERE deleted = 0"),
    });
}

using Step = kj::Status (*)(const QSqlDatabase &);
constexpr Step kSteps[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6};

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
