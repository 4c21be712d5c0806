#include "models/store/clientstore.h"

#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/outbox.h"
#include "models/store/schema.h"
#include "models/store/sqlquery.h"
#include "models/store/storefilecheck.h"
#include "models/store/syncstaterepository.h"
#include "models/domain/timestamp.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace kj::store {

namespace {
QString newConnectionName()
{
    // One connection per store instance, so two stores (two accounts, or a test's two clients) never share one.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kj-store-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

ClientStore::ClientStore(QString connectionName, QString path, kj::User owner, QObject *parent)
    : QObject(parent),
      m_connectionName(std::move(connectionName)),
      m_path(std::move(path)),
      m_owner(std::move(owner)),
      m_diaries(std::make_unique<DiaryRepository>(*this)),
      m_outbox(std::make_unique<Outbox>(*this)),
      m_friends(std::make_unique<FriendRepository>(*this)),
      m_syncState(std::make_unique<SyncStateRepository>(*this))
{
}

ClientStore::~ClientStore()
{
    for (sqlite3_stmt *statement : std::as_const(m_prepared))
        sqlite3_finalize(statement); // before the connection closes: SQLite refuses to close with statements left
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_opened && !m_path.isEmpty())
        StoreFileCheck::recordCleanClose(m_path);
}

Result<std::unique_ptr<ClientStore>> ClientStore::open(const QString &path, const kj::User &owner, QObject *parent)
{
    return openConnection(path, false, owner, parent);
}

Result<std::unique_ptr<ClientStore>> ClientStore::openInMemory(const kj::User &owner, QObject *parent)
{
    return openConnection(QStringLiteral(":memory:"), true, owner, parent);
}

Result<std::unique_ptr<ClientStore>> ClientStore::openConnection(const QString &path, bool inMemory,
                                                                 const kj::User &owner, QObject *parent)
{
    if (owner.username.isEmpty())
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("a local store needs the account it belongs to"));
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return kj::fail(kj::ErrorCode::Storage,
                            QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
        }
        if (std::optional<kj::Error> damaged = setAsideIfDamaged(path))
            return *damaged;
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A GUI and kongjian-cli may use the same file at once: wait for the other's write instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<ClientStore> store(new ClientStore(name, inMemory ? QString() : path, owner, parent));
    if (Status status = store->initialize(inMemory); !status)
        return status.error();
    store->m_opened = true;
    return store;
}

std::optional<kj::Error> ClientStore::setAsideIfDamaged(const QString &path)
{
    const StoreFileCheck::Outcome checked = StoreFileCheck::check(path);
    switch (checked.verdict) {
    case StoreFileCheck::Verdict::Sound:
        return std::nullopt;
    case StoreFileCheck::Verdict::Unreadable:
        return kj::Error{kj::ErrorCode::Storage, QStringLiteral("cannot read the local store %1: %2").arg(path, checked.reason), {}};
    case StoreFileCheck::Verdict::Damaged:
        break;
    }
    // Never opened as it is (SQLite could make it worse) and never replaced in place: the person keeps it.
    const Result<QString> kept = StoreFileCheck::moveAside(path, kj::nowUtc());
    if (!kept) {
        return kj::Error{kj::ErrorCode::Storage,
                         QStringLiteral("the local store %1 is damaged (%2) and was left where it is: %3")
                             .arg(path, checked.reason, kept.error().message),
                         {}};
    }
    return kj::Error{kj::ErrorCode::Storage,
                     QStringLiteral("the local store %1 was damaged (%2). It is kept as %3 (with its -wal and -shm "
                                    "files, if any): changes not sent yet may still be read from it. The next start "
                                    "makes a new store and fills it from the server.")
                         .arg(path, checked.reason, *kept),
                     {{StoreFileCheck::kKeptAtKey, *kept}}};
}

Status ClientStore::initialize(bool inMemory)
{
    QSqlDatabase db = database();
    if (!db.open()) {
        return kj::fail(kj::ErrorCode::Storage,
                        QStringLiteral("cannot open the local store %1: %2").arg(m_path, db.lastError().text()));
    }
    if (!inMemory) {
        Result<QSqlQuery> wal = runSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal)
            return wal.error();
        if (!wal->next() || wal->value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return kj::fail(kj::ErrorCode::Storage, QStringLiteral("the local store %1 cannot use WAL").arg(m_path));
    }
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (Result<QSqlQuery> query = runSql(db, pragma); !query)
            return query.error();
    }
    if (Status migrated = migrateSchema(db, kSchemaVersion); !migrated)
        return migrated;

    // The file belongs to one account; opening it for another would mix two people's data.
    Result<QSqlQuery> owner = runSql(db, QStringLiteral("SELECT value FROM meta WHERE key = 'owner'"));
    if (!owner)
        return owner.error();
    if (owner->next()) {
        const QString stored = owner->value(0).toString();
        if (stored != m_owner.username) {
            return kj::fail(kj::ErrorCode::Storage,
                            QStringLiteral("the local store %1 belongs to \"%2\", not \"%3\"")
                                .arg(m_path, stored, m_owner.username));
        }
    }
    return transaction([&]() -> Status {
        for (const auto &[key, value] : {std::pair{QStringLiteral("owner"), m_owner.username},
                                         std::pair{QStringLiteral("owner_display_name"), m_owner.displayName}}) {
            Result<QSqlQuery> query =
                runSql(db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
            if (!query)
                return query.error();
        }
        return Status();
    });
}

