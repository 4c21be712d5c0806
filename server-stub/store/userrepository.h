#pragma once

#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! Accounts: username, display name, password hash and the space summary.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Creates an account; UsernameTaken if the name exists. Call inside a write transaction.
    [[nodiscard]] Result<UserRecord> create(const QString &username, const QString &displayName,
                                            const QString &passwordHash, const QDateTime &now);
    [[nodiscard]] Result<std::optional<UserRecord>> findByUsername(const QString &username);
    [[nodiscard]] Result<std::optional<UserRecord>> findById(qint64 id);
    //! The account of a live session (one statement: every signed-in request asks it).
    [[nodiscard]] Result<std::optional<UserRecord>> findBySession(const QByteArray &tokenHash, const QDateTime &now);
    [[nodiscard]] Status setSpace(qint64 id, const SpaceSummary &space);

private:
    Result<std::optional<UserRecord>> findWhere(const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
