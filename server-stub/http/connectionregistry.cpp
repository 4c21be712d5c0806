#include "server-stub/http/connectionregistry.h"

#include "server-stub/http/httpsession.h"

#include <vector>

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
    const std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
}

void ConnectionRegistry::closeAll()
{
    std::vector<std::shared_ptr<HttpSession>> open;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        open.reserve(m_sessions.size());
        for (const auto &[key, weak] : m_sessions) {
            if (std::shared_ptr<HttpSession> session = weak.lock())
                open.push_back(std::move(session));
        }
    }
    // Outside the lock: dropping the last reference runs ~HttpSession, which calls remove().
    for (const std::shared_ptr<HttpSession> &session : open)
        session->close();
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
