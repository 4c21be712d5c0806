#include "models/domain/jsonreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;
using kj::JsonReader;

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAnObject()
    {
        auto parsed = kj::parseJsonObject(R"({"a": "今天", "b": 2})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value(u"a"_s).toString(), u"今天"_s);
    }

    void rejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("truncated") << QByteArray(R"({"username": "x", "password": )") << ErrorCode::MalformedJson;
        QTest::newRow("empty") << QByteArray() << ErrorCode::MalformedJson;
        QTest::newRow("array") << QByteArray("[1,2]") << ErrorCode::MalformedJson;
        QTest::newRow("string") << QByteArray(R"("x")") << ErrorCode::MalformedJson;
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)") << ErrorCode::MalformedJson;
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\xfe\"}") << ErrorCode::InvalidUtf8;
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << ErrorCode::InvalidUtf8;
        QTest::newRow("lone surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << ErrorCode::InvalidUtf8;
    }
    void rejectsBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, code);
        auto parsed = kj::parseJsonObject(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void strictModeRejectsUnknownFields()
    {
        JsonReader reader(QJsonObject{{u"title"_s, u"x"_s}, {u"author"_s, u"someone"_s}});
        QCOMPARE(reader.string(u"title"_s), u"x"_s);
        const kj::Status status = reader.finish();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::UnknownField);
        QVERIFY(status.error().message.contains(u"author"_s));
    }

    void lenientModeIgnoresUnknownFields()
    {
        JsonReader reader(QJsonObject{{u"title"_s, u"x"_s}, {u"likeCount"_s, 3}}, JsonReader::Mode::Lenient);
        QCOMPARE(reader.string(u"title"_s), u"x"_s);
        QVERIFY(reader.finish().ok());
    }

    void reportsTheFirstProblem()
    {
        JsonReader reader(QJsonObject{{u"title"_s, 5}, {u"body"_s, true}});
        (void)reader.string(u"title"_s);
        (void)reader.string(u"body"_s);
        const kj::Status status = reader.finish();
        QCOMPARE(status.error().code, ErrorCode::InvalidField);
        QVERIFY(status.error().message.contains(u"title"_s));
    }

    void checksTypesAndRanges_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("integer") << QJsonValue(7) << true;
        QTest::newRow("fraction") << QJsonValue(7.5) << false;
        QTest::newRow("string") << QJsonValue(u"7"_s) << false;
        QTest::newRow("negative") << QJsonValue(-1) << false;
        QTest::newRow("too big") << QJsonValue(1e12) << false;
        QTest::newRow("bool") << QJsonValue(true) << false;
    }
    void checksTypesAndRanges()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        JsonReader reader(QJsonObject{{u"n"_s, value}});
        (void)reader.integer(u"n"_s, 0, 1000);
        QCOMPARE(reader.finish().ok(), ok);
    }

    void missingAndNullFields()
    {
        JsonReader reader(QJsonObject{{u"a"_s, QJsonValue::Null}});
        QCOMPARE(reader.optionalInteger(u"a"_s), std::nullopt);
        QCOMPARE(reader.optionalString(u"b"_s), std::nullopt);
        QVERIFY(reader.finish().ok());

        JsonReader required(QJsonObject{});
        (void)required.string(u"title"_s);
        QCOMPARE(required.finish().error().code, ErrorCode::MissingField);
    }

    void rejectsStringsOutOfLengthOrWithNul()
    {
        JsonReader tooLong(QJsonObject{{u"t"_s, QString(11, u'x')}});
        (void)tooLong.string(u"t"_s, 0, 10);
        QCOMPARE(tooLong.finish().error().code, ErrorCode::InvalidField);

        JsonReader nul(QJsonObject{{u"t"_s, QString(u"a"_s + QChar(0) + u"b"_s)}});
        (void)nul.string(u"t"_s);
        QCOMPARE(nul.finish().error().code, ErrorCode::InvalidField);
    }

    void readsVisibilityIdsAndTimes()
    {
        JsonReader reader(QJsonObject{{u"v"_s, u"friends"_s},
                                      {u"id"_s, u"0b6f3c1e-8f4a-4c7e-9d2a-3f1e2d4c5b6a"_s},
                                      {u"at"_s, u"2026-11-27T03:41:35.123Z"_s}});
        QCOMPARE(reader.visibility(u"v"_s), kj::Visibility::Friends);
        QCOMPARE(reader.itemId(u"id"_s), u"0b6f3c1e-8f4a-4c7e-9d2a-3f1e2d4c5b6a"_s);
        QCOMPARE(reader.timestamp(u"at"_s).toMSecsSinceEpoch(), Q_INT64_C(1795750895123));
        QVERIFY(reader.finish().ok());

        JsonReader bad(QJsonObject{{u"v"_s, u"everyone"_s}});
        (void)bad.visibility(u"v"_s);
        QCOMPARE(bad.finish().error().code, ErrorCode::InvalidField);

        JsonReader badId(QJsonObject{{u"id"_s, u"0B6F3C1E-8F4A-4C7E-9D2A-3F1E2D4C5B6A"_s}});
        (void)badId.itemId(u"id"_s);
        QCOMPARE(badId.finish().error().code, ErrorCode::InvalidId);
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
