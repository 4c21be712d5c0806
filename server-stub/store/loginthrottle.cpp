#include "server-stub/store/loginthrottle.h"

#include "server-stub/store/query.h"

#include <algorithm>

namespace kj::server::store {

Result<std::optional<qint64>> LoginThrottle::blockedUntil(const QString &column, const QString &value, int limit,
                                                          qint64 nowMs)
{
    // The limit-th newest failure inside the window decides: while it is inside, the caller waits.
    Query query(m_db, QStringLiteral("SELECT at_ms FROM login_failures WHERE ") + column
                          + QStringLiteral(" = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT 1 OFFSET ?"));
    query.bind(value).bind(nowMs - kWindowMs).bind(limit - 1);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.int64(0) + kWindowMs);
}

Result<std::optional<int>> LoginThrottle::retryAfter(const QString &username, const QString &address,
                                                     const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Result<std::optional<qint64>> account = blockedUntil(QStringLiteral("username"), username, kMaxPerAccount, nowMs);
    if (!account)
        return account.error();
    Result<std::optional<qint64>> peer = blockedUntil(QStringLiteral("address"), address, kMaxPerAddress, nowMs);
    if (!peer)
        return peer.error();
    const qint64 until = std::max(account->value_or(0), peer->value_or(0));
    if (until <= nowMs)
        return std::optional<int>();
    return std::optional<int>(int((until - nowMs + 999) / 1000));
}

Status LoginThrottle::recordFailure(const QString &username, const QString &address, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (Status status = execute(m_db, QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"), {nowMs - kWindowMs});
        !status) {
        return status;
    }
    return execute(m_db, QStringLiteral("INSERT INTO login_failures (username, address, at_ms) VALUES (?, ?, ?)"),
                   {username, address, nowMs});
}

Status LoginThrottle::clearAccount(const QString &username)
{
    return execute(m_db, QStringLiteral("DELETE FROM login_failures WHERE username = ?"), {username});
}

} // namespace kj::server::store
