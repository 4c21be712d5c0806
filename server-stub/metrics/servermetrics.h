#pragma once

#include "server-stub/api/router.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <atomic>
#include <chrono>
#include <memory>

namespace kj::server::metrics {

//! The server's counters, served by GET /metrics in Prometheus' text format 0.0.4: requests by route pattern (never the
//! path: label values stay bounded), method and status, a latency histogram by route, requests in flight, uploads and
//! sync pulls. Recording costs a few relaxed atomic additions in a table fixed when the routes are described, so
//! every request may record without a lock; each counter counts since this object was made.
class ServerMetrics
{
public:
    //! Upper bounds of the latency histogram's buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 13> kBucketSeconds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                              0.25,  0.5,    1.0,   2.5,  5.0,   10.0};

    ServerMetrics();
    ~ServerMetrics();
    ServerMetrics(const ServerMetrics &) = delete;
    ServerMetrics &operator=(const ServerMetrics &) = delete;

    //! The router's table (Router::routes()), whose indices record() takes. Once, before anything is recorded.
    void describeRoutes(const QList<api::RouteInfo> &routes);

    //! A request's handler begins / ends (the in-flight gauge).
    void requestStarted();
    void requestEnded();
    //! A request was answered: `route` is the index Router::dispatch() gave (-1: none matched), `duration` from the
    //! request's head being in to the answer being ready.
    void requestAnswered(int route, int status, std::chrono::nanoseconds duration);
    //! A request refused before its handler (a streamed body refused once its head was in): counted, not timed.
    void requestRefused(int route, int status);
    //! Upload chunks: bytes received whole, and uploads that completed (checked and stored as media).
    void uploadBytesReceived(quint64 bytes);
    void uploadCompleted();

    //! Everything in Prometheus' text exposition format 0.0.4.
    [[nodiscard]] QByteArray exposition() const;
    //! Its Content-Type.
    static constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    struct Series;
    [[nodiscard]] Series *seriesOf(int route) const;
    static void count(Series &series, int status);

    QList<api::RouteInfo> m_routes;
    std::unique_ptr<Series[]> m_series; // one per route, then one for requests no route matched
    int m_changesRoute = -1;            // GET /api/v1/changes: a sync pull
    std::atomic<qint64> m_inFlight{0};
    std::atomic<quint64> m_uploadBytes{0};
    std::atomic<quint64> m_uploadsCompleted{0};
    std::atomic<quint64> m_syncPulls{0};
    const qint64 m_startedAtMs;
};

} // namespace kj::server::metrics
