#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>
#include <mutex>
#include <optional>

namespace kj::server {

//! Argon2id password hashing through libsodium (design.md section 4: m = 19 MiB, t = 2, p = 1).
//! verifyOrDummy() costs the same whether or not the account exists, so timing does not tell. Each call takes
//! 19 MiB and tens of milliseconds of a core: routes that call it are added as Cost::Costly, so the server runs
//! them on its small pool for those, which bounds how many run at once.
class PasswordHasher
{
public:
    static constexpr unsigned long long kOpsLimit = 2;
    static constexpr std::size_t kMemLimit = 19 * 1024 * 1024;

    PasswordHasher(); // initialises libsodium (once per process; safe to call again)

    //! The encoded hash, e.g. "$argon2id$v=19$m=19456,t=2,p=1$...".
    [[nodiscard]] Result<QString> hash(const QString &password) const;
    [[nodiscard]] bool verify(const QString &password, const QString &encodedHash) const;
    //! Verifies against encodedHash, or against a fixed dummy hash when there is no account, so both cost
    //! the same; false in the latter case.
    [[nodiscard]] bool verifyOrDummy(const QString &password, const std::optional<QString> &encodedHash) const;

private:
    mutable std::once_flag m_dummyOnce;
    mutable QString m_dummyHash;
};

} // namespace kj::server
