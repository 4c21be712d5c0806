#include "server-stub/store/sessionrepository.h"

#include "server-stub/store/query.h"
#include "server-stub/store/userrepository.h"

namespace kj::server::store {

Status SessionRepository::create(const QByteArray &tokenHash, qint64 userId, const QString &device,
                                 const QDateTime &now, const QDateTime &expiresAt)
{
    return execute(m_db,
                   QStringLiteral("INSERT INTO sessions (token_hash, user_id, device, created_ms, expires_ms) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {QString::fromLatin1(tokenHash), userId, textValue(device), now.toMSecsSinceEpoch(), expiresAt.toMSecsSinceEpoch()});
}

Result<std::optional<UserRecord>> SessionRepository::findUser(const QByteArray &tokenHash, const QDateTime &now)
{
    return UserRepository(m_db).findBySession(tokenHash, now);
}

Status SessionRepository::revoke(const QByteArray &tokenHash)
{
    return execute(m_db, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {QString::fromLatin1(tokenHash)});
}

Status SessionRepository::purgeExpired(const QDateTime &now)
{
    return execute(m_db, QStringLiteral("DELETE FROM sessions WHERE expires_ms <= ?"), {now.toMSecsSinceEpoch()});
}

} // namespace kj::server::store
