// ObservedRouter: each request counted by the route that answered it, logged as one access line with its id, and
// handled in a RequestScope so that warnings logged meanwhile name it; refusals before the body too.
#include "server-stub/metrics/observedrouter.h"
#include "server-stub/logging/requestscope.h"
#include "server-stub/metrics/servermetrics.h"
#include "tests/server-stub/operations/metricstext.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

using namespace kj;
using namespace kj::server;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTestHandler, "kj.test.handler")

namespace {
struct Logged {
    QString category;
    QtMsgType type;
    QString message;
    QByteArray requestId; // RequestScope::current() when it was logged
};

QMutex g_mutex;
QList<Logged> g_logged;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_mutex);
    g_logged.append({QString::fromLatin1(context.category), type, message, logging::RequestScope::current()});
}

http::Request request(const QByteArray &method, const QString &path, const QByteArray &id)
{
    http::Request request;
    request.method = method;
    request.path = path;
    request.id = id;
    request.remoteAddress = u"127.0.0.1"_s;
    request.receivedAt = std::chrono::steady_clock::now();
    return request;
}

class NullSink : public http::BodySink
{
public:
    Status write(const char *, std::size_t) override { return {}; }
};
} // namespace

class TestObservedRouter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<api::Router> m_router;
    std::unique_ptr<metrics::ServerMetrics> m_metrics;
    std::unique_ptr<metrics::ObservedRouter> m_observed;
    QtMessageHandler m_previous = nullptr;

    QList<Logged> takeLogged()
    {
        const QMutexLocker lock(&g_mutex);
        return std::exchange(g_logged, {});
    }

    QList<Logged> accessLines()
    {
        QList<Logged> lines;
        for (const Logged &logged : takeLogged()) {
            if (logged.category == u"kj.server.access")
                lines.append(logged);
        }
        return lines;
    }

    MetricsText scrape() const { return MetricsText::parse(m_metrics->exposition()); }

