// The server's log line as a whole (logging/logline.h): time, level, logger, the request id of the request handled on
// the thread (RequestScope), then the message; and the access log's fields (logging/accesslog.h).
#include "server-stub/logging/accesslog.h"
#include "server-stub/logging/logline.h"
#include "server-stub/logging/requestscope.h"

#include <QTimeZone>
#include <QtTest>

#include <thread>

using namespace kj::server::logging;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kAt = QDateTime(QDate(2026, 11, 28), QTime(1, 2, 3, 45), QTimeZone::utc());
} // namespace

class TestLogLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warningNamesItsRequest()
    {
        QCOMPARE(formatLogLine(QtWarningMsg, "kj.server.api", u"GET /api/v1/feed the store failed"_s, "4f1c-9", kAt),
                 QByteArray("time=2026-11-28T01:02:03.045Z level=warning logger=kj.server.api request_id=4f1c-9 "
                            "msg=\"GET /api/v1/feed the store failed\"\n"));
    }

    void lineWithoutARequestHasNoId()
    {
        QCOMPARE(formatLogLine(QtInfoMsg, nullptr, u"listening"_s, {}, kAt),
                 QByteArray("time=2026-11-28T01:02:03.045Z level=info logger=default msg=listening\n"));
        QCOMPARE(formatLogLine(QtCriticalMsg, "kj.store", u"a\nb"_s, {}, kAt),
                 QByteArray("time=2026-11-28T01:02:03.045Z level=critical logger=kj.store msg=\"a\\nb\"\n"));
    }

    void accessLineKeepsItsFields()
    {
        const QByteArray fields = accessFields({"id-1", "GET", u"/api/v1/diaries/{id}"_s, u"/api/v1/diaries/x y"_s, 404,
                                                78, 1234us, u"127.0.0.1"_s});
        QCOMPARE(fields, QByteArray("request_id=id-1 method=GET route=/api/v1/diaries/{id} path=\"/api/v1/diaries/x y\" "
                                    "status=404 bytes=78 duration_ms=1.234 remote=127.0.0.1"));
        // Written as the fields they are, not quoted as a message; the scope's id is not added twice.
        QCOMPARE(formatLogLine(QtInfoMsg, kAccessCategory, QString::fromUtf8(fields), "id-1", kAt),
                 "time=2026-11-28T01:02:03.045Z level=info logger=kj.server.access " + fields + '\n');
    }

    void accessLineOfARefusalAndOfNoRoute()
    {
        const QByteArray fields = accessFields({"id-2", "PATCH", {}, u"/nowhere"_s, 413, 0, 0ns, u"::1"_s, true});
        QCOMPARE(fields, QByteArray("request_id=id-2 method=PATCH route=- path=/nowhere status=413 bytes=0 "
                                    "duration_ms=0.000 remote=::1 body=unread"));
    }

    void scopeIsPerThreadAndNests()
    {
        QVERIFY(RequestScope::current().isEmpty());
        {
            const RequestScope outer("outer");
            QCOMPARE(RequestScope::current(), QByteArray("outer"));
            QByteArray seenElsewhere = "unset";
            std::thread([&seenElsewhere] { seenElsewhere = RequestScope::current(); }).join();
            QVERIFY(seenElsewhere.isEmpty()); // another thread handles no request
            {
                const RequestScope inner("inner");
                QCOMPARE(RequestScope::current(), QByteArray("inner"));
            }
            QCOMPARE(RequestScope::current(), QByteArray("outer"));
        }
        QVERIFY(RequestScope::current().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogLine)
#include "tst_logline.moc"
