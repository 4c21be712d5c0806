// Every error class of the wire contract (design.md section 2) through the real server: the status,
// the {"error": {"code", "message"}} body, the extra headers, and that none of them changed stored data.
#include "models/domain/ids.h"
#include "server-stub/api/routes.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void malformedJson_data();
    void malformedJson();
    void invalidUtf8();
    void unknownField();
    void wrongType();
    void missingField();
    void invalidId();
    void unauthorized();
    void forbidden();
    void notFound();
    void methodNotAllowed();
    void headIsGetWithoutTheBody();
    void conflictCarriesCurrent();
    void payloadTooLarge();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void acceptsJsonWithOrWithoutContentType();
    void tooManyRequests();
    void routeTableIsTheFoundation();

private:
    //! Every stored row except the login throttle's counters (which failed sign-ins are meant to add to).
    QByteArray snapshot();
    //! Status of a request sent with exactly these bytes (no Content-Type added by anyone).
    int rawStatus(const QByteArray &request);
    void expectError(const TestReply &reply, int status, const QString &code);

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob;
    QString m_diary;
    QByteArray m_before;
};

void TestErrors::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    m_diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(u"t"_s, u"b2"_s, u"friends"_s, 1), m_alice).status, 200);
    QSqlDatabase db = m_server.openInspection(u"inspect"_s);
    QVERIFY(db.isOpen());
}

void TestErrors::cleanupTestCase()
{
    QSqlDatabase::database(u"inspect"_s).close();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestErrors::init()
{
    m_before = snapshot();
    QVERIFY(!m_before.isEmpty());
}

void TestErrors::cleanup()
{
    QCOMPARE(snapshot(), m_before);
}

QByteArray TestErrors::snapshot()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QSqlDatabase db = QSqlDatabase::database(u"inspect"_s);
    for (const QString &table : {u"users"_s, u"sessions"_s, u"friendships"_s, u"friend_requests"_s, u"diaries"_s,
                                 u"change_log"_s, u"schema_migrations"_s}) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s))
            return {};
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

int TestErrors::rawStatus(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    if (!socket.waitForConnected(10000))
        return 0;
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(10000) || socket.bytesAvailable()) {
        answer += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    // "HTTP/1.1 201 Created"
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

void TestErrors::expectError(const TestReply &reply, int status, const QString &code)
{
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestErrors::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"username": "x", "password": )");
    QTest::newRow("not json") << QByteArray("username=x&password=y");
    QTest::newRow("array") << QByteArray(R"(["username"])");
    QTest::newRow("string") << QByteArray(R"("hello")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("trailing garbage") << QByteArray(R"({"username":"x"} {})");
}

void TestErrors::malformedJson()
{
    QFETCH(QByteArray, body);
    expectError(m_client->send("POST", u"/api/v1/accounts"_s, body), 400, u"malformed_json"_s);
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary, body, "application/json", m_alice), 400,
                u"malformed_json"_s);
}

void TestErrors::invalidUtf8()
{
    expectError(m_client->send("POST", u"/api/v1/accounts"_s, "{\"username\":\"\xff\xfe\",\"password\":\"p\",\"displayName\":\"x\"}"),
                400, u"invalid_utf8"_s);
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary,
                               "{\"title\":\"\xc3\x28\",\"body\":\"b\",\"visibility\":\"public\",\"baseRevision\":2}",
                               "application/json", m_alice),
                400, u"invalid_utf8"_s);
}

void TestErrors::unknownField()
{
    QJsonObject body = JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s, 2);
    body.insert(u"author"_s, u"bob"_s);
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, body, m_alice), 400, u"unknown_field"_s);
    expectError(m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, u"bob"_s}, {u"note"_s, u"hi"_s}}, m_alice),
                400, u"unknown_field"_s);
}

void TestErrors::wrongType()
{
    QJsonObject body = JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s, 2);
    body.insert(u"title"_s, 5);
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, body, m_alice), 400, u"invalid_field"_s);
    body = JsonClient::diaryWrite(u"t"_s, u"b"_s, u"everyone"_s, 2);
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, body, m_alice), 400, u"invalid_field"_s);
    body = JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s);
    body.insert(u"baseRevision"_s, u"2"_s);
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, body, m_alice), 400, u"invalid_field"_s);
    body.insert(u"baseRevision"_s, 1.5);
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, body, m_alice), 400, u"invalid_field"_s);
}

void TestErrors::missingField()
{
    QJsonObject body = JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s, 2);
    body.remove(u"visibility"_s);
    expectError(m_client->put(u"/api/v1/diaries/"_s + kj::newItemId(), body, m_alice), 400, u"missing_field"_s);
}