private Q_SLOTS:
    void init()
    {
        m_router = std::make_unique<api::Router>([](const http::Request &) { return Result<std::optional<api::Caller>>(std::nullopt); });
        m_metrics = std::make_unique<metrics::ServerMetrics>();
        const metrics::ServerMetrics *metrics = m_metrics.get();
        m_router->add("GET", u"/fine"_s, api::Access::Public, [](const api::Call &) -> api::ApiResult {
            return http::Response{200, "fine", "text/plain", {}};
        });
        m_router->add("GET", u"/boom/{id}"_s, api::Access::Public, [](const api::Call &) -> api::ApiResult {
            qCWarning(lcTestHandler) << "the handler is about to fail";
            return fail(ErrorCode::Internal, u"the store broke"_s);
        });
        m_router->add("GET", u"/inflight"_s, api::Access::Public, [metrics](const api::Call &) -> api::ApiResult {
            return http::Response{200, metrics->exposition(), "text/plain", {}};
        });
        m_router->addStreamed(
            "PATCH", u"/up/{id}"_s, api::Access::Public,
            [](const api::Call &call) -> Result<std::shared_ptr<http::BodySink>> {
                if (call.param(u"id"_s) == u"full")
                    return fail(ErrorCode::PayloadTooLarge, u"no room"_s);
                return std::shared_ptr<http::BodySink>(std::make_shared<NullSink>());
            },
            [](const api::Call &) -> api::ApiResult { return http::Response::noContent(); });
        m_metrics->describeRoutes(m_router->routes());
        m_observed = std::make_unique<metrics::ObservedRouter>(*m_router, *m_metrics);
        takeLogged();
        m_previous = qInstallMessageHandler(capture);
    }

    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        m_observed.reset();
        m_router.reset();
        m_metrics.reset();
    }

    void warningsNameTheRequestTheyWereLoggedFor()
    {
        const http::Response response = m_observed->handle(request("GET", u"/boom/7"_s, "rid-boom"));
        QCOMPARE(response.status, 500);
        const QList<Logged> logged = takeLogged();
        int warnings = 0;
        for (const Logged &line : logged) {
            if (line.type == QtWarningMsg) {
                ++warnings;
                QCOMPARE(line.requestId, QByteArray("rid-boom")); // the handler's and the router's own
            }
        }
        QCOMPARE(warnings, 2);
        QVERIFY(logging::RequestScope::current().isEmpty()); // the scope ended with the request
    }

    void accessLineSaysWhatWasAnswered()
    {
        QCOMPARE(m_observed->handle(request("GET", u"/boom/7"_s, "rid-1")).status, 500);
        QCOMPARE(m_observed->handle(request("GET", u"/nowhere"_s, "rid-2")).status, 404);
        const QList<Logged> lines = accessLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).message.startsWith(u"request_id=rid-1 method=GET route=/boom/{id} path=/boom/7 status=500 "
                                                u"bytes="_s),
                 qPrintable(lines.at(0).message));
        QVERIFY(lines.at(0).message.contains(u" duration_ms="_s));
        QVERIFY(lines.at(0).message.endsWith(u" remote=127.0.0.1"_s));
        QVERIFY2(lines.at(1).message.startsWith(u"request_id=rid-2 method=GET route=- path=/nowhere status=404 "_s),
                 qPrintable(lines.at(1).message));
    }

    void countsByTheRouteThatAnswered()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_observed->handle(request("GET", u"/fine"_s, "a")).status, 200);
        QCOMPARE(m_observed->handle(request("HEAD", u"/fine"_s, "b")).status, 200); // its GET route answers a HEAD
        QCOMPARE(m_observed->handle(request("PUT", u"/fine"_s, "c")).status, 405);
        QCOMPARE(m_observed->handle(request("GET", u"/boom/1"_s, "d")).status, 500);
        QCOMPARE(m_observed->handle(request("GET", u"/boom/2"_s, "e")).status, 500);
        const MetricsText text = scrape();
        QVERIFY2(text.problem.isEmpty(), qPrintable(text.problem));
        QCOMPARE(text.value(u"kongjian_http_requests_total{route=\"/fine\",method=\"GET\",status=\"200\"}"_s), 4.0);
        QCOMPARE(text.value(u"kongjian_http_requests_total{route=\"unmatched\",method=\"any\",status=\"405\"}"_s), 1.0);
        // By pattern: two paths, one series.
        QCOMPARE(text.value(u"kongjian_http_requests_total{route=\"/boom/{id}\",method=\"GET\",status=\"500\"}"_s), 2.0);
        QCOMPARE(text.value(u"kongjian_http_request_duration_seconds_count{route=\"/boom/{id}\",method=\"GET\"}"_s), 2.0);
        QVERIFY(!m_metrics->exposition().contains("/boom/1"));
    }

    // The duration starts when the transport had the head, so time spent queued or reading the body counts.
    void durationStartsWhenTheHeadWasIn()
    {
        http::Request queued = request("GET", u"/fine"_s, "q");
        queued.receivedAt -= 2s;
        QCOMPARE(m_observed->handle(queued).status, 200);
        const MetricsText text = scrape();
        QCOMPARE(text.value(u"kongjian_http_request_duration_seconds_bucket{route=\"/fine\",method=\"GET\",le=\"1\"}"_s), 0.0);
        QCOMPARE(text.value(u"kongjian_http_request_duration_seconds_bucket{route=\"/fine\",method=\"GET\",le=\"+Inf\"}"_s), 1.0);
        QVERIFY(text.value(u"kongjian_http_request_duration_seconds_sum{route=\"/fine\",method=\"GET\"}"_s) >= 2.0);
    }

    void inFlightWhileTheHandlerRuns()
    {
        const http::Response during = m_observed->handle(request("GET", u"/inflight"_s, "f"));
        QCOMPARE(MetricsText::parse(during.body).value(u"kongjian_http_requests_in_flight"_s), 1.0);
        QCOMPARE(scrape().value(u"kongjian_http_requests_in_flight"_s), 0.0);
    }

    void refusalBeforeTheBodyIsCountedAndLogged()
    {
        const http::BodyPlan refused = m_observed->planBody(request("PATCH", u"/up/full"_s, "rid-full"));
        QVERIFY(refused.refusal);
        QCOMPARE(refused.refusal->status, 413);
        const http::BodyPlan streamed = m_observed->planBody(request("PATCH", u"/up/fine"_s, "rid-fine"));
        QVERIFY(!streamed.refusal);
        QVERIFY(streamed.sink);
        http::Request whole = request("PATCH", u"/up/fine"_s, "rid-fine");
        whole.bodySink = streamed.sink;
        whole.streamedBytes = 4096;
        QCOMPARE(m_observed->handle(whole).status, 204);

        const QList<Logged> lines = accessLines();
        QCOMPARE(lines.size(), 2); // the refusal, and the streamed request once answered (not its plan)
        QVERIFY2(lines.at(0).message.startsWith(u"request_id=rid-full method=PATCH route=/up/{id} path=/up/full status=413"_s),
                 qPrintable(lines.at(0).message));
        QVERIFY(lines.at(0).message.endsWith(u" body=unread"_s));
        QVERIFY(lines.at(1).message.startsWith(u"request_id=rid-fine method=PATCH route=/up/{id} path=/up/fine status=204"_s));
        const MetricsText text = scrape();
        QCOMPARE(text.value(u"kongjian_http_requests_total{route=\"/up/{id}\",method=\"PATCH\",status=\"413\"}"_s), 1.0);
        QCOMPARE(text.value(u"kongjian_http_requests_total{route=\"/up/{id}\",method=\"PATCH\",status=\"204\"}"_s), 1.0);
        QCOMPARE(text.value(u"kongjian_upload_bytes_received_total"_s), 4096.0);
    }
};

QTEST_GUILESS_MAIN(TestObservedRouter)
#include "tst_observedrouter.moc"
