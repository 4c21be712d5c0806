#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>

namespace kj::server::store {

//! A transaction that rolls back unless committed. Writes take the store's write lock at the start (SQLite:
//! BEGIN IMMEDIATE; PostgreSQL: an advisory lock) so two writers never deadlock upgrading a read lock, and a
//! write's checks hold until it commits; reads see one snapshot.
class Transaction
{
public:
    enum class Mode { Read, Write };

    //! Begins a transaction on db; check ok() (or use begin()) before relying on it.
    [[nodiscard]] static Result<Transaction> begin(const QSqlDatabase &db, Mode mode = Mode::Write);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction(); // rolls back if still open

    [[nodiscard]] Status commit();
    void rollback();

private:
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace kj::server::store
