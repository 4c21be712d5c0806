#include "server-stub/http/warninglimiter.h"

// Per-connection trouble (time-outs, malformed requests) is logged at debug level, off unless asked for.
Q_LOGGING_CATEGORY(lcHttp, "kj.http", QtInfoMsg)

namespace kj::server::http::detail {

void WarningLimiter::warn(const QString &message)
{
    using namespace std::chrono;
    const qint64 now = duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    qint64 start = m_windowStart.load();
    if (now - start >= 60'000 && m_windowStart.compare_exchange_strong(start, now)) {
        m_inWindow = 0;
        if (const int suppressed = m_suppressed.exchange(0); suppressed > 0)
            qCWarning(lcHttp, "%d similar warnings were suppressed in the last minute", suppressed);
    }
    if (m_inWindow.fetch_add(1) < m_perMinute)
        qCWarning(lcHttp).noquote() << message;
    else
        ++m_suppressed;
}

} // namespace kj::server::http::detail
