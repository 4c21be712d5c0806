#pragma once

#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! Signed-in sessions, keyed by the SHA-256 of the bearer token (the token itself is never stored).
class SessionRepository
{
public:
    explicit SessionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Status create(const QByteArray &tokenHash, qint64 userId, const QString &device,
                                const QDateTime &now, const QDateTime &expiresAt);
    //! The user of an unexpired session, or nullopt.
    [[nodiscard]] Result<std::optional<UserRecord>> findUser(const QByteArray &tokenHash, const QDateTime &now);
    //! Ends a session; a no-op if it does not exist.
    [[nodiscard]] Status revoke(const QByteArray &tokenHash);
    //! Drops sessions that expired before now.
    [[nodiscard]] Status purgeExpired(const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
