#include "server-stub/store/transaction.h"

#include "server-stub/store/query.h"

namespace kj::server::store {

Result<Transaction> Transaction::begin(const QSqlDatabase &db, Mode mode)
{
    Transaction transaction(db);
    // Statements are run by hand rather than through QSqlDatabase::transaction(), which only knows
    // the deferred BEGIN.
    if (Status status = execute(db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
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
    Status status = execute(m_db, QStringLiteral("COMMIT"));
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
    (void)execute(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace kj::server::store
