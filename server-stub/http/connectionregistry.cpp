#include "server-stub/http/connectionregistry.h"

#include "server-stub/http/httpsession.h"

namespace kj::server::http::detail {

ConnectionRegistry::Admission ConnectionRegistry::admit(const std::shared_ptr<HttpSession> &session)
{
    const std::lock_guard lock(m_mutex);
    if (m_stopping)
        return Admission::Stopping;
    if (m_sessions.size() >= m_maxConnections)
        return Admission::Full;
    m_sessions.emplace(session.get(), session);
    return Admission::Admitted;
}

void ConnectionRegistry::remove(const HttpSession *session)
{
    {
        const std::lock_guard lock(m_mutex);
        m_sessions.erase(session);
    }
    m_removed.notify_all();
}

std::vector<std::shared_ptr<HttpSession>> ConnectionRegistry::stopAdmitting()
{
    std::vector<std::shared_ptr<HttpSession>> open;
    const std::lock_guard lock(m_mutex);
    m_stopping = true;
    open.reserve(m_sessions.size());
    for (const auto &[key, weak] : m_sessions) {
        if (std::shared_ptr<HttpSession> session = weak.lock())
            open.push_back(std::move(session));
    }
    return open;
}

// In both: the sessions are asked outside the lock, since dropping the last reference runs ~HttpSession, which
// calls remove().
void ConnectionRegistry::drain()
{
    for (const std::shared_ptr<HttpSession> &session : stopAdmitting())
        session->closeIfIdle();
}

void ConnectionRegistry::closeAll()
{
    for (const std::shared_ptr<HttpSession> &session : stopAdmitting())
        session->close();
}

bool ConnectionRegistry::waitUntilEmpty(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    return m_removed.wait_until(lock, deadline, [this] { return m_sessions.empty(); });
}

void ConnectionRegistry::reopen()
{
    const std::lock_guard lock(m_mutex);
    m_stopping = false;
}

bool ConnectionRegistry::stopping() const
{
    return m_stopping;
}

std::size_t ConnectionRegistry::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

} // namespace kj::server::http::detail
