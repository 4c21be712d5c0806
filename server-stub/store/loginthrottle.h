#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! Counts failed sign-ins in the store (so the limit holds across processes): after kMaxPerAccount
//! failures for one username, or kMaxPerAddress from one address, within kWindowMs, further
//! attempts are refused without checking the password until the oldest failure leaves the window.
class LoginThrottle
{
public:
    static constexpr int kMaxPerAccount = 5;
    static constexpr int kMaxPerAddress = 50;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;

    explicit LoginThrottle(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Seconds to wait before the next attempt, or nullopt if an attempt may go ahead now.
    [[nodiscard]] Result<std::optional<int>> retryAfter(const QString &username, const QString &address,
                                                        const QDateTime &now);
    //! Records one failure (and forgets failures that left the window).
    [[nodiscard]] Status recordFailure(const QString &username, const QString &address, const QDateTime &now);
    //! Forgets the failures of an account after a successful sign-in.
    [[nodiscard]] Status clearAccount(const QString &username);

private:
    Result<std::optional<qint64>> blockedUntil(const QString &column, const QString &value, int limit, qint64 nowMs);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