void TestErrors::invalidId()
{
    expectError(m_client->put(u"/api/v1/diaries/not-a-uuid"_s, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s), m_alice),
                400, u"invalid_id"_s);
    expectError(m_client->post(u"/api/v1/friends/requests/xyz/accept"_s, {}, m_bob), 400, u"invalid_id"_s);
}

void TestErrors::unauthorized()
{
    const QJsonObject write = JsonClient::diaryWrite(u"t"_s, u"b"_s, u"public"_s);
    for (const QString &token : {QString(), u"made-up-token"_s}) {
        const TestReply reply = m_client->put(u"/api/v1/diaries/"_s + kj::newItemId(), write, token);
        expectError(reply, 401, u"unauthorized"_s);
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
    }
    expectError(m_client->send("GET", u"/api/v1/me"_s, {}, {}, u"x"_s), 401, u"unauthorized"_s);
    expectError(m_client->get(u"/api/v1/friends"_s), 401, u"unauthorized"_s);
    // A bad token on a route anyone may read is still refused: the client must learn it expired.
    expectError(m_client->get(u"/api/v1/users/alice"_s, u"expired"_s), 401, u"unauthorized"_s);
    expectError(m_client->post(u"/api/v1/sessions"_s, {{u"username"_s, u"alice"_s}, {u"password"_s, u"wrong password"_s}}),
                401, u"bad_credentials"_s);
}

void TestErrors::forbidden()
{
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(u"mine now"_s, u"x"_s, u"public"_s, 2), m_bob),
                403, u"forbidden"_s);
    expectError(m_client->del(u"/api/v1/diaries/"_s + m_diary, m_bob), 403, u"forbidden"_s);
}

void TestErrors::notFound()
{
    expectError(m_client->get(u"/api/v1/nothing-here"_s, m_alice), 404, u"not_found"_s);
    expectError(m_client->get(u"/api/v2/me"_s, m_alice), 404, u"not_found"_s);
    expectError(m_client->get(u"/api/v1/me/"_s, m_alice), 404, u"not_found"_s);
    expectError(m_client->get(u"/api/v1/diaries/"_s + kj::newItemId(), m_alice), 404, u"not_found"_s);
    expectError(m_client->get(u"/api/v1/users/nobody_here"_s), 404, u"not_found"_s);
    expectError(m_client->del(u"/api/v1/friends/nobody_here"_s, m_alice), 404, u"not_found"_s);
}

void TestErrors::methodNotAllowed()
{
    const TestReply patch = m_client->send("PATCH", u"/api/v1/feed"_s, {}, {}, m_alice);
    expectError(patch, 405, u"method_not_allowed"_s);
    QCOMPARE(patch.header("Allow"), QByteArray("GET, HEAD"));
    const TestReply post = m_client->post(u"/api/v1/diaries/"_s + m_diary, {}, m_alice);
    expectError(post, 405, u"method_not_allowed"_s);
    QCOMPARE(post.header("Allow"), QByteArray("DELETE, GET, HEAD, PUT"));
    QCOMPARE(m_client->send("PUT", u"/healthz"_s, "{}", "application/json").header("Allow"), QByteArray("GET, HEAD"));
}

// Load balancers and monitors probe with HEAD: every GET route answers it with the GET's status and head, no body.
void TestErrors::headIsGetWithoutTheBody()
{
    const TestReply get = m_client->get(u"/healthz"_s);
    const TestReply head = m_client->send("HEAD", u"/healthz"_s, {}, {});
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
    // The GET route's access rule holds: a signed-in route wants a token, and a missing item stays 404.
    QCOMPARE(m_client->send("HEAD", u"/api/v1/feed"_s, {}, {}).status, 401);
    QCOMPARE(m_client->send("HEAD", u"/api/v1/feed"_s, {}, {}, m_alice).status, 200);
    QCOMPARE(m_client->send("HEAD", u"/api/v1/diaries/"_s + kj::newItemId(), {}, {}, m_alice).status, 404);
    QCOMPARE(m_client->send("HEAD", u"/api/v1/nothing-here"_s, {}, {}).status, 404);
}

void TestErrors::conflictCarriesCurrent()
{
    const TestReply reply = m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(u"old"_s, u"old"_s, u"friends"_s, 1), m_alice);
    expectError(reply, 409, u"revision_conflict"_s);
    const QJsonObject current = reply.json.value(u"current"_s).toObject();
    QCOMPARE(current.value(u"id"_s).toString(), m_diary);
    QCOMPARE(current.value(u"revision"_s).toInteger(), 2);
    QCOMPARE(current.value(u"body"_s).toString(), u"b2"_s);
    expectError(m_client->post(u"/api/v1/accounts"_s, {{u"username"_s, u"alice"_s}, {u"password"_s, u"long enough"_s},
                                                       {u"displayName"_s, u"Alice 2"_s}}),
                409, u"username_taken"_s);
    expectError(m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, u"bob"_s}}, m_alice), 409, u"already_exists"_s);
}

