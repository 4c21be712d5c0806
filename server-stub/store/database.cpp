#include "server-stub/store/database.h"

#include "server-stub/store/migrations.h"
#include "server-stub/store/query.h"
#include "server-stub/store/statementcache.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <atomic>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "kj.server.store")

namespace kj::server::store {

//! One thread's connection of a Database and its prepared statements.
struct ThreadConnection {
    QString name;
    QSqlDatabase db; // kept here: QSqlDatabase::database(name) locks Qt's connection dictionary on every call
    std::shared_ptr<StatementCache> statements = std::make_shared<StatementCache>();
};

namespace {
std::atomic<quint64> nextInstance{1};
std::atomic<quint64> nextConnection{1};
// Per thread: this thread's connection for each Database instance. Instance numbers are never reused, so
// an entry left behind by a destroyed Database is never looked up again.
thread_local QHash<quint64, ThreadConnection *> threadConnections;

// SQLite's own WAL hook checkpoints the log into the file once it holds this many pages
// (sqlite3_wal_autocheckpoint's default); the hook below replaces it, so it does the same.
constexpr int kAutoCheckpointPages = 1000;

// Called by SQLite after each commit on a connection in WAL mode has taken place and its write lock is released.
int afterCommit(void *generation, sqlite3 *connection, const char *schema, int walPages)
{
    static_cast<std::atomic<quint64> *>(generation)->fetch_add(1, std::memory_order_release);
    if (walPages >= kAutoCheckpointPages)
        sqlite3_wal_checkpoint_v2(connection, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                           : nullptr;
}
} // namespace

Database::Database(QString filePath) : m_filePath(std::move(filePath)), m_instance(nextInstance++) {}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const std::unique_ptr<ThreadConnection> &connection : m_connections) {
        connection->statements->clear(); // finalized before their connection closes
        connection->statements.reset();
        connection->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection->name);
    }
    threadConnections.remove(m_instance);
}

Status Database::open()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return storeError(QStringLiteral("cannot open %1: %2").arg(m_filePath, db.lastError().text()));
    return applyMigrations(db);
}

QSqlDatabase Database::connection()
{
    if (const auto it = threadConnections.constFind(m_instance); it != threadConnections.constEnd())
        return (*it)->db;

    auto owned = std::make_unique<ThreadConnection>();
    ThreadConnection *connection = owned.get();
    connection->name = QStringLiteral("kj-server-%1-%2").arg(m_instance).arg(nextConnection++);
    {
        QMutexLocker locker(&m_mutex);
        m_connections.push_back(std::move(owned));
    }
    threadConnections.insert(m_instance, connection);
    StatementCache::attach(connection->name, connection->statements);
    connection->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->name);
    QSqlDatabase &db = connection->db;
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_filePath << db.lastError().text();
        return db;
    }
    // journal_mode is persistent in the file; the others are per connection.
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (Status status = execute(db, pragma); !status)
            qCWarning(lcStore) << status.error().message;
    }
    if (!countCommits(db))
        m_commitsCounted.store(false);
    return db;
}

bool Database::countCommits(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    Query mode(db, QStringLiteral("PRAGMA journal_mode"));
    if (!handle || !mode.exec() || !mode.next() || mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore) << m_filePath << "is not in WAL mode: answers are not kept between writes";
        return false;
    }
    sqlite3_wal_hook(handle, afterCommit, &m_writeGeneration);
    return true;
}

std::optional<quint64> Database::writeGeneration() const
{
    if (!m_commitsCounted.load())
        return std::nullopt;
    return m_writeGeneration.load(std::memory_order_acquire);
}

} // namespace kj::server::store
