#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace kj::server::http::detail {

class HttpSession;

//! The server's open connections: admits new ones up to a cap, and when the server stops, closes the idle ones,
//! waits for the others to finish their requests, and closes what is left. Thread-safe; sessions add and remove
//! themselves from their own strands.
class ConnectionRegistry
{
public:
    enum class Admission { Admitted, Full, Stopping };

    explicit ConnectionRegistry(std::size_t maxConnections) : m_maxConnections(maxConnections) {}

    [[nodiscard]] Admission admit(const std::shared_ptr<HttpSession> &session);
    void remove(const HttpSession *session);
    //! From now on refuses new connections; closes the open ones that wait for a request, and lets the others close
    //! once their request is answered (HttpSession::closeIfIdle).
    void drain();
    //! Waits until no connection is open, or until `deadline`; true if none is.
    [[nodiscard]] bool waitUntilEmpty(std::chrono::steady_clock::time_point deadline);
    //! From now on refuses new connections; asks every open one to close.
    void closeAll();
    //! Accepts connections again (after closeAll, when the server starts anew).
    void reopen();
    [[nodiscard]] bool stopping() const;
    [[nodiscard]] std::size_t size() const;

private:
    //! Every open session, held, under the lock; sets m_stopping first.
    std::vector<std::shared_ptr<HttpSession>> stopAdmitting();

    mutable std::mutex m_mutex;
    std::condition_variable m_removed;
    std::unordered_map<const HttpSession *, std::weak_ptr<HttpSession>> m_sessions;
    const std::size_t m_maxConnections;
    std::atomic<bool> m_stopping{false}; // read on every request without the lock
};

} // namespace kj::server::http::detail
