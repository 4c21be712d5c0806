#pragma once

#include "server-stub/http/lane.h"

#include <boost/asio/thread_pool.hpp>

#include <optional>

namespace kj::server::http::detail {

//! The threads the application's handlers run on, so that the I/O threads only read and write: an
//! ordinary pool, and a small one for costly requests (password hashing: tens of milliseconds of CPU
//! and 19 MiB each) whose size bounds how many run at once, and behind which no ordinary request waits.
//! Not started (tests and fuzzing that drive one session by hand), pool() is null and handlers run inline.
class WorkerPools
{
public:
    WorkerPools() = default;
    ~WorkerPools(); // stops
    WorkerPools(const WorkerPools &) = delete;
    WorkerPools &operator=(const WorkerPools &) = delete;

    //! Starts the threads. Not while the I/O threads run: pool() is read from them without a lock.
    void start(int ordinaryThreads, int costlyThreads);
    //! Runs what was posted to the end, then joins the threads. Safe to call twice; not while the I/O threads run.
    void stop();
    //! The pool for `lane`, null for Lane::Inline and when not started.
    [[nodiscard]] boost::asio::thread_pool *pool(Lane lane);

private:
    std::optional<boost::asio::thread_pool> m_ordinary;
    std::optional<boost::asio::thread_pool> m_costly;
};

} // namespace kj::server::http::detail
