// Accounts and sessions through the real server: registration, sign-in, /me, profiles, sign-out,
// token storage and the login throttle.
#include "models/domain/timestamp.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestAccountsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registers();
    void refusesATakenUsername();
    void refusesBadRegistrations_data();
    void refusesBadRegistrations();
    void signsIn();
    void wrongPasswordAndUnknownUserLookTheSame();
    void meNeedsAToken();
    void showsProfiles();
    void storesOnlyTheTokenHash();
    void signsOut();
    void throttlesAnAccount();
    void throttlesAnAddress();

private:
    QJsonObject registration(const QString &username, const QString &password, const QString &displayName)
    {
        return {{u"username"_s, username}, {u"password"_s, password}, {u"displayName"_s, displayName}};
    }
    QJsonObject signInBody(const QString &username, const QString &password)
    {
        return {{u"username"_s, username}, {u"password"_s, password}, {u"device"_s, u"test"_s}};
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
};

void TestAccountsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
}

void TestAccountsApi::registers()
{
    const QDateTime before = kj::nowUtc();
    const TestReply reply = m_client->post(u"/api/v1/accounts"_s, registration(u"meimei"_s, u"long enough"_s, u" 梅梅 "_s));
    QCOMPARE(reply.status, 201);
    const QJsonObject user = reply.json.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"username"_s).toString(), u"meimei"_s);
    QCOMPARE(user.value(u"displayName"_s).toString(), u"梅梅"_s); // trimmed
    const std::optional<QDateTime> createdAt = kj::fromRfc3339(user.value(u"createdAt"_s).toString());
    QVERIFY(createdAt);
    QVERIFY(*createdAt >= before);
    QCOMPARE(reply.json.keys(), QStringList{u"user"_s});
    QVERIFY(!reply.body.contains("long enough"));
}

void TestAccountsApi::refusesATakenUsername()
{
    QCOMPARE(m_client->post(u"/api/v1/accounts"_s, registration(u"taken"_s, u"password one"_s, u"A"_s)).status, 201);
    const TestReply again = m_client->post(u"/api/v1/accounts"_s, registration(u"taken"_s, u"password two"_s, u"B"_s));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"username_taken"_s);
    // The first password still works, the second does not.
    QVERIFY(!m_client->signIn(u"taken"_s, u"password one"_s).isEmpty());
    QVERIFY(m_client->signIn(u"taken"_s, u"password two"_s).isEmpty());
}

void TestAccountsApi::refusesBadRegistrations_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("upper-case username") << registration(u"Alice"_s, u"long enough"_s, u"A"_s) << u"invalid_field"_s;
    QTest::newRow("short username") << registration(u"ab"_s, u"long enough"_s, u"A"_s) << u"invalid_field"_s;
    QTest::newRow("short password") << registration(u"shortpw"_s, u"short"_s, u"A"_s) << u"invalid_field"_s;
    QTest::newRow("blank display name") << registration(u"blankname"_s, u"long enough"_s, u"   "_s) << u"invalid_field"_s;
    QTest::newRow("missing password") << QJsonObject{{u"username"_s, u"nopw"_s}, {u"displayName"_s, u"x"_s}}
                                      << u"missing_field"_s;
    QJsonObject extra = registration(u"extra"_s, u"long enough"_s, u"A"_s);
    extra.insert(u"admin"_s, true);
    QTest::newRow("unknown field") << extra << u"unknown_field"_s;
}

void TestAccountsApi::refusesBadRegistrations()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    const TestReply reply = m_client->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(m_client->get(u"/api/v1/users/"_s + body.value(u"username"_s).toString()).status, 404);
}

void TestAccountsApi::signsIn()
{
    QVERIFY(!m_client->signUp(u"signer"_s).isEmpty());
    const QDateTime before = kj::nowUtc();
    const TestReply reply = m_client->post(u"/api/v1/sessions"_s, signInBody(u"signer"_s, JsonClient::passwordFor(u"signer"_s)));
    QCOMPARE(reply.status, 201);
    const QString token = reply.json.value(u"token"_s).toString();
    QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
    static const QRegularExpression base64url(u"^[A-Za-z0-9_-]+$"_s);
    QVERIFY(base64url.match(token).hasMatch());
    const std::optional<QDateTime> expiresAt = kj::fromRfc3339(reply.json.value(u"expiresAt"_s).toString());
    QVERIFY(expiresAt);
    QVERIFY(*expiresAt >= before.addDays(30));
    QVERIFY(*expiresAt <= kj::nowUtc().addDays(30));
    QCOMPARE(reply.json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"signer"_s);
    // "device" is optional.
    const TestReply noDevice = m_client->post(u"/api/v1/sessions"_s, {{u"username"_s, u"signer"_s},
                                                                      {u"password"_s, JsonClient::passwordFor(u"signer"_s)}});
    QCOMPARE(noDevice.status, 201);
    // Two sign-ins are two sessions with different tokens.
    QVERIFY(m_client->signIn(u"signer"_s, JsonClient::passwordFor(u"signer"_s)) != token);
}

