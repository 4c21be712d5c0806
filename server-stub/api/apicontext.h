#pragma once

#include <QSqlDatabase>

namespace kj::server {
class PasswordHasher;
namespace store {
class Database;
}
} // namespace kj::server

namespace kj::server::api {

//! What the handlers share: the store and the password hasher. Owned by Server; passed in, never global.
struct ApiContext {
    store::Database *database = nullptr;
    const PasswordHasher *passwords = nullptr;

    //! The calling thread's store connection.
    [[nodiscard]] QSqlDatabase db() const;
};

} // namespace kj::server::api
