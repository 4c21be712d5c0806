#include "server-stub/http/workerpools.h"

namespace kj::server::http::detail {

WorkerPools::~WorkerPools()
{
    stop();
}

void WorkerPools::start(int ordinaryThreads, int costlyThreads)
{
    stop();
    m_ordinary.emplace(std::size_t(ordinaryThreads));
    m_costly.emplace(std::size_t(costlyThreads));
}

void WorkerPools::stop()
{
    // join() without stop() first: whatever is queued still runs, so no session waits for an answer forever.
    for (std::optional<boost::asio::thread_pool> *pool : {&m_ordinary, &m_costly}) {
        if (*pool) {
            (*pool)->join();
            pool->reset();
        }
    }
}

boost::asio::thread_pool *WorkerPools::pool(Lane lane)
{
    if (lane == Lane::Inline)
        return nullptr;
    std::optional<boost::asio::thread_pool> &pool = lane == Lane::Costly ? m_costly : m_ordinary;
    return pool ? &*pool : nullptr;
}

} // namespace kj::server::http::detail
