#include "server-stub/store/database.h"

#include "server-stub/store/migrations.h"
#include "server-stub/store/query.h"
#include "server-stub/store/statementcache.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <atomic>

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
    return db;
}

} // namespace kj::server::store
