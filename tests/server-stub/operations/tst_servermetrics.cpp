// ServerMetrics on its own: what each recording adds to the exposition, the histogram's buckets, the bounded status
// slots, concurrent recording, and the text format.
#include "server-stub/metrics/servermetrics.h"
#include "tests/server-stub/operations/metricstext.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace kj::server;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
const QString kHealth = u"route=\"/healthz\",method=\"GET\""_s;
const QString kChanges = u"route=\"/api/v1/changes\",method=\"GET\""_s;
const QString kPatch = u"route=\"/api/v1/uploads/{uploadId}\",method=\"PATCH\""_s;

QString requests(const QString &labels, const QString &status)
{
    return u"kongjian_http_requests_total{"_s + labels + u",status=\""_s + status + u"\"}"_s;
}

QString bucket(const QString &labels, const QString &le)
{
    return u"kongjian_http_request_duration_seconds_bucket{"_s + labels + u",le=\""_s + le + u"\"}"_s;
}
} // namespace

class TestServerMetrics : public QObject
{
    Q_OBJECT

private:
    static void describe(metrics::ServerMetrics &metrics)
    {
        metrics.describeRoutes({{"GET", u"/healthz"_s}, {"GET", u"/api/v1/changes"_s},
                                {"PATCH", u"/api/v1/uploads/{uploadId}"_s}});
    }

    static MetricsText scrape(const metrics::ServerMetrics &metrics)
    {
        MetricsText text = MetricsText::parse(metrics.exposition());
        if (!text.problem.isEmpty())
            qWarning().noquote() << text.problem;
        return text;
    }

private Q_SLOTS:
    void countsByRouteAndStatus()
    {
        metrics::ServerMetrics metrics;
        describe(metrics);
        metrics.requestAnswered(0, 200, 1ms);
        metrics.requestAnswered(0, 200, 1ms);
        metrics.requestAnswered(0, 503, 1ms);
        metrics.requestAnswered(1, 401, 1ms);
        metrics.requestAnswered(-1, 404, 1ms);
        metrics.requestAnswered(7, 405, 1ms); // an index past the table is no route either
        metrics.requestRefused(2, 413);
        const MetricsText text = scrape(metrics);
        QVERIFY2(text.problem.isEmpty(), qPrintable(text.problem));
        QCOMPARE(text.value(requests(kHealth, u"200"_s)), 2.0);
        QCOMPARE(text.value(requests(kHealth, u"503"_s)), 1.0);
        QCOMPARE(text.value(requests(kChanges, u"401"_s)), 1.0);
        QCOMPARE(text.value(requests(u"route=\"unmatched\",method=\"any\""_s, u"404"_s)), 1.0);
        QCOMPARE(text.value(requests(u"route=\"unmatched\",method=\"any\""_s, u"405"_s)), 1.0);
        QCOMPARE(text.value(requests(kPatch, u"413"_s)), 1.0);
        // Refused before its handler: counted, not timed.
        QVERIFY(!text.samples.contains(u"kongjian_http_request_duration_seconds_count{"_s + kPatch + u"}"_s));
        QCOMPARE(text.value(u"kongjian_sync_pulls_total"_s), 0.0); // a 401 pull is none
        metrics.requestAnswered(1, 200, 1ms);
        QCOMPARE(scrape(metrics).value(u"kongjian_sync_pulls_total"_s), 1.0);
    }

