#pragma once

#include "models/domain/result.h"

namespace kj::server {
class PasswordHasher;
namespace store {
class Database;
}

//! Adds the demo accounts, friendships, a pending request and diaries from resources/demo/demo.json
//! (embedded as :/kj/demo/demo.json). Idempotent: what exists already is left alone.
[[nodiscard]] Status seedDemo(store::Database &database, const PasswordHasher &passwords);

} // namespace kj::server
