#pragma once

#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace kj::server::http::detail {

//! Lets through a few transport warnings a minute and counts the rest, so a flood of bad clients or a
//! handler failing on every request cannot flood the log.
class WarningLimiter
{
public:
    explicit WarningLimiter(int perMinute = 10) : m_perMinute(perMinute) {}

    //! Logs `message` with qCWarning if this minute's budget allows, otherwise counts it.
    void warn(const QString &message);

private:
    const int m_perMinute;
    std::atomic<qint64> m_windowStart{0}; // steady clock, milliseconds
    std::atomic<int> m_inWindow{0};
    std::atomic<int> m_suppressed{0};
};

} // namespace kj::server::http::detail