    void histogramBucketsAreCumulative()
    {
        metrics::ServerMetrics metrics;
        describe(metrics);
        metrics.requestAnswered(0, 200, 500us);
        metrics.requestAnswered(0, 200, 1ms); // on a bound: in that bucket (le is "less or equal")
        metrics.requestAnswered(0, 200, 30ms);
        metrics.requestAnswered(0, 200, 11s);
        const MetricsText text = scrape(metrics);
        QVERIFY2(text.problem.isEmpty(), qPrintable(text.problem));
        QCOMPARE(text.value(bucket(kHealth, u"0.001"_s)), 2.0);
        QCOMPARE(text.value(bucket(kHealth, u"0.025"_s)), 2.0);
        QCOMPARE(text.value(bucket(kHealth, u"0.05"_s)), 3.0);
        QCOMPARE(text.value(bucket(kHealth, u"10"_s)), 3.0);
        QCOMPARE(text.value(bucket(kHealth, u"+Inf"_s)), 4.0);
        QCOMPARE(text.value(u"kongjian_http_request_duration_seconds_count{"_s + kHealth + u"}"_s), 4.0);
        QCOMPARE(text.value(u"kongjian_http_request_duration_seconds_sum{"_s + kHealth + u"}"_s), 11.0315);
        // Every bound is written, in order.
        double previous = 0;
        for (const double bound : metrics::ServerMetrics::kBucketSeconds) {
            const QString sample = bucket(kHealth, QString::number(bound, 'g', 6));
            QVERIFY2(text.samples.contains(sample), qPrintable(sample));
            QVERIFY(text.value(sample) >= previous);
            previous = text.value(sample);
        }
    }

    void gaugesAndCounters()
    {
        metrics::ServerMetrics metrics;
        describe(metrics);
        metrics.requestStarted();
        metrics.requestStarted();
        metrics.requestEnded();
        metrics.uploadBytesReceived(1000);
        metrics.uploadBytesReceived(24);
        metrics.uploadCompleted();
        const MetricsText text = scrape(metrics);
        QCOMPARE(text.value(u"kongjian_http_requests_in_flight"_s), 1.0);
        QCOMPARE(text.value(u"kongjian_upload_bytes_received_total"_s), 1024.0);
        QCOMPARE(text.value(u"kongjian_uploads_completed_total"_s), 1.0);
        const double started = text.value(u"kongjian_server_start_time_seconds"_s);
        QVERIFY(started > 1.7e9 && started <= double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 + 1);
        QCOMPARE(text.value(u"kongjian_build_info{version=\"" KJ_VERSION "\"}"_s), 1.0);
    }

    // A route answering more distinct statuses than it has slots counts the rest as "other", never loses one.
    void statusesBeyondTheSlotsAreCountedAsOther()
    {
        metrics::ServerMetrics metrics;
        describe(metrics);
        int answered = 0;
        for (int status = 200; status < 240; ++status, ++answered)
            metrics.requestAnswered(0, status, 1ms);
        const MetricsText text = scrape(metrics);
        double total = 0;
        int distinct = 0;
        for (auto it = text.samples.cbegin(); it != text.samples.cend(); ++it) {
            if (it.key().startsWith(u"kongjian_http_requests_total{"_s + kHealth)) {
                total += it.value();
                ++distinct;
            }
        }
        QCOMPARE(total, double(answered));
        QVERIFY(text.value(requests(kHealth, u"other"_s)) > 0);
        QVERIFY(distinct < answered); // bounded
    }

    void concurrentRecordingLosesNothing()
    {
        metrics::ServerMetrics metrics;
        describe(metrics);
        constexpr int kThreads = 4;
        constexpr int kEach = 20000;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&metrics, t] {
                for (int i = 0; i < kEach; ++i)
                    metrics.requestAnswered(i % 3, 200 + (i + t) % 5, 2ms);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        const MetricsText text = scrape(metrics);
        double total = 0;
        for (auto it = text.samples.cbegin(); it != text.samples.cend(); ++it) {
            if (it.key().startsWith(u"kongjian_http_requests_total{"_s))
                total += it.value();
        }
        QCOMPARE(total, double(kThreads * kEach));
        QCOMPARE(text.value(requests(kHealth, u"other"_s)), 0.0); // five statuses: each took one slot only
    }

    void labelValuesAreEscaped()
    {
        metrics::ServerMetrics metrics;
        metrics.describeRoutes({{"GET", u"/odd/\"quoted\"/back\\slash"_s}});
        metrics.requestAnswered(0, 200, 1ms);
        const QByteArray text = metrics.exposition();
        QVERIFY(text.contains("route=\"/odd/\\\"quoted\\\"/back\\\\slash\""));
        QVERIFY2(MetricsText::parse(text).problem.isEmpty(), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