int ClientStore::schemaVersion() const
{
    return userVersion(database());
}

QSqlDatabase ClientStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ClientStore::transaction(const std::function<Status()> &work)
{
    const QSqlDatabase db = database();
    const bool outermost = m_transactionDepth == 0;
    if (outermost) {
        // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
        if (Result<QSqlQuery> begin = runSql(db, QStringLiteral("BEGIN IMMEDIATE")); !begin)
            return begin.error();
        m_rollbackOnly = false;
        m_changedTopics = 0;
    }
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (!status)
        m_rollbackOnly = true;
    if (!outermost)
        return status;

    if (m_rollbackOnly) {
        (void)runSql(db, QStringLiteral("ROLLBACK"));
        m_changedTopics = 0;
        if (status)
            return kj::fail(kj::ErrorCode::Storage, QStringLiteral("a step of the transaction failed; nothing was saved"));
        return status;
    }
    if (Result<QSqlQuery> commit = runSql(db, QStringLiteral("COMMIT")); !commit) {
        (void)runSql(db, QStringLiteral("ROLLBACK"));
        m_changedTopics = 0;
        return commit.error();
    }
    emitPending();
    return status;
}

namespace {
// Binds one value the way Qt's SQLite driver would (text as UTF-16, the rest by type).
int bindNative(sqlite3_stmt *statement, int column, const QVariant &value)
{
    if (value.isNull() && value.typeId() != QMetaType::QString)
        return sqlite3_bind_null(statement, column);
    switch (value.typeId()) {
    case QMetaType::QString: {
        // A null QString is empty text to us (as runSql binds it), never SQL NULL.
        const QString text = value.toString();
        static const char16_t empty[] = u"";
        const void *data = text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
        return sqlite3_bind_text16(statement, column, data, int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, column, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, column, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, column, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    }
}
} // namespace

Result<int> ClientStore::execPrepared(const QString &sql, const QVariantList &values)
{
    const QSqlDatabase db = database();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!connection || !db.isOpen())
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot run \"%1\": the local store is not open").arg(sql.simplified()));
    const auto failed = [&](const char *what) {
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("\"%1\" %2: %3")
                                                    .arg(sql.simplified(), QString::fromLatin1(what),
                                                         QString::fromUtf8(sqlite3_errmsg(connection))));
    };

    sqlite3_stmt *statement = m_prepared.value(sql);
    if (!statement) {
        if (sqlite3_prepare16_v3(connection, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT,
                                 &statement, nullptr) != SQLITE_OK || !statement) {
            sqlite3_finalize(statement);
            return failed("cannot be prepared");
        }
        m_prepared.insert(sql, statement);
    }
    if (sqlite3_bind_parameter_count(statement) != values.size()) {
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("\"%1\" takes %2 values, not %3")
                                                    .arg(sql.simplified())
                                                    .arg(sqlite3_bind_parameter_count(statement))
                                                    .arg(values.size()));
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bindNative(statement, i + 1, values.at(i)) != SQLITE_OK) {
            sqlite3_reset(statement);
            return failed("cannot take its values");
        }
    }
    const int stepped = sqlite3_step(statement);
    std::optional<kj::Error> error;
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
        error = failed("failed");
    // Reset at once: a statement left stepping would hold its read of the database open.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (error)
        return *error;
    return sqlite3_changes(connection);
}

void ClientStore::noteChanged(Topic topic)
{
    m_changedTopics |= int(topic);
    if (m_transactionDepth == 0)
        emitPending();
}

void ClientStore::emitPending()
{
    const int topics = std::exchange(m_changedTopics, 0);
    if (topics & int(Topic::Diaries))
        Q_EMIT diariesChanged();
    if (topics & int(Topic::Friends))
        Q_EMIT friendsChanged();
    if (topics & int(Topic::Outbox))
        Q_EMIT outboxChanged();
    if (topics & int(Topic::SyncState))
        Q_EMIT syncStateChanged();
    if (topics & int(Topic::Items))
        Q_EMIT itemsChanged();
}

} // namespace kj::store
