#include "models/domain/timestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestTimestamp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsUtcWithMilliseconds()
    {
        const QDateTime shanghai(QDate(2026, 11, 27), QTime(11, 41, 35, 123), QTimeZone("Asia/Shanghai"));
        QCOMPARE(kj::toRfc3339(shanghai), u"2026-11-27T03:41:35.123Z"_s);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // -1: rejected
        QTest::newRow("zulu") << u"2026-11-27T03:41:35.123Z"_s << Q_INT64_C(1795750895123);
        QTest::newRow("no fraction") << u"2026-11-27T03:41:35Z"_s << Q_INT64_C(1795750895000);
        QTest::newRow("offset") << u"2026-11-27T11:41:35.123+08:00"_s << Q_INT64_C(1795750895123);
        QTest::newRow("micro") << u"2026-11-27T03:41:35.123456Z"_s << Q_INT64_C(1795750895123);
        QTest::newRow("lower-case t and z") << u"2026-11-27t03:41:35z"_s << Q_INT64_C(1795750895000);
        QTest::newRow("date only") << u"2026-11-27"_s << Q_INT64_C(-1);
        QTest::newRow("no zone") << u"2026-11-27T03:41:35"_s << Q_INT64_C(-1);
        QTest::newRow("month 13") << u"2026-13-27T03:41:35Z"_s << Q_INT64_C(-1);
        QTest::newRow("words") << u"yesterday"_s << Q_INT64_C(-1);
        // Found by fuzz_domain: the offset would carry them out of four-digit years, which toRfc3339 cannot write.
        QTest::newRow("past the year 9999 in UTC") << u"9999-12-31T23:30:00-01:00"_s << Q_INT64_C(-1);
        QTest::newRow("before the year 1 in UTC") << u"0001-01-01T00:30:00+01:00"_s << Q_INT64_C(-1);
        QTest::newRow("last millisecond of 9999") << u"9999-12-31T23:59:59.999Z"_s << Q_INT64_C(253402300799999);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const std::optional<QDateTime> parsed = kj::fromRfc3339(text);
        if (msecs < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void nowSurvivesTheWire()
    {
        const QDateTime now = kj::nowUtc();
        QCOMPARE(kj::fromRfc3339(kj::toRfc3339(now)), std::optional<QDateTime>(now));
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
