#pragma once

#include "server-stub/serveroptions.h"

#include <QStringList>

namespace kj::server {

//! What `kongjian-server --check-config` found: one line per setting as it will be used, and the problems that
//! would keep the server from starting (none: the configuration is good).
struct ConfigCheck {
    QStringList findings;
    QStringList problems;
};

//! Checks options without serving: the listen address, that the data directory is (or can be made) writable, and
//! that the store is reachable with a schema this server can use. Changes nothing stored.
[[nodiscard]] ConfigCheck checkConfiguration(const ServerOptions &options);

} // namespace kj::server
