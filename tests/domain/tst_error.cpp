#include "models/domain/error.h"
#include "models/domain/result.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (int i = int(ErrorCode::MalformedJson); i <= int(ErrorCode::Cancelled); ++i) {
            const auto code = ErrorCode(i);
            const QString name = kj::errorCodeName(code);
            QVERIFY2(!name.isEmpty() && name == name.toLower(), qPrintable(name));
            QCOMPARE(kj::errorCodeFromName(name), code);
        }
        QCOMPARE(kj::errorCodeFromName(u"from_a_newer_server"_s), ErrorCode::BadResponse);
    }

    void wireFormat()
    {
        kj::Error conflict{ErrorCode::Conflict, u"stale"_s, {{u"current"_s, QJsonObject{{u"revision"_s, 4}}}}};
        const QJsonObject json = conflict.toJson();
        QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"revision_conflict"_s);
        QCOMPARE(json.value(u"error"_s).toObject().value(u"message"_s).toString(), u"stale"_s);
        QCOMPARE(json.value(u"current"_s).toObject().value(u"revision"_s).toInt(), 4);
        const kj::Error back = kj::Error::fromJson(json);
        QCOMPARE(back.code, ErrorCode::Conflict);
        QCOMPARE(back.details.value(u"current"_s).toObject().value(u"revision"_s).toInt(), 4);
    }

    void resultHoldsOneOrTheOther()
    {
        kj::Result<int> good = 5;
        QVERIFY(good.ok());
        QCOMPARE(*good, 5);
        kj::Result<int> bad = kj::fail(ErrorCode::NotFound, u"gone"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        kj::Status done;
        QVERIFY(done.ok());
        kj::Status failed = kj::fail(ErrorCode::Storage, u"disk"_s);
        QVERIFY(!failed.ok());
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
