#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <atomic>

namespace kj::server::http {

//! Gives every request an id for its X-Request-Id answer header and its log lines: the one the client (or a proxy in
//! front) sent, when it is sane, otherwise a new one. New ids are 32 lower-case hex digits: 64 random bits chosen once
//! per server, so the ids of several processes behind one balancer do not collide, then a counter. Thread-safe.
class RequestIds
{
public:
    static constexpr qsizetype kMaxLength = 128;

    RequestIds();

    //! `offered` if isAcceptable(offered), otherwise a new id.
    [[nodiscard]] QByteArray take(const QByteArray &offered);
    //! 1 to kMaxLength visible ASCII characters (0x21..0x7e) other than '"' and '\\': nothing a header, a log line or
    //! a terminal could misread.
    [[nodiscard]] static bool isAcceptable(const QByteArray &id);

private:
    const quint64 m_prefix;
    std::atomic<quint64> m_next{0};
};

} // namespace kj::server::http
