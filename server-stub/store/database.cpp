#include "server-stub/store/database.h"

#include "server-stub/store/migrations.h"
#include "server-stub/store/query.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "kj.server.store")

namespace kj::server::store {

namespace {
std::atomic<quint64> nextInstance{1};
std::atomic<quint64> nextConnection{1};
// Per thread: which connection name this thread uses for each Database instance. Instance numbers are
// never reused, so an entry left behind by a destroyed Database is never looked up again.
thread_local QHash<quint64, QString> threadConnections;
} // namespace

Database::Database(QString filePath) : m_filePath(std::move(filePath)), m_instance(nextInstance++) {}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
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
        return QSqlDatabase::database(*it, false);

    const QString name = QStringLiteral("kj-server-%1-%2").arg(m_instance).arg(nextConnection++);
    {
        QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    threadConnections.insert(m_instance, name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
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
