#include "server-stub/http/httpserver.h"

#include "server-stub/http/asiotypes.h"
#include "server-stub/http/httpsession.h"
#include "server-stub/http/sessioncontext.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include <algorithm>
#include <exception>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace kj::server::http {

using namespace detail;

namespace {

int cores()
{
    return std::max(1, int(std::thread::hardware_concurrency()));
}

int threadCount(int requested, int fallback)
{
    return requested > 0 ? requested : fallback;
}

// One io_context per I/O thread, each run by that thread alone (concurrency hint 1): a connection lives on one of
// them, so its reads, writes and timers never take a lock another I/O thread waits on. With one io_context shared
// by every thread, its scheduler's mutex was where the I/O threads met on each completion (perf on /healthz under
// wrk: 1.3 futex calls a request, most on that mutex).
std::vector<std::unique_ptr<net::io_context>> ioContexts(int count)
{
    std::vector<std::unique_ptr<net::io_context>> contexts;
    for (int i = 0; i < count; ++i)
        contexts.push_back(std::make_unique<net::io_context>(1));
    return contexts;
}

} // namespace

class HttpServer::Impl
{
public:
    Impl(ServerOptions options, Handler handler)
        : m_options(std::move(options)),
          m_context(std::make_shared<SessionContext>(std::move(handler), m_options.planBody, m_options.limits,
                                                     m_options.laneOf)),
          m_threadCount(threadCount(m_options.threads, std::max(2, cores()))),
          m_ios(ioContexts(m_threadCount))
    {
    }

    ~Impl() { stop(); }

    Status start();
    void stop();
    quint16 port() const { return m_port; }

private:
    Result<tcp::endpoint> endpoint();
    Status listen(const tcp::endpoint &endpoint);
    void accept();
    void onAccept(error_code ec, tcp::socket socket);
    void run(net::io_context &io);

    const ServerOptions m_options;
    const std::shared_ptr<SessionContext> m_context;
    const int m_threadCount;
    const std::vector<std::unique_ptr<net::io_context>> m_ios; // one per I/O thread
    // Keep each io_context running while the server does, though no connection may be on it yet.
    std::vector<net::executor_work_guard<net::io_context::executor_type>> m_running;
    std::size_t m_nextIo = 0; // where the next connection goes, round robin; used by the acceptor's handlers only
    tcp::acceptor m_acceptor{net::make_strand(*m_ios.front())};
    net::steady_timer m_acceptRetry{m_acceptor.get_executor()};
    std::vector<std::thread> m_threads;
    std::mutex m_lifecycle;
    std::atomic<quint16> m_port{0};
};

Result<tcp::endpoint> HttpServer::Impl::endpoint()
{
    const std::string host = m_options.address.toStdString();
    error_code ec;
    const net::ip::address address = net::ip::make_address(host, ec);
    if (!ec)
        return tcp::endpoint(address, m_options.port);
    // A host name such as "localhost": take its first address.
    tcp::resolver resolver(*m_ios.front());
    const tcp::resolver::results_type results = resolver.resolve(host, std::to_string(m_options.port), ec);
    if (ec || results.empty()) {
        return fail(ErrorCode::Unavailable, QStringLiteral("cannot resolve the listen address %1: %2")
                                                .arg(m_options.address, QString::fromStdString(ec.message())));
    }
    return results.begin()->endpoint();
}

Status HttpServer::Impl::listen(const tcp::endpoint &endpoint)
{
    error_code ec;
    const auto failed = [&](const char *step) -> Status {
        error_code ignored;
        m_acceptor.close(ignored);
        return fail(ErrorCode::Unavailable, QStringLiteral("cannot listen on %1 port %2 (%3): %4")
                                                .arg(m_options.address)
                                                .arg(m_options.port)
                                                .arg(QLatin1String(step), QString::fromStdString(ec.message())));
    };
    if (m_acceptor.open(endpoint.protocol(), ec); ec)
        return failed("open");
    if (m_acceptor.set_option(net::socket_base::reuse_address(true), ec); ec)
        return failed("reuse address");
    if (m_acceptor.bind(endpoint, ec); ec)
        return failed("bind");
    if (m_acceptor.listen(net::socket_base::max_listen_connections, ec); ec)
        return failed("listen");
    const tcp::endpoint bound = m_acceptor.local_endpoint(ec);
    if (ec)
        return failed("local endpoint");
    m_port = bound.port();
    return {};
}

