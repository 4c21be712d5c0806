#include "models/domain/timestamp.h"
#include "models/domain/user.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

class TestUser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void userRoundTrips()
    {
        kj::User user{u"xiaoming"_s, u"小明"_s, *kj::fromRfc3339(u"2026-01-02T03:04:05.006Z"_s)};
        auto decoded = kj::User::fromJson(user.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, user);
        kj::User author{u"xiaoming"_s, u"小明"_s, {}};
        QVERIFY(!author.toJson().contains(u"createdAt"_s));
        QCOMPARE(*kj::User::fromJson(author.toJson()), author);
    }

    void registrationRules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fine") << u"alice_01"_s << u"correct horse"_s << u"Alice"_s << true;
        QTest::newRow("chinese display name") << u"xiaoming"_s << u"12345678"_s << u"小明"_s << true;
        QTest::newRow("short password") << u"alice"_s << u"1234567"_s << u"Alice"_s << false;
        QTest::newRow("upper-case username") << u"Alice"_s << u"correct horse"_s << u"Alice"_s << false;
        QTest::newRow("short username") << u"al"_s << u"correct horse"_s << u"Alice"_s << false;
        QTest::newRow("username with slash") << u"al/ice"_s << u"correct horse"_s << u"Alice"_s << false;
        QTest::newRow("blank display name") << u"alice"_s << u"correct horse"_s << u"   "_s << false;
        QTest::newRow("long display name") << u"alice"_s << u"correct horse"_s << QString(65, u'x') << false;
    }
    void registrationRules()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, displayName);
        QFETCH(bool, ok);
        kj::AccountRegistration registration{username, password, displayName};
        QCOMPARE(kj::AccountRegistration::fromRequest(registration.toJson()).ok(), ok);
    }

    void sessionRequestIsStrict()
    {
        QJsonObject json = kj::SessionRequest{u"alice"_s, u"pw"_s, u"laptop"_s}.toJson();
        QVERIFY(kj::SessionRequest::fromRequest(json).ok());
        json.remove(u"device"_s);
        QVERIFY(kj::SessionRequest::fromRequest(json).ok());
        json.insert(u"remember"_s, true);
        QCOMPARE(kj::SessionRequest::fromRequest(json).error().code, ErrorCode::UnknownField);
    }

    void sessionGrantRoundTrips()
    {
        kj::SessionGrant grant{u"tok"_s, *kj::fromRfc3339(u"2026-12-27T00:00:00.000Z"_s), {u"alice"_s, u"A"_s, {}}};
        auto decoded = kj::SessionGrant::fromJson(grant.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->token, grant.token);
        QCOMPARE(decoded->expiresAt, grant.expiresAt);
        QCOMPARE(decoded->user, grant.user);
        QJsonObject broken = grant.toJson();
        broken.remove(u"token"_s);
        QVERIFY(!kj::SessionGrant::fromJson(broken).ok());
    }
};

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
