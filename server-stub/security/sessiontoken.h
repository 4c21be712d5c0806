#pragma once

#include <QByteArray>

namespace kj::server {

//! Bearer tokens: 256 random bits, base64url without padding; the store keeps only their SHA-256.
struct SessionToken {
    static constexpr qint64 kLifetimeDays = 30;

    //! A new random token, e.g. "q3Jx...": 43 characters.
    [[nodiscard]] static QByteArray generate();
    //! The hex SHA-256 of a token, the form in which it is stored and looked up.
    [[nodiscard]] static QByteArray hash(const QByteArray &token);
};

} // namespace kj::server
