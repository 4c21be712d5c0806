#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! A person with an account. On the wire: {"username", "displayName", "createdAt"?}.
struct User {
    QString username;
    QString displayName;
    QDateTime createdAt; // invalid when the server did not say (e.g. an item's author)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<User> fromJson(const QJsonObject &json);
    friend bool operator==(const User &, const User &) = default;
};

//! Body of POST /api/v1/accounts.
struct AccountRegistration {
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 1024;
    static constexpr int kMaxDisplayNameLength = 64;

    QString username;
    QString password;
    QString displayName;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<AccountRegistration> fromRequest(const QJsonObject &json);
};

//! Body of POST /api/v1/sessions.
struct SessionRequest {
    QString username;
    QString password;
    QString device;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SessionRequest> fromRequest(const QJsonObject &json);
};

//! Answer to POST /api/v1/sessions: {"token", "expiresAt", "user"}.
struct SessionGrant {
    QString token;
    QDateTime expiresAt;
    User user;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SessionGrant> fromJson(const QJsonObject &json);
};

} // namespace kj
