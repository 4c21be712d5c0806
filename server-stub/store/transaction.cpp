#include "server-stub/store/transaction.h"

#include "server-stub/store/engine.h"
#include "server-stub/store/query.h"

namespace kj::server::store {

Result<Transaction> Transaction::begin(const QSqlDatabase &db, Mode mode)
{
    Transaction transaction(db);
    // Statements are run by hand rather than through QSqlDatabase::transaction(), which only knows
    // the deferred BEGIN.
    if (isPostgresql(db)) {
        // Writers queue on one lock per schema, taken first, as SQLite's BEGIN IMMEDIATE makes them: every
        // read-check-write of the repositories then sees what it checked, across processes. Readers get one
        // snapshot for the whole transaction, as SQLite's read transaction gives them. (docs/architecture.md)
        if (Status status = executeCommand(db, mode == Mode::Write ? QStringLiteral("BEGIN")
                                                            : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
            !status) {
            return status.error();
        }
        transaction.m_open = true;
        if (mode == Mode::Write) {
            Query lock(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('kongjian writes ' || current_schema()))"));
            if (Status status = lock.exec(); !status)
                return status.error(); // rolls back
        }
        return transaction;
    }
    if (Status status = executeCommand(db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        !status) {
        return status.error();
    }
    transaction.m_open = true;
    return transaction;
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(other.m_db), m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return storeError(QStringLiteral("commit without an open transaction"));
    Status status = executeCommand(m_db, QStringLiteral("COMMIT"));
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)executeCommand(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace kj::server::store
