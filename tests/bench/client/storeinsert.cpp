// kj_bench_store_insert: inserts N diaries into a new store file in one transaction and prints the rate.
//   kj_bench_store_insert store FILE N   through the client store (DiaryRepository::applyServerDiary, as sync caches them)
//   kj_bench_store_insert raw FILE N     the anchor: the SQLite C API, the same table, pragmas and rows, one prepared
//                                        INSERT stepped per row
// Prints "rows_per_s <rate>" and "seconds <time>" (the insert and the commit; rows are made before the clock starts).
#include "models/domain/user.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "tests/bench/client/benchdiaries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <sqlite3.h>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "kj_bench_store_insert: %s\n", qPrintable(message));
    return 1;
}

// The diaries table as models/store/schema.cpp leaves it at schema 5, with its indexes.
const char *const kRawSchema[] = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    "CREATE TABLE diaries (id TEXT PRIMARY KEY, author TEXT NOT NULL, author_display_name TEXT NOT NULL,"
    " title TEXT NOT NULL, body TEXT NOT NULL, visibility TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
    " groups TEXT NOT NULL DEFAULT '', base_title TEXT, base_body TEXT, like_count INTEGER NOT NULL DEFAULT 0,"
    " comment_count INTEGER NOT NULL DEFAULT 0, liked_by_me INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX diaries_by_author ON diaries (author, updated_at DESC)",
    "CREATE INDEX diaries_by_time ON diaries (updated_at DESC)",
};

bool bindText(sqlite3_stmt *statement, int column, const QString &text)
{
    return sqlite3_bind_text16(statement, column, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC) == SQLITE_OK;
}

int runRaw(const QString &path, const QList<kj::Diary> &diaries, double &seconds)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return fail(QStringLiteral("cannot open %1").arg(path));
    for (const char *sql : kRawSchema) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    QElapsedTimer clock;
    clock.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    const char *sql = "INSERT INTO diaries (id, author, author_display_name, title, body, visibility, revision,"
                      " created_at, updated_at, deleted, groups, base_title, base_body, like_count, comment_count,"
                      " liked_by_me) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, 0, 0, 0)";
    if (sqlite3_prepare_v2(db, sql, -1, &insert, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    const QString visibility = kj::visibilityName(kj::Visibility::Friends);
    for (const kj::Diary &diary : diaries) {
        bool ok = bindText(insert, 1, diary.id) && bindText(insert, 2, diary.author.username)
            && bindText(insert, 3, diary.author.displayName) && bindText(insert, 4, diary.title)
            && bindText(insert, 5, diary.body) && bindText(insert, 6, visibility)
            && sqlite3_bind_int64(insert, 7, diary.revision) == SQLITE_OK
            && sqlite3_bind_int64(insert, 8, diary.createdAt.toMSecsSinceEpoch()) == SQLITE_OK
            && sqlite3_bind_int64(insert, 9, diary.updatedAt.toMSecsSinceEpoch()) == SQLITE_OK
            && bindText(insert, 10, diary.title) && bindText(insert, 11, diary.body);
        if (!ok || sqlite3_step(insert) != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    seconds = double(clock.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return 0;
}

int runStore(const QString &path, const kj::User &owner, const QList<kj::Diary> &diaries, double &seconds)
{
    kj::Result<std::unique_ptr<kj::store::ClientStore>> store = kj::store::ClientStore::open(path, owner);
    if (!store)
        return fail(store.error().message);
    kj::store::DiaryRepository &repository = (*store)->diaries();
    const kj::Reactions none;
    QElapsedTimer clock;
    clock.start();
    const kj::Status status = (*store)->transaction([&]() -> kj::Status {
        for (const kj::Diary &diary : diaries) {
            if (kj::Result<bool> written = repository.applyServerDiary(diary, none); !written)
                return written.error();
        }
        return {};
    });
    seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!status)
        return fail(status.error().message);
    if ((*store)->diaries().countByAuthor(owner.username) != diaries.size())
        return fail(QStringLiteral("the store holds %1 diaries, not %2")
                        .arg((*store)->diaries().countByAuthor(owner.username))
                        .arg(diaries.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.size() == 4 ? args.at(3).toInt(&ok) : 0;
    if (!ok || count <= 0 || (args.at(1) != u"store" && args.at(1) != u"raw"))
        return fail(QStringLiteral("usage: kj_bench_store_insert store|raw FILE COUNT"));
    const QString path = args.at(2);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    const kj::User owner{QStringLiteral("alice"), QStringLiteral("Alice"), {}};
    const QList<kj::Diary> diaries = kj::bench::makeDiaries(owner, count);
    double seconds = 0;
    const int result = args.at(1) == u"raw" ? runRaw(path, diaries, seconds) : runStore(path, owner, diaries, seconds);
    if (result != 0)
        return result;
    QTextStream out(stdout);
    out << "rows_per_s " << double(count) / seconds << "\nseconds " << seconds << Qt::endl;
    return 0;
}