Status HttpServer::Impl::start()
{
    const std::lock_guard lock(m_lifecycle);
    if (!m_threads.empty())
        return fail(ErrorCode::Internal, QStringLiteral("the HTTP server is running already"));
    const Result<tcp::endpoint> where = endpoint();
    if (!where)
        return where.error();
    if (Status listening = listen(*where); !listening)
        return listening;

    for (const std::unique_ptr<net::io_context> &io : m_ios) {
        io->restart();
        m_running.push_back(net::make_work_guard(*io));
    }
    m_context->registry.reopen();
    // One worker per core: handlers mostly use the CPU (SQLite in its page cache), and each worker costs its own
    // SQLite connection and caches (about 18 MiB in the load test; 4 workers on 2 cores gave no more requests/s and
    // 70 MiB more). The costly pool is smaller still: each of its handlers takes a core and 19 MiB, and leaving
    // cores to the rest keeps them answering.
    m_context->workers.start(threadCount(m_options.workers, std::max(2, cores())),
                             threadCount(m_options.costlyWorkers, std::max(1, cores() / 2)));
    accept();
    m_threads.reserve(std::size_t(m_threadCount));
    for (const std::unique_ptr<net::io_context> &io : m_ios)
        m_threads.emplace_back([this, &io = *io] { run(io); });
    return {};
}

void HttpServer::Impl::stop()
{
    const std::lock_guard lock(m_lifecycle);
    if (m_threads.empty())
        return;
    // Closed before stop() goes on, so that from now on a connection is refused rather than accepted and dropped.
    std::promise<void> notAccepting;
    net::post(m_acceptor.get_executor(), [this, &notAccepting] {
        error_code ignored;
        m_acceptor.close(ignored);
        m_acceptRetry.cancel();
        notAccepting.set_value();
    });
    notAccepting.get_future().wait();
    // Requests begun are answered (a rolling restart or a deploy loses none of them); a client that does not finish
    // its request, or does not take its answer, within the grace is cut off like at any other time-out.
    m_context->registry.drain();
    if (!m_context->registry.waitUntilEmpty(std::chrono::steady_clock::now() + m_options.stopGrace))
        m_context->warnings.warn(QStringLiteral("stopping: %1 connections had not finished within %2 ms; closing them")
                                     .arg(m_context->registry.size())
                                     .arg(m_options.stopGrace.count()));
    m_context->registry.closeAll();
    m_running.clear();
    // With the acceptor and every connection closed the io_contexts run out of work and the threads end;
    // a handler still running counts as work (its session waits to answer it), so the workers are idle then.
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
    m_context->workers.stop();
}

void HttpServer::Impl::run(net::io_context &io)
{
    for (;;) {
        try {
            io.run();
            return;
        } catch (const std::exception &e) {
            m_context->warnings.warn(QStringLiteral("an I/O thread caught: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            m_context->warnings.warn(QStringLiteral("an I/O thread caught an unknown exception"));
        }
    }
}

void HttpServer::Impl::accept()
{
    // Each connection gets a strand of its own on the next I/O thread's io_context: its handlers never run
    // concurrently (the strand also orders what a worker thread posts back), and connections spread over the threads.
    net::io_context &io = *m_ios.at(m_nextIo);
    m_nextIo = (m_nextIo + 1) % m_ios.size();
    m_acceptor.async_accept(net::make_strand(io), beast::bind_front_handler(&Impl::onAccept, this));
}

void HttpServer::Impl::onAccept(error_code ec, tcp::socket socket)
{
    if (!m_acceptor.is_open())
        return;
    if (ec) {
        if (ec == net::error::operation_aborted)
            return;
        // Typically out of file descriptors: pause instead of spinning on the failing accept.
        m_context->warnings.warn(QStringLiteral("accepting a connection failed: %1").arg(QString::fromStdString(ec.message())));
        m_acceptRetry.expires_after(std::chrono::milliseconds(100));
        m_acceptRetry.async_wait([this](error_code waitError) {
            if (!waitError && m_acceptor.is_open())
                accept();
        });
        return;
    }
    std::make_shared<HttpSession>(std::move(socket), m_context)->start();
    accept();
}

HttpServer::HttpServer(ServerOptions options, Handler handler)
    : m_impl(std::make_unique<Impl>(std::move(options), std::move(handler)))
{
}

HttpServer::~HttpServer() = default;

Status HttpServer::start()
{
    return m_impl->start();
}

void HttpServer::stop()
{
    m_impl->stop();
}

quint16 HttpServer::port() const
{
    return m_impl->port();
}

} // namespace kj::server::http
