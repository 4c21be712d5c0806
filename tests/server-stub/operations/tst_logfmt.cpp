// LogFmt: plain values as they are, anything a reader could misparse quoted and escaped, so no value can end a line
// or forge a field.
#include "server-stub/logging/logfmt.h"

#include <QtTest>

using namespace kj::server::logging;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class TestLogFmt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << u"/api/v1/diaries/{id}"_s << QByteArray("k=/api/v1/diaries/{id}");
        QTest::newRow("empty") << QString() << QByteArray("k=\"\"");
        QTest::newRow("space") << u"two words"_s << QByteArray("k=\"two words\"");
        QTest::newRow("equals") << u"a=b"_s << QByteArray("k=\"a=b\"");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("k=\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << u"a\\b"_s << QByteArray("k=\"a\\\\b\"");
        QTest::newRow("line feed") << u"a\nlevel=fatal"_s << QByteArray("k=\"a\\nlevel=fatal\"");
        QTest::newRow("return and tab") << u"a\r\tb"_s << QByteArray("k=\"a\\r\\tb\"");
        QTest::newRow("other control") << QString(u"a" + QChar(0x1b) + u"[2J") << QByteArray("k=\"a\\u001b[2J\"");
        QTest::newRow("delete") << QString(u"a" + QChar(0x7f)) << QByteArray("k=\"a\\u007f\"");
        QTest::newRow("utf-8") << u"/api/v1/users/小红"_s << QByteArray("k=/api/v1/users/\xe5\xb0\x8f\xe7\xba\xa2");
    }

    void values()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(LogFmt().add("k", value).bytes(), written);
        QVERIFY(!LogFmt().add("k", value).bytes().contains('\n'));
    }

    void fieldsAreSeparatedBySpaces()
    {
        LogFmt line;
        line.add("method", QByteArrayView("GET")).add("status", qint64(404)).add("path", u"/a b"_s);
        QCOMPARE(line.bytes(), QByteArray("method=GET status=404 path=\"/a b\""));
        line.addRaw("x=1 y=2");
        QCOMPARE(line.bytes(), QByteArray("method=GET status=404 path=\"/a b\" x=1 y=2"));
        line.addRaw({});
        QCOMPARE(line.bytes(), QByteArray("method=GET status=404 path=\"/a b\" x=1 y=2"));
    }

    void millisecondsKeepMicroseconds_data()
    {
        QTest::addColumn<qint64>("nanoseconds");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("zero") << qint64(0) << QByteArray("d=0.000");
        QTest::newRow("sub-microsecond") << qint64(999) << QByteArray("d=0.000");
        QTest::newRow("microseconds") << qint64(7'000) << QByteArray("d=0.007");
        QTest::newRow("milliseconds") << qint64(1'234'567) << QByteArray("d=1.234");
        QTest::newRow("seconds") << qint64(12'000'050'000) << QByteArray("d=12000.050");
    }

    void millisecondsKeepMicroseconds()
    {
        QFETCH(qint64, nanoseconds);
        QFETCH(QByteArray, written);
        QCOMPARE(LogFmt().addMilliseconds("d", std::chrono::nanoseconds(nanoseconds)).bytes(), written);
    }
};

QTEST_GUILESS_MAIN(TestLogFmt)
#include "tst_logfmt.moc"