void TestAccountsApi::wrongPasswordAndUnknownUserLookTheSame()
{
    QVERIFY(!m_client->signUp(u"known"_s).isEmpty());
    const TestReply wrong = m_client->post(u"/api/v1/sessions"_s, signInBody(u"known"_s, u"not the password"_s));
    const TestReply unknown = m_client->post(u"/api/v1/sessions"_s, signInBody(u"nobody_here"_s, u"not the password"_s));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.errorCode(), u"bad_credentials"_s);
    QCOMPARE(wrong.body, unknown.body);
}

void TestAccountsApi::meNeedsAToken()
{
    const TestReply anonymous = m_client->get(u"/api/v1/me"_s);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
    QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(m_client->get(u"/api/v1/me"_s, u"made-up"_s).status, 401);

    const QString token = m_client->signUp(u"itsme"_s);
    const TestReply me = m_client->get(u"/api/v1/me"_s, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"itsme"_s);
    const QJsonObject space = me.json.value(u"space"_s).toObject();
    QVERIFY(space.contains(u"title"_s));
    QVERIFY(space.contains(u"motto"_s));
}

void TestAccountsApi::showsProfiles()
{
    const QString token = m_client->signUp(u"profiled"_s);
    const TestReply anonymous = m_client->get(u"/api/v1/users/profiled"_s);
    QCOMPARE(anonymous.status, 200);
    QCOMPARE(anonymous.json.value(u"user"_s).toObject().value(u"displayName"_s).toString(), u"profiled"_s);
    QVERIFY(anonymous.json.value(u"space"_s).isObject());
    QCOMPARE(m_client->get(u"/api/v1/users/profiled"_s, token).json, anonymous.json);
    const TestReply missing = m_client->get(u"/api/v1/users/nosuchuser"_s, token);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not_found"_s);
}

void TestAccountsApi::storesOnlyTheTokenHash()
{
    const QString token = m_client->signUp(u"hashed"_s);
    QVERIFY(!token.isEmpty());
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
    {
        QSqlDatabase db = m_server.openInspection(u"inspect"_s);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT token_hash FROM sessions"_s));
        bool found = false;
        while (query.next()) {
            QVERIFY(query.value(0).toString() != token);
            found = found || query.value(0).toString() == expected;
        }
        QVERIFY(found);
        QSqlQuery hashes(db);
        QVERIFY(hashes.exec(u"SELECT password_hash FROM users WHERE username = 'hashed'"_s));
        QVERIFY(hashes.next());
        QVERIFY(hashes.value(0).toString().startsWith(u"$argon2id$"_s));
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestAccountsApi::signsOut()
{
    const QString token = m_client->signUp(u"leaver"_s);
    const QString other = m_client->signIn(u"leaver"_s, JsonClient::passwordFor(u"leaver"_s));
    QCOMPARE(m_client->get(u"/api/v1/me"_s, token).status, 200);
    QCOMPARE(m_client->del(u"/api/v1/sessions/current"_s, token).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/me"_s, token).status, 401);
    QCOMPARE(m_client->del(u"/api/v1/sessions/current"_s, token).status, 401);
    // Only that session ended.
    QCOMPARE(m_client->get(u"/api/v1/me"_s, other).status, 200);
}

void TestAccountsApi::throttlesAnAccount()
{
    QVERIFY(!m_client->signUp(u"target"_s).isEmpty());
    QVERIFY(!m_client->signUp(u"bystander"_s).isEmpty());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->post(u"/api/v1/sessions"_s, signInBody(u"target"_s, u"guess %1"_s.arg(i))).status, 401);
    const TestReply blocked = m_client->post(u"/api/v1/sessions"_s, signInBody(u"target"_s, u"guess 6"_s));
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.errorCode(), u"too_many_requests"_s);
    const int retryAfter = blocked.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, blocked.header("Retry-After").constData());
    // Even the right password is not checked while the account is throttled.
    QCOMPARE(m_client->post(u"/api/v1/sessions"_s, signInBody(u"target"_s, JsonClient::passwordFor(u"target"_s))).status, 429);
    // Another account from the same address is not affected.
    QVERIFY(!m_client->signIn(u"bystander"_s, JsonClient::passwordFor(u"bystander"_s)).isEmpty());
}

void TestAccountsApi::throttlesAnAddress()
{
    // 50 failures from one address across many accounts (at most 4 each, under the account limit).
    QVERIFY(!m_client->signUp(u"lastone"_s).isEmpty());
    int failures = 0;
    for (int i = 0; failures < 50; ++i) {
        const TestReply reply = m_client->post(u"/api/v1/sessions"_s, signInBody(u"spray%1"_s.arg(i / 4), u"guess"_s));
        if (reply.status == 429)
            break; // earlier tests in this run already counted failures from this address
        QCOMPARE(reply.status, 401);
        ++failures;
    }
    const TestReply blocked = m_client->post(u"/api/v1/sessions"_s, signInBody(u"lastone"_s, JsonClient::passwordFor(u"lastone"_s)));
    QCOMPARE(blocked.status, 429);
    QVERIFY(blocked.header("Retry-After").toInt() > 0);
}

QTEST_GUILESS_MAIN(TestAccountsApi)
#include "tst_accountsapi.moc"
