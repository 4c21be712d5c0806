#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace kj::server::http::detail {

class HttpSession;

//! The server's open connections: admits new ones up to a cap, and closes them all when the
//! server stops. Thread-safe; sessions add and remove themselves from their own strands.
class ConnectionRegistry
{
public:
    enum class Admission { Admitted, Full, Stopping };

    explicit ConnectionRegistry(std::size_t maxConnections) : m_maxConnections(maxConnections) {}

    [[nodiscard]] Admission admit(const std::shared_ptr<HttpSession> &session);
    void remove(const HttpSession *session);
    //! From now on refuses new connections; asks every open one to close.
    void closeAll();
    //! Accepts connections again (after closeAll, when the server starts anew).
    void reopen();
    [[nodiscard]] bool stopping() const;
    [[nodiscard]] std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_map<const HttpSession *, std::weak_ptr<HttpSession>> m_sessions;
    const std::size_t m_maxConnections;
    std::atomic<bool> m_stopping{false}; // read on every request without the lock
};

} // namespace kj::server::http::detail
