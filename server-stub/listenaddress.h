#pragma once

#include <QString>
#include <optional>

namespace kj::server {

//! A --listen value: host (IPv4, IPv6 without brackets, or a name) and port.
struct ListenAddress {
    QString host;
    quint16 port = 0;
};

//! Parses "HOST:PORT" or "[IPv6]:PORT"; nullopt if it is not one.
[[nodiscard]] std::optional<ListenAddress> parseListenAddress(const QString &text);
//! Whether host only reaches this machine (127.0.0.0/8, ::1, "localhost").
[[nodiscard]] bool isLoopback(const QString &host);

} // namespace kj::server
