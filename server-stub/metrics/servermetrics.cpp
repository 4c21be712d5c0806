#include "server-stub/metrics/servermetrics.h"

#include <QDateTime>

namespace kj::server::metrics {

namespace {
constexpr int kStatusSlots = 16; // more statuses than any route answers; the rest counted as "other"

// The buckets' bounds in whole nanoseconds, so a duration on a bound falls in that bucket ("le": less or equal).
constexpr std::array<quint64, ServerMetrics::kBucketSeconds.size()> bucketNanoseconds()
{
    std::array<quint64, ServerMetrics::kBucketSeconds.size()> bounds{};
    for (std::size_t i = 0; i < bounds.size(); ++i)
        bounds[i] = quint64(ServerMetrics::kBucketSeconds[i] * 1e9 + 0.5);
    return bounds;
}
constexpr std::array<quint64, ServerMetrics::kBucketSeconds.size()> kBucketNs = bucketNanoseconds();

using std::chrono::nanoseconds;

// A label value as the format wants it: backslash, double quote and line feed escaped.
void appendLabelValue(QByteArray &out, QByteArrayView value)
{
    for (const char c : value) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '"')
            out.append("\\\"");
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
}

void appendHeader(QByteArray &out, const char *name, const char *type, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

QByteArray seconds(quint64 ns)
{
    return QByteArray::number(double(ns) / 1e9, 'g', 12);
}
} // namespace

struct ServerMetrics::Series {
    struct StatusCount {
        std::atomic<int> status{0}; // 0: slot free
        std::atomic<quint64> count{0};
    };
    std::array<StatusCount, kStatusSlots> statuses{};
    std::atomic<quint64> otherStatuses{0};
    std::array<std::atomic<quint64>, kBucketSeconds.size() + 1> buckets{}; // not cumulative; the last is +Inf
    std::atomic<quint64> sumNs{0};
};

ServerMetrics::ServerMetrics()
    : m_series(std::make_unique<Series[]>(1)), m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
{
}

ServerMetrics::~ServerMetrics() = default;

void ServerMetrics::describeRoutes(const QList<api::RouteInfo> &routes)
{
    m_routes = routes;
    m_series = std::make_unique<Series[]>(std::size_t(routes.size()) + 1);
    m_changesRoute = int(routes.indexOf(api::RouteInfo{"GET", QStringLiteral("/api/v1/changes")}));
}

ServerMetrics::Series *ServerMetrics::seriesOf(int route) const
{
    return &m_series[std::size_t(route >= 0 && route < m_routes.size() ? route : m_routes.size())];
}

void ServerMetrics::count(Series &series, int status)
{
    for (Series::StatusCount &slot : series.statuses) {
        int held = slot.status.load(std::memory_order_acquire);
        if (held == 0 && slot.status.compare_exchange_strong(held, status, std::memory_order_acq_rel))
            held = status;
        if (held == status) {
            slot.count.fetch_add(1, std::memory_order_relaxed);
            return;
        }
    }
    series.otherStatuses.fetch_add(1, std::memory_order_relaxed);
}

void ServerMetrics::requestStarted()
{
    m_inFlight.fetch_add(1, std::memory_order_relaxed);
}

void ServerMetrics::requestEnded()
{
    m_inFlight.fetch_sub(1, std::memory_order_relaxed);
}

void ServerMetrics::requestAnswered(int route, int status, std::chrono::nanoseconds duration)
{
    Series &series = *seriesOf(route);
    count(series, status);
    const quint64 ns = quint64(std::max<qint64>(0, duration.count()));
    std::size_t bucket = 0;
    while (bucket < kBucketNs.size() && ns > kBucketNs[bucket])
        ++bucket;
    series.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    series.sumNs.fetch_add(ns, std::memory_order_relaxed);
    if (route == m_changesRoute && status == 200)
        m_syncPulls.fetch_add(1, std::memory_order_relaxed);
}

void ServerMetrics::requestRefused(int route, int status)
{
    count(*seriesOf(route), status);
}

void ServerMetrics::uploadBytesReceived(quint64 bytes)
{
    m_uploadBytes.fetch_add(bytes, std::memory_order_relaxed);
}

void ServerMetrics::uploadCompleted()
{
    m_uploadsCompleted.fetch_add(1, std::memory_order_relaxed);
}

QByteArray ServerMetrics::exposition() const
{
    QByteArray out;
    out.reserve(16 * 1024);
    // The labels of series i: route and method; requests no route matched are route="unmatched", method="any".
    const auto labels = [this](QByteArray &line, qsizetype i) {
        line.append("route=\"");
        if (i < m_routes.size())
            appendLabelValue(line, m_routes.at(i).pattern.toUtf8());
        else
            line.append("unmatched");
        line.append("\",method=\"");
        line.append(i < m_routes.size() ? QByteArrayView(m_routes.at(i).method) : QByteArrayView("any"));
        line.append('"');
    };

    appendHeader(out, "kongjian_http_requests_total", "counter",
                 "Requests answered by the application, by route pattern, method and status.");
    for (qsizetype i = 0; i <= m_routes.size(); ++i) {
        const Series &series = m_series[std::size_t(i)];
        for (const Series::StatusCount &slot : series.statuses) {
            const int status = slot.status.load(std::memory_order_acquire);
            const quint64 count = slot.count.load(std::memory_order_relaxed);
            if (status == 0 || count == 0)
                continue;
            out.append("kongjian_http_requests_total{");
            labels(out, i);
            out.append(",status=\"").append(QByteArray::number(status)).append("\"} ");
            out.append(QByteArray::number(count)).append('\n');
        }
        if (const quint64 other = series.otherStatuses.load(std::memory_order_relaxed); other > 0) {
            out.append("kongjian_http_requests_total{");
            labels(out, i);
            out.append(",status=\"other\"} ").append(QByteArray::number(other)).append('\n');
        }
    }

    appendHeader(out, "kongjian_http_request_duration_seconds", "histogram",
                 "Time from a request's head being read to its answer being ready (body, queue and handler), by route.");
    for (qsizetype i = 0; i <= m_routes.size(); ++i) {
        const Series &series = m_series[std::size_t(i)];
        std::array<quint64, kBucketSeconds.size() + 1> buckets{};
        quint64 total = 0;
        for (std::size_t b = 0; b < buckets.size(); ++b)
            total += (buckets[b] = series.buckets[b].load(std::memory_order_relaxed));
        if (total == 0)
            continue;
        quint64 cumulative = 0;
        for (std::size_t b = 0; b < buckets.size(); ++b) {
            cumulative += buckets[b];
            out.append("kongjian_http_request_duration_seconds_bucket{");
            labels(out, i);
            out.append(",le=\"")
                .append(b < kBucketSeconds.size() ? QByteArray::number(kBucketSeconds[b], 'g', 6) : QByteArray("+Inf"))
                .append("\"} ")
                .append(QByteArray::number(cumulative))
                .append('\n');
        }
        out.append("kongjian_http_request_duration_seconds_sum{");
        labels(out, i);
        out.append("} ").append(seconds(series.sumNs.load(std::memory_order_relaxed))).append('\n');
        out.append("kongjian_http_request_duration_seconds_count{");
        labels(out, i);
        out.append("} ").append(QByteArray::number(total)).append('\n');
    }

    const auto single = [&out](const char *name, const char *type, const char *help, const QByteArray &value) {
        appendHeader(out, name, type, help);
        out.append(name).append(' ').append(value).append('\n');
    };
    single("kongjian_http_requests_in_flight", "gauge", "Requests whose handler runs now.",
           QByteArray::number(m_inFlight.load(std::memory_order_relaxed)));
    single("kongjian_upload_bytes_received_total", "counter", "Bytes of upload chunks received whole.",
           QByteArray::number(m_uploadBytes.load(std::memory_order_relaxed)));
    single("kongjian_uploads_completed_total", "counter", "Uploads completed: checked and stored as media.",
           QByteArray::number(m_uploadsCompleted.load(std::memory_order_relaxed)));
    single("kongjian_sync_pulls_total", "counter", "Sync pulls answered (GET /api/v1/changes with 200).",
           QByteArray::number(m_syncPulls.load(std::memory_order_relaxed)));
    single("kongjian_server_start_time_seconds", "gauge", "When this server started, in seconds since the Unix epoch.",
           QByteArray::number(double(m_startedAtMs) / 1000.0, 'f', 3));
    appendHeader(out, "kongjian_build_info", "gauge", "The server's version, as a label; always 1.");
    out.append("kongjian_build_info{version=\"" KJ_VERSION "\"} 1\n");
    return out;
}

} // namespace kj::server::metrics