void TestErrors::payloadTooLarge()
{
    const QByteArray big = "{\"username\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    expectError(m_client->send("POST", u"/api/v1/accounts"_s, big), 413, u"payload_too_large"_s);
    const QByteArray bigDiary = "{\"title\":\"t\",\"body\":\"" + QByteArray(1024 * 1024 + 10, 'b')
                                + "\",\"visibility\":\"public\",\"baseRevision\":2}";
    const TestReply reply = m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary, bigDiary, "application/json", m_alice);
    QCOMPARE(reply.status, 413);
}

void TestErrors::unsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("latin-1 json") << QByteArray("application/json; charset=iso-8859-1");
    QTest::newRow("json-ish") << QByteArray("application/jsonx");
}

void TestErrors::unsupportedMediaType()
{
    QFETCH(QByteArray, contentType);
    const QByteArray body = R"({"username":"mediatype","password":"long enough","displayName":"m"})";
    expectError(m_client->send("POST", u"/api/v1/accounts"_s, body, contentType), 415, u"unsupported_media_type"_s);
}

void TestErrors::acceptsJsonWithOrWithoutContentType()
{
    const QByteArray body = R"({"title":"t","body":"b","visibility":"friends","baseRevision":null})";
    const auto request = [&](const QByteArray &contentTypeLine) -> QByteArray {
        return "PUT /api/v1/diaries/" + m_diary.toLatin1() + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
               + "Authorization: Bearer " + m_alice.toLatin1() + "\r\n" + contentTypeLine
               + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    // A retry of an old write with different content: 409, so the body was parsed (and nothing changed).
    QCOMPARE(rawStatus(request({})), 409);
    QCOMPARE(rawStatus(request("Content-Type: application/json; charset=UTF-8\r\n")), 409);
    QCOMPARE(rawStatus(request("Content-Type: Application/JSON\r\n")), 409);
    QCOMPARE(rawStatus(request("Content-Type: text/plain\r\n")), 415);
}

void TestErrors::tooManyRequests()
{
    const auto attempt = [&](const QString &password) {
        return m_client->post(u"/api/v1/sessions"_s, {{u"username"_s, u"bob"_s}, {u"password"_s, password}});
    };
    int refused = 0;
    for (int i = 0; i < 5; ++i) {
        const TestReply reply = attempt(u"wrong %1"_s.arg(i));
        QVERIFY(reply.status == 401 || reply.status == 429);
        refused += reply.status == 401;
    }
    QVERIFY(refused >= 1);
    const TestReply reply = attempt(JsonClient::passwordFor(u"bob"_s));
    expectError(reply, 429, u"too_many_requests"_s);
    bool ok = false;
    const int seconds = reply.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(seconds >= 1 && seconds <= 900);
}

void TestErrors::routeTableIsTheFoundation()
{
    using kj::server::api::RouteInfo;
    const QList<RouteInfo> expected = {
        {"GET", u"/healthz"_s},
        {"POST", u"/api/v1/accounts"_s},
        {"POST", u"/api/v1/sessions"_s},
        {"DELETE", u"/api/v1/sessions/current"_s},
        {"GET", u"/api/v1/me"_s},
        {"GET", u"/api/v1/users/{username}"_s},
        {"GET", u"/api/v1/friends"_s},
        {"POST", u"/api/v1/friends/requests"_s},
        {"GET", u"/api/v1/friends/requests"_s},
        {"POST", u"/api/v1/friends/requests/{id}/accept"_s},
        {"POST", u"/api/v1/friends/requests/{id}/decline"_s},
        {"DELETE", u"/api/v1/friends/{username}"_s},
        {"PUT", u"/api/v1/diaries/{id}"_s},
        {"GET", u"/api/v1/diaries/{id}"_s},
        {"DELETE", u"/api/v1/diaries/{id}"_s},
        {"GET", u"/api/v1/users/{username}/diaries"_s},
        {"GET", u"/api/v1/feed"_s},
        {"GET", u"/api/v1/changes"_s},
    };
    // The whole space adds more (tst_openapiroutes holds the full table against docs/openapi.yaml); the
    // foundation's routes must all stay, each listed once.
    const QList<RouteInfo> routes = kj::server::api::apiRoutes();
    for (const RouteInfo &route : routes)
        QVERIFY2(routes.count(route) == 1, qPrintable(QString::fromLatin1(route.method) + u' ' + route.pattern));
    for (const RouteInfo &route : expected)
        QVERIFY2(routes.contains(route), qPrintable(QString::fromLatin1(route.method) + u' ' + route.pattern));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
