#pragma once

#include "models/domain/result.h"
#include "server-stub/http/bodysink.h"
#include "server-stub/http/lane.h"
#include "server-stub/http/request.h"
#include "server-stub/http/response.h"

#include <QString>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

namespace kj::server::http {

//! Limits the transport enforces before the application sees a request (design.md section 4).
struct Limits {
    std::size_t headerBytes = 16 * 1024;      // request line + headers; over it: 431
    std::size_t jsonBodyBytes = 1024 * 1024;  // whole bodies handed to the handler; over it: 413
    std::size_t streamedBodyBytes = 8 * 1024 * 1024; // bodies a BodyPlanner streams to a sink (upload chunks); over it: 413
    int streamedBodySeconds = 600;            // a streamed body must arrive within this, with no silence over readTimeoutSeconds
    int readTimeoutSeconds = 30;              // a request (headers and body) must arrive, and an answer be taken, within this
    int idleTimeoutSeconds = 60;              // a keep-alive connection with no request is closed
    std::size_t maxConnections = 10000;       // more simultaneous connections are closed on accept
};

//! The lane a whole request's handler runs in (lane.h); called on an I/O thread, must be thread-safe and quick.
using LaneTest = std::function<Lane(const Request &request)>;

struct ServerOptions {
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080;   // 0: any free port; port() tells which
    int threads = 0;       // I/O threads; 0: one per core, at least 2
    int workers = 0;       // threads the handlers of ordinary requests run on; 0: one per core, at least 2
    int costlyWorkers = 0; // threads for costly requests, the most that run at once; 0: half the cores, at least 1
    Limits limits;
    BodyPlanner planBody;  // empty: every body whole in memory
    LaneTest laneOf;       // empty: every request is Lane::Ordinary
    std::chrono::milliseconds stopGrace{10'000}; // stop(): how long requests begun may take to be answered
};

//! Called for every well-formed request on one of the server's worker threads (or, for a request in Lane::Inline, on
//! the I/O thread that read it); must be thread-safe.
using Handler = std::function<Response(const Request &)>;

//! HTTP/1.1 server on Boost.Beast over Asio: keep-alive, several I/O threads that only read and write while
//! handlers run on worker pools (costly requests on a small one of their own), hardened parser with
//! header and body limits, Expect: 100-continue, and errors of its own (malformed request, limits,
//! time-outs) answered in the wire's JSON error format without reaching the handler.
class HttpServer
{
public:
    HttpServer(ServerOptions options, Handler handler);
    ~HttpServer(); // stops
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    //! Binds and starts the I/O threads; returns at once. Fails if the address cannot be bound.
    [[nodiscard]] Status start();
    //! Stops gracefully: closes the listening socket (new connections are refused) and the connections that wait for
    //! a request, lets the requests begun be read, handled and answered (with Connection: close) for up to
    //! ServerOptions::stopGrace, then closes what is left, waits for the handlers still running and joins the
    //! threads. Returns once all that is done. Safe to call twice; not from a handler.
    void stop();
    //! The bound port (useful with port 0), valid after start().
    [[nodiscard]] quint16 port() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kj::server::http
