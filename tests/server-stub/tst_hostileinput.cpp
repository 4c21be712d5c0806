// Hostile input (issue 6) through the real server in this process: invalid UTF-8 in bodies, paths and queries,
// overlong and deeply nested JSON, huge and odd numbers, NUL characters, right-to-left and zero-width characters in
// names and titles, 10,000-character usernames, duplicate JSON keys, and photos and audio that lie about their size
// or type. Each gets the 4xx docs/api.md ("Hostile input") names, with the error body; after each refusal the
// stored rows and media files are as they were, alice's /changes has nothing new, and /healthz still answers.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

//! One answer read off a raw socket.
struct RawAnswer {
    int status = 0;
    QJsonObject json;
};

QString errorCodeOf(const QJsonObject &json)
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void invalidUtf8InBodies_data();
    void invalidUtf8InBodies();
    void invalidUtf8InTarget_data();
    void invalidUtf8InTarget();
    void deeplyNestedJson_data();
    void deeplyNestedJson();
    void overlongJson();
    void hugeNumbers_data();
    void hugeNumbers();
    void hugeNumbersInQueries_data();
    void hugeNumbersInQueries();
    void nulCharacters_data();
    void nulCharacters();
    void invisibleCharactersInUsernames_data();
    void invisibleCharactersInUsernames();
    void invisibleDisplayNames_data();
    void invisibleDisplayNames();
    void rightToLeftTextIsKept();
    void leadingByteOrderMark();
    void tenThousandCharacterUsernames();
    void duplicateKeys_data();
    void duplicateKeys();
    void lyingPhotos_data();
    void lyingPhotos();
    void lyingAudio();
    void declaredSizeDiffers();
    void bodyShorterThanContentLength();

private:
    //! Every stored row but the login throttle's (failed sign-ins are meant to add to it), and every media file.
    QByteArray snapshot();
    RawAnswer raw(const QByteArray &request);
    void expectError(const TestReply &reply, int status, const QString &code);
    //! Starts an upload of `bytes` as `kind`, sends them in one chunk and expects that chunk refused.
    void expectUploadRefused(const QByteArray &bytes, const QString &kind, int status, const QString &code);

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    std::unique_ptr<MediaClient> m_media;
    QString m_alice, m_bob;
    QString m_diary;
    QString m_post;
    QString m_changesCursor;
    QByteArray m_before;
    bool m_expectUnchanged = true;
};

void TestHostileInput::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_media = std::make_unique<MediaClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    m_diary = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(u"t"_s, u"b"_s, u"friends"_s), m_alice).status, 201);
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(u"t"_s, u"b2"_s, u"friends"_s, 1), m_alice).status, 200);
    m_post = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/posts/"_s + m_post,
                           {{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"friends"_s}}, m_alice)
                 .status,
             201);
    QSqlDatabase db = m_server.openInspection(u"hostile"_s);
    QVERIFY(db.isOpen());
}

void TestHostileInput::cleanupTestCase()
{
    QSqlDatabase::database(u"hostile"_s).close();
    QSqlDatabase::removeDatabase(u"hostile"_s);
}

void TestHostileInput::init()
{
    m_expectUnchanged = true;
    m_before = snapshot();
    QVERIFY(!m_before.isEmpty());
    // Where alice's sync stands now: nothing a refused request does may add to it.
    QString since;
    for (int page = 0; page < 100; ++page) {
        const TestReply reply = m_client->get(u"/api/v1/changes?limit=500"_s + (since.isEmpty() ? QString() : u"&since="_s + since), m_alice);
        QCOMPARE(reply.status, 200);
        since = QString::fromUtf8(QUrl::toPercentEncoding(reply.json.value(u"cursor"_s).toString()));
        if (!reply.json.value(u"more"_s).toBool())
            break;
    }
    m_changesCursor = since;
}

void TestHostileInput::cleanup()
{
    const TestReply health = m_client->get(u"/healthz"_s);
    QCOMPARE(health.status, 200);
    if (!m_expectUnchanged)
        return;
    QCOMPARE(snapshot(), m_before);
    const TestReply changes = m_client->get(u"/api/v1/changes?since="_s + m_changesCursor, m_alice);
    QCOMPARE(changes.status, 200);
    QCOMPARE(changes.json.value(u"changes"_s).toArray().size(), 0);
}

QByteArray TestHostileInput::snapshot()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QSqlDatabase db = QSqlDatabase::database(u"hostile"_s);
    QSqlQuery tables(db);
    const QString listTables = TestStore::usesPostgresql()
                                   ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                     "AND table_type = 'BASE TABLE' AND table_name <> 'login_failures' ORDER BY table_name"_s
                                   : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'login_failures' ORDER BY name"_s;
    if (!tables.exec(listTables))
        return {};
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM \""_s + table + u"\" ORDER BY 1"_s))
            return {};
        hash.addData(QByteArray(table.toUtf8() + '\x1d'));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    QStringList files;
    QDirIterator it(m_server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (!file.fileName().contains(u".sqlite"_s) && !file.fileName().contains(u".db"_s))
            files.append(file.filePath() + u' ' + QString::number(file.size()));
    }
    files.sort();
    hash.addData(files.join(u'\n').toUtf8());
    return hash.result().toHex();
}

RawAnswer TestHostileInput::raw(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(10000) || socket.bytesAvailable()) {
        answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            qsizetype length = 0;
            for (const QByteArray &line : answer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (answer.size() >= end + 4 + length)
                break;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    RawAnswer result;
    if (!answer.startsWith("HTTP/1.1 "))
        return result;
    result.status = answer.mid(9, 3).toInt();
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end >= 0)
        result.json = QJsonDocument::fromJson(answer.mid(end + 4)).object();
    return result;
}

void TestHostileInput::expectError(const TestReply &reply, int status, const QString &code)
{
    QVERIFY2(reply.status == status, qPrintable(u"status %1, expected %2: %3"_s.arg(reply.status).arg(status).arg(QString::fromUtf8(reply.body.left(300)))));
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestHostileInput::invalidUtf8InBodies_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("0xff") << QByteArray("a\xff"
                                        "b");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("overlong NUL") << QByteArray("\xc0\x80");
    QTest::newRow("lone surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("cut off") << QByteArray("\xe4\xbd");
    QTest::newRow("lone continuation") << QByteArray("\x80");
}

void TestHostileInput::invalidUtf8InBodies()
{
    QFETCH(QByteArray, text);
    expectError(m_client->send("POST", u"/api/v1/accounts"_s,
                               R"({"username":"carol","password":"a good password","displayName":")" + text + R"("})"),
                400, u"invalid_utf8"_s);
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary,
                               R"({"title":")" + text + R"(","body":"b","visibility":"friends","baseRevision":2})",
                               "application/json", m_alice),
                400, u"invalid_utf8"_s);
    expectError(m_client->send("POST", u"/api/v1/items/post/"_s + m_post + u"/comments"_s,
                               R"({"id":")" + kj::newItemId().toUtf8() + R"(","text":")" + text + R"("})", "application/json", m_bob),
                400, u"invalid_utf8"_s);
    // Outside any string too: in a key.
    expectError(m_client->send("PUT", u"/api/v1/posts/"_s + m_post, R"({")" + text + R"(":1})", "application/json", m_alice), 400,
                u"invalid_utf8"_s);
}

void TestHostileInput::invalidUtf8InTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    // Raw bytes outside ASCII are not allowed in a request target at all (RFC 9112): the request is broken.
    QTest::newRow("raw 0xff in path") << QByteArray("/api/v1/users/a\xff") << 400 << u"bad_request"_s;
    // Percent-escaped bytes that do not decode as UTF-8 name nothing: a username or id is never such bytes.
    QTest::newRow("escaped 0xff user") << QByteArray("/api/v1/users/%FF%FE") << 400 << u"bad_request"_s;
    QTest::newRow("escaped overlong user") << QByteArray("/api/v1/users/%C0%AFdemo/diaries") << 400 << u"bad_request"_s;
    QTest::newRow("escaped surrogate id") << QByteArray("/api/v1/diaries/%ED%A0%80") << 400 << u"bad_request"_s;
    QTest::newRow("escaped NUL user") << QByteArray("/api/v1/users/al%00ice") << 400 << u"bad_request"_s;
    QTest::newRow("cursor 0xff") << QByteArray("/api/v1/feed?cursor=%FF") << 400 << u"bad_request"_s;
    QTest::newRow("since cut off") << QByteArray("/api/v1/changes?since=%E4%BD") << 400 << u"bad_request"_s;
    QTest::newRow("limit 0xff") << QByteArray("/api/v1/feed?limit=1%FF") << 400 << u"bad_request"_s;
    QTest::newRow("broken escape") << QByteArray("/api/v1/users/%G1") << 400 << u"bad_request"_s;
}

void TestHostileInput::invalidUtf8InTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, code);
    const RawAnswer answer = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_alice.toUtf8()
                                + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(answer.status, status);
    QCOMPARE(errorCodeOf(answer.json), code);
}

void TestHostileInput::deeplyNestedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("100k [") << QByteArray(100000, '[') << u"malformed_json"_s;
    QTest::newRow("100k [ closed") << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']')) << u"malformed_json"_s;
    QByteArray objects;
    for (int i = 0; i < 50000; ++i)
        objects += "{\"a\":";
    QTest::newRow("50k objects") << QByteArray(objects + "1" + QByteArray(50000, '}')) << u"malformed_json"_s;
    // Deep, but within the parser's limit, where a string belongs: the field's type is wrong.
    QTest::newRow("title nested 500") << QByteArray(R"({"title":)" + QByteArray(500, '[') + QByteArray(500, ']')
                                                    + R"(,"body":"b","visibility":"friends","baseRevision":2})")
                                      << u"invalid_field"_s;
}

void TestHostileInput::deeplyNestedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary, body, "application/json", m_alice), 400, code);
    if (code == u"malformed_json"_s)
        expectError(m_client->send("POST", u"/api/v1/accounts"_s, body), 400, code);
}

void TestHostileInput::overlongJson()
{
    // Over 1 MiB: refused from Content-Length before the body is read.
    const QByteArray huge = R"({"title":"t","body":")" + QByteArray(1024 * 1024, 'x') + R"(","visibility":"friends","baseRevision":2})";
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary, huge, "application/json", m_alice), 413, u"payload_too_large"_s);
    // Under 1 MiB, but fields past their lengths.
    const QByteArray longTitle = R"({"title":")" + QByteArray(201, 'x') + R"(","body":"b","visibility":"friends","baseRevision":2})";
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary, longTitle, "application/json", m_alice), 400, u"invalid_field"_s);
    QString cjk(201, QChar(0x65e5)); // 日: 201 characters, 603 bytes
    expectError(m_client->put(u"/api/v1/diaries/"_s + m_diary, JsonClient::diaryWrite(cjk, u"b"_s, u"friends"_s, 2), m_alice), 400,
                u"invalid_field"_s);
    expectError(m_client->put(u"/api/v1/posts/"_s + m_post,
                              {{u"text"_s, QString(10001, u'x')}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"friends"_s},
                               {u"baseRevision"_s, 1}},
                              m_alice),
                400, u"invalid_field"_s);
    // Many fields: each one unknown.
    QByteArray manyKeys = "{";
    for (int i = 0; i < 20000; ++i)
        manyKeys += "\"k" + QByteArray::number(i) + "\":1,";
    manyKeys += R"("title":"t","body":"b","visibility":"friends","baseRevision":2})";
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary, manyKeys, "application/json", m_alice), 400, u"unknown_field"_s);
}

void TestHostileInput::hugeNumbers_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("code");
    // Not JSON at all.
    QTest::newRow("NaN") << QByteArray("NaN") << u"malformed_json"_s;
    QTest::newRow("Infinity") << QByteArray("Infinity") << u"malformed_json"_s;
    QTest::newRow("-Infinity") << QByteArray("-Infinity") << u"malformed_json"_s;
    QTest::newRow("hex") << QByteArray("0x2") << u"malformed_json"_s;
    QTest::newRow("leading zero") << QByteArray("02") << u"malformed_json"_s;
    QTest::newRow("plus") << QByteArray("+2") << u"malformed_json"_s;
    QTest::newRow("trailing dot (Qt reads 2)") << QByteArray("2.") << u"malformed_json"_s;
    QTest::newRow("leading dot") << QByteArray(".5") << u"malformed_json"_s;
    QTest::newRow("bare exponent") << QByteArray("2e") << u"malformed_json"_s;
    // Numbers past what a double holds, either way: the parser refuses them.
    QTest::newRow("1e400") << QByteArray("1e400") << u"malformed_json"_s;
    QTest::newRow("-1e400") << QByteArray("-1e400") << u"malformed_json"_s;
    QTest::newRow("400 digits") << QByteArray(400, '9') << u"malformed_json"_s;
    QTest::newRow("1e-400") << QByteArray("1e-400") << u"malformed_json"_s;
    // JSON, but no revision: past the integers a double holds exactly (2^53), not whole, or negative.
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << u"invalid_field"_s;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << u"invalid_field"_s;
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << u"invalid_field"_s;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << u"invalid_field"_s;
    QTest::newRow("-2^63") << QByteArray("-9223372036854775809") << u"invalid_field"_s;
    QTest::newRow("2.5") << QByteArray("2.5") << u"invalid_field"_s;
    QTest::newRow("-1") << QByteArray("-1") << u"invalid_field"_s;
    // A whole number, but not the diary's revision: a conflict, nothing changes.
    QTest::newRow("-0") << QByteArray("-0") << u"revision_conflict"_s;
    QTest::newRow("3e0 is 3") << QByteArray("3e0") << u"revision_conflict"_s;
    QTest::newRow("0.3e1 is 3") << QByteArray("0.3e1") << u"revision_conflict"_s;
}

void TestHostileInput::hugeNumbers()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, code);
    const int status = code == u"revision_conflict"_s ? 409 : 400;
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary,
                               R"({"title":"new","body":"b","visibility":"friends","baseRevision":)" + number + "}", "application/json",
                               m_alice),
                status, code);
    if (status == 409)
        return;
    // Where a string belongs.
    expectError(m_client->send("PUT", u"/api/v1/diaries/"_s + m_diary,
                               R"({"title":)" + number + R"(,"body":"b","visibility":"friends","baseRevision":2})", "application/json",
                               m_alice),
                400, code);
    // The size of an upload.
    expectError(m_client->send("POST", u"/api/v1/uploads"_s,
                               R"({"size":)" + number + R"(,"sha256":")" + QByteArray(64, 'a') + R"(","kind":"photo"})",
                               "application/json", m_alice),
                400, code);
}

void TestHostileInput::hugeNumbersInQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    for (const QString &path : {u"/api/v1/feed"_s, u"/api/v1/users/alice/diaries"_s, u"/api/v1/changes"_s, u"/api/v1/me/notifications"_s}) {
        // Digits only; any count of them larger than the maximum is the maximum.
        for (const QString &limit : {u"18446744073709551616"_s, u"99999999999999999999999"_s, u"0005"_s})
            QTest::newRow(qPrintable(path + u"?limit="_s + limit)) << QString(path + u"?limit="_s + limit) << 200;
        for (const QString &limit : {u"1e400"_s, u"-0"_s, u"0000"_s, u"0x10"_s, u"NaN"_s, u"1.5"_s, u"%2B5"_s, u"%205"_s, u"5%20"_s, u"%EF%BC%95"_s, u""_s})
            QTest::newRow(qPrintable(path + u"?limit="_s + limit)) << QString(path + u"?limit="_s + limit) << 400;
    }
}

void TestHostileInput::hugeNumbersInQueries()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const RawAnswer answer = raw("GET " + query.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_alice.toUtf8()
                                 + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(answer.status, status);
    if (status == 400)
        QCOMPARE(errorCodeOf(answer.json), u"bad_request"_s);
}

void TestHostileInput::nulCharacters_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QString diary = u"/api/v1/diaries/"_s + m_diary;
    QTest::newRow("escaped NUL in username") << u"POST"_s << u"/api/v1/accounts"_s
                                             << QByteArray(R"({"username":"car\u0000ol","password":"a good password","displayName":"C"})")
                                             << u"invalid_field"_s;
    QTest::newRow("escaped NUL in display name")
        << u"POST"_s << u"/api/v1/accounts"_s << QByteArray(R"({"username":"carol","password":"a good password","displayName":"C\u0000"})")
        << u"invalid_field"_s;
    QTest::newRow("escaped NUL in password") << u"POST"_s << u"/api/v1/accounts"_s
                                             << QByteArray(R"({"username":"carol","password":"a good\u0000password","displayName":"C"})")
                                             << u"invalid_field"_s;
    QTest::newRow("escaped NUL in title") << u"PUT"_s << diary
                                          << QByteArray(R"({"title":"a\u0000b","body":"b","visibility":"friends","baseRevision":2})")
                                          << u"invalid_field"_s;
    QTest::newRow("escaped NUL in body") << u"PUT"_s << diary
                                         << QByteArray(R"({"title":"t","body":"\u0000","visibility":"friends","baseRevision":2})")
                                         << u"invalid_field"_s;
    QTest::newRow("escaped NUL in a key") << u"PUT"_s << diary
                                          << QByteArray(R"({"title":"t","title\u0000":"t","body":"b","visibility":"friends","baseRevision":2})")
                                          << u"unknown_field"_s;
    QTest::newRow("escaped NUL in visibility")
        << u"PUT"_s << diary << QByteArray(R"({"title":"t","body":"b","visibility":"friends\u0000","baseRevision":2})")
        << u"invalid_field"_s;
    QTest::newRow("escaped NUL in 说说") << u"PUT"_s << u"/api/v1/posts/"_s + m_post
                                       << QByteArray(R"({"text":"\u0000","photoIds":[],"visibility":"friends","baseRevision":1})")
                                       << u"invalid_field"_s;
    QTest::newRow("escaped NUL in a comment")
        << u"POST"_s << u"/api/v1/items/post/"_s + m_post + u"/comments"_s
        << QByteArray(R"({"id":")" + kj::newItemId().toUtf8() + R"(","text":"hi\u0000"})") << u"invalid_field"_s;
    QTest::newRow("escaped NUL in a friend's name") << u"POST"_s << u"/api/v1/friends/requests"_s
                                                    << QByteArray(R"({"username":"bob\u0000"})") << u"invalid_field"_s;
    // A raw control character inside a JSON string is not JSON.
    QTest::newRow("raw NUL in title") << u"PUT"_s << diary
                                      << QByteArray(R"({"title":"a)" + QByteArray(1, '\0') + R"(b","body":"b","visibility":"friends","baseRevision":2})")
                                      << u"malformed_json"_s;
    QTest::newRow("raw NUL after the object") << u"PUT"_s << diary
                                              << QByteArray(R"({"title":"a","body":"b","visibility":"friends","baseRevision":2})"
                                                            + QByteArray(1, '\0'))
                                              << u"malformed_json"_s;
}

void TestHostileInput::nulCharacters()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const QString token = path.contains(u"comments"_s) ? m_bob : path.startsWith(u"/api/v1/accounts"_s) ? QString() : m_alice;
    expectError(m_client->send(method.toUtf8(), path, body, "application/json", token), 400, code);
}

void TestHostileInput::invisibleCharactersInUsernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("right-to-left override") << u"ali\u202Ece"_s;
    QTest::newRow("right-to-left mark") << u"\u200Falice2"_s;
    QTest::newRow("zero-width space") << u"alice\u200B"_s;
    QTest::newRow("zero-width joiner") << u"al\u200Dice"_s;
    QTest::newRow("byte order mark inside") << u"ali\uFEFFce"_s;
    QTest::newRow("Cyrillic a") << u"\u0430lice"_s;
    QTest::newRow("fullwidth") << u"ａｌｉｃｅ"_s;
    QTest::newRow("Arabic") << u"مرحبا"_s;
    QTest::newRow("upper case") << u"Alice"_s;
}

void TestHostileInput::invisibleCharactersInUsernames()
{
    QFETCH(QString, username);
    expectError(m_client->post(u"/api/v1/accounts"_s,
                               {{u"username"_s, username}, {u"password"_s, u"a good password"_s}, {u"displayName"_s, u"x"_s}}),
                400, u"invalid_field"_s);
    // Never a way to reach alice under another spelling: no username can be spelt so.
    expectError(m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, username}}, m_bob), 400, u"invalid_field"_s);
    expectError(m_client->get(u"/api/v1/users/"_s + QString::fromUtf8(QUrl::toPercentEncoding(username)), m_bob), 404, u"not_found"_s);
    // A log-in with it is the bad credentials answer (no user has that name); it only adds to the throttle.
    expectError(m_client->post(u"/api/v1/sessions"_s, {{u"username"_s, username}, {u"password"_s, JsonClient::passwordFor(u"alice"_s)}}),
                401, u"bad_credentials"_s);
}

void TestHostileInput::invisibleDisplayNames_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::newRow("zero-width space only") << u"\u200B"_s;
    QTest::newRow("zero-width joiners and marks") << u"\u200D\u200C\u200E\u200F"_s;
    QTest::newRow("bidi controls only") << u"\u202E\u202C\u2066\u2069"_s;
    QTest::newRow("byte order mark and spaces") << u" \uFEFF \u3000 "_s;
    QTest::newRow("line break") << u"Carol\nAdmin"_s;
    QTest::newRow("escape") << u"Carol\u001B[31m"_s;
    QTest::newRow("C1 control") << u"Carol\u0085"_s;
    QTest::newRow("line separator") << u"Carol\u2028Admin"_s;
    QTest::newRow("65 characters") << QString(65, u'字');
}

void TestHostileInput::invisibleDisplayNames()
{
    QFETCH(QString, displayName);
    expectError(m_client->post(u"/api/v1/accounts"_s,
                               {{u"username"_s, u"carol"_s}, {u"password"_s, u"a good password"_s}, {u"displayName"_s, displayName}}),
                400, u"invalid_field"_s);
}

void TestHostileInput::rightToLeftTextIsKept()
{
    m_expectUnchanged = false;
    // Right-to-left and zero-width characters belong to real writing (Arabic, Hebrew, Persian's zero-width
    // non-joiner, emoji sequences joined by U+200D): display names and titles keep them exactly as sent.
    const QString name = u"\u202Bسارة\u202C 👩\u200D💻"_s;
    const TestReply created = m_client->post(
        u"/api/v1/accounts"_s, {{u"username"_s, u"sara"_s}, {u"password"_s, u"a good password"_s}, {u"displayName"_s, name}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"user"_s).toObject().value(u"displayName"_s).toString(), name);
    const QString title = u"\u202Eכותרת\u200F \u200Bمی\u200Cخواهم"_s;
    const QString id = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/diaries/"_s + id, JsonClient::diaryWrite(title, u"\u2067متن\u2069"_s, u"friends"_s), m_alice).status,
             201);
    const TestReply read = m_client->get(u"/api/v1/diaries/"_s + id, m_alice);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"diary"_s).toObject().value(u"title"_s).toString(), title);
    QCOMPARE(read.json.value(u"diary"_s).toObject().value(u"body"_s).toString(), u"\u2067متن\u2069"_s);
    const TestReply user = m_client->get(u"/api/v1/users/sara"_s, m_bob);
    QCOMPARE(user.json.value(u"user"_s).toObject().value(u"displayName"_s).toString(), name);
}

void TestHostileInput::leadingByteOrderMark()
{
    // A raw U+FEFF at the very start of a JSON string is read as a byte order mark and dropped (Qt's JSON parser):
    // "\xEF\xBB\xBFalice" is alice. So it names her and never makes a second, invisible "alice".
    expectError(m_client->send("POST", u"/api/v1/accounts"_s,
                               "{\"username\":\"\xEF\xBB\xBF" "alice\",\"password\":\"a good password\",\"displayName\":\"A\"}"),
                409, u"username_taken"_s);
    // Escaped it stays, and no username holds it.
    expectError(m_client->send("POST", u"/api/v1/accounts"_s,
                               R"({"username":"\ufeffalice","password":"a good password","displayName":"A"})"),
                400, u"invalid_field"_s);
    // A display name that is nothing but it is blank either way.
    expectError(m_client->send("POST", u"/api/v1/accounts"_s, "{\"username\":\"carol\",\"password\":\"a good password\",\"displayName\":\"\xEF\xBB\xBF\"}"),
                400, u"invalid_field"_s);
    expectError(m_client->send("POST", u"/api/v1/accounts"_s,
                               R"({"username":"carol","password":"a good password","displayName":"\ufeff"})"),
                400, u"invalid_field"_s);
}

void TestHostileInput::tenThousandCharacterUsernames()
{
    const QString longName(10000, u'a');
    const QByteArray escaped = QUrl::toPercentEncoding(longName);
    expectError(m_client->post(u"/api/v1/accounts"_s,
                               {{u"username"_s, longName}, {u"password"_s, u"a good password"_s}, {u"displayName"_s, u"x"_s}}),
                400, u"invalid_field"_s);
    expectError(m_client->post(u"/api/v1/sessions"_s, {{u"username"_s, longName}, {u"password"_s, u"a good password"_s}}), 400,
                u"invalid_field"_s);
    expectError(m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, longName}}, m_alice), 400, u"invalid_field"_s);
    expectError(m_client->get(u"/api/v1/users/"_s + QString::fromLatin1(escaped), m_alice), 404, u"not_found"_s);
    expectError(m_client->get(u"/api/v1/users/"_s + QString::fromLatin1(escaped) + u"/diaries"_s, m_alice), 404, u"not_found"_s);
    // 10,000 characters of 空 are 90,000 bytes escaped in the path: past the 16 KiB of the request line and headers.
    const QByteArray cjk = QUrl::toPercentEncoding(QString(10000, QChar(0x7a7a)));
    const RawAnswer tooLong = raw("GET /api/v1/users/" + cjk + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(tooLong.status, 431);
    QCOMPARE(errorCodeOf(tooLong.json), u"header_too_large"_s);
    // A display name of 10,000 characters is past its 64.
    expectError(m_client->post(u"/api/v1/accounts"_s, {{u"username"_s, u"carol"_s},
                                                       {u"password"_s, u"a good password"_s},
                                                       {u"displayName"_s, QString(10000, u'x')}}),
                400, u"invalid_field"_s);
}

void TestHostileInput::duplicateKeys_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QString diary = u"/api/v1/diaries/"_s + m_diary;
    // The classic smuggling: one parser takes the first, another the last. Refused, never guessed.
    QTest::newRow("account username twice")
        << u"POST"_s << u"/api/v1/accounts"_s
        << QByteArray(R"({"username":"carol","password":"a good password","displayName":"C","username":"alice"})");
    QTest::newRow("diary title twice") << u"PUT"_s << diary
                                       << QByteArray(R"({"title":"a","title":"b","body":"b","visibility":"friends","baseRevision":2})");
    QTest::newRow("visibility twice, same value")
        << u"PUT"_s << diary << QByteArray(R"({"title":"a","body":"b","visibility":"friends","visibility":"friends","baseRevision":2})");
    QTest::newRow("visibility twice, public last")
        << u"PUT"_s << diary << QByteArray(R"({"title":"a","body":"b","visibility":"private","baseRevision":2,"visibility":"public"})");
    QTest::newRow("the same key spelt with an escape")
        << u"PUT"_s << diary << QByteArray(R"({"title":"a","\u0074itle":"b","body":"b","visibility":"friends","baseRevision":2})");
    QTest::newRow("an escaped slash") << u"PUT"_s << u"/api/v1/posts/"_s + m_post
                                      << QByteArray(R"({"text":"a","te\/xt":"b","t\u0065xt":"c","photoIds":[],"visibility":"friends"})");
    QTest::newRow("in a nested object")
        << u"PUT"_s << u"/api/v1/me/space"_s << QByteArray(R"({"music":{"autoplay":true,"autoplay":false},"baseRevision":null})");
    QTest::newRow("upload size twice") << u"POST"_s << u"/api/v1/uploads"_s
                                       << QByteArray(R"({"size":10,"sha256":")" + QByteArray(64, 'a')
                                                     + R"(","kind":"photo","size":52428801})");
}

void TestHostileInput::duplicateKeys()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QString token = path.startsWith(u"/api/v1/accounts"_s) ? QString() : m_alice;
    const TestReply reply = m_client->send(method.toUtf8(), path, body, "application/json", token);
    expectError(reply, 400, u"malformed_json"_s);
    QVERIFY2(reply.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"duplicate"_s), reply.body.constData());
    // The same keys in different objects are no duplicates: an array of objects each with its own "id" is fine
    // (checked by the ordinary write below still working).
}

void TestHostileInput::expectUploadRefused(const QByteArray &bytes, const QString &kind, int status, const QString &code)
{
    const TestReply started = m_media->startRaw(m_alice, bytes.size(), MediaClient::sha256(bytes), u"liar.jpg"_s, kind);
    QCOMPARE(started.status, 201);
    const QString upload = started.json.value(u"uploadId"_s).toString();
    QVERIFY(kj::isValidItemId(upload));
    expectError(m_media->patch(m_alice, upload, 0, bytes), status, code);
    // Discarded: the next PATCH or HEAD finds nothing.
    QCOMPARE(m_media->head(m_alice, upload).status, 404);
    QCOMPARE(m_media->patch(m_alice, upload, 0, bytes).status, 404);
}

void TestHostileInput::lyingPhotos_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray jpeg = MediaClient::encoded(MediaClient::testImage(320, 240), "jpeg");
    QTest::newRow("PNG claiming 100000x100000") << MediaClient::pngBomb(100000, 100000) << 413 << u"payload_too_large"_s;
    // PNG allows at most 2^31 - 1 a side: a header past it is no PNG header.
    QTest::newRow("PNG claiming 4294967295x1") << MediaClient::pngBomb(0xffffffffu, 1) << 415 << u"unsupported_media_type"_s;
    QTest::newRow("PNG claiming 20000x20000") << MediaClient::pngBomb(20000, 20000) << 413 << u"payload_too_large"_s;
    // libpng reads no side over 1,000,000: no header it accepts.
    QTest::newRow("PNG claiming 1x200000000") << MediaClient::pngBomb(1, 200000000) << 415 << u"unsupported_media_type"_s;
    QTest::newRow("PNG claiming 0x0") << MediaClient::pngBomb(0, 0) << 415 << u"unsupported_media_type"_s;
    QTest::newRow("a JPEG that is text") << QByteArray("This is not a JPEG, only words.\n") << 415 << u"unsupported_media_type"_s;
    QTest::newRow("text after a JPEG signature") << QByteArray("\xff\xd8\xff\xe0 but then only words follow here") << 415
                                                 << u"unsupported_media_type"_s;
    QTest::newRow("a truncated JPEG") << jpeg.left(jpeg.size() / 2) << 415 << u"unsupported_media_type"_s;
    QTest::newRow("a JPEG cut after its header") << jpeg.left(700) << 415 << u"unsupported_media_type"_s;
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(6);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random << 415 << u"unsupported_media_type"_s;
    QTest::newRow("an HTML page") << QByteArray("<!DOCTYPE html><script>alert(1)</script>") << 415 << u"unsupported_media_type"_s;
}

void TestHostileInput::lyingPhotos()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, code);
    expectUploadRefused(bytes, u"photo"_s, status, code);
}

void TestHostileInput::lyingAudio()
{
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    expectUploadRefused(random, u"track"_s, 415, u"unsupported_media_type"_s);
    // Random bytes behind an ID3 tag and behind an MP3 frame sync: no audio after all.
    expectUploadRefused(QByteArray("ID3\x04\x00\x00\x00\x00\x00\x10", 10) + random.left(8000), u"track"_s, 415,
                        u"unsupported_media_type"_s);
    expectUploadRefused(QByteArray("\xff\xfb\x90\x64", 4) + random.left(8000), u"track"_s, 415, u"unsupported_media_type"_s);
    // An ID3 tag that claims to run far past the end of the file.
    expectUploadRefused(QByteArray("ID3\x04\x00\x00\x7f\x7f\x7f\x7f", 10) + random.left(100), u"track"_s, 415, u"unsupported_media_type"_s);
    // A WAV header whose data chunk claims 2 GiB.
    QByteArray wav("RIFF\x24\x00\x00\x80WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x44\xac\x00\x00\x88\x58\x01\x00\x02\x00\x10\x00"
                   "data\x00\x00\x00\x80",
                   44);
    expectUploadRefused(wav + random.left(1000), u"track"_s, 415, u"unsupported_media_type"_s);
    // A photo sent as a track and words sent as a track.
    expectUploadRefused(MediaClient::encoded(MediaClient::testImage(64, 64), "png"), u"track"_s, 415, u"unsupported_media_type"_s);
    expectUploadRefused(QByteArray("just words, no sound"), u"track"_s, 415, u"unsupported_media_type"_s);
}

void TestHostileInput::declaredSizeDiffers()
{
    const QByteArray png = MediaClient::encoded(MediaClient::testImage(64, 48), "png");
    // More bytes than declared: refused from the chunk's length, before its body is read; nothing written.
    TestReply started = m_media->startRaw(m_alice, png.size() - 10, MediaClient::sha256(png), u"a.png"_s);
    QCOMPARE(started.status, 201);
    QString upload = started.json.value(u"uploadId"_s).toString();
    expectError(m_media->patch(m_alice, upload, 0, png), 413, u"payload_too_large"_s);
    TestReply head = m_media->head(m_alice, upload);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Upload-Offset"), QByteArray("0"));
    // Fewer bytes with a hash of other bytes: the upload is whole at its declared size and the hash is wrong.
    expectError(m_media->patch(m_alice, upload, 0, png.left(png.size() - 10)), 400, u"bad_request"_s);
    QCOMPARE(m_media->head(m_alice, upload).status, 404);
    // The declared size is not a size at all.
    expectError(m_media->startRaw(m_alice, 0, MediaClient::sha256(png), u"a.png"_s), 400, u"invalid_field"_s);
    expectError(m_media->startRaw(m_alice, -5, MediaClient::sha256(png), u"a.png"_s), 400, u"invalid_field"_s);
    // Over the photo limit by its declaration alone.
    expectError(m_media->startRaw(m_alice, 50 * 1024 * 1024 + 1, MediaClient::sha256(png), u"a.png"_s), 413, u"payload_too_large"_s);
    // A hash that is not one.
    expectError(m_media->startRaw(m_alice, png.size(), u"not a hash"_s, u"a.png"_s), 400, u"invalid_field"_s);
}

void TestHostileInput::bodyShorterThanContentLength()
{
    const QByteArray png = MediaClient::encoded(MediaClient::testImage(64, 48), "png");
    const TestReply started = m_media->start(m_alice, png, u"b.png"_s);
    QCOMPARE(started.status, 201);
    const QString upload = started.json.value(u"uploadId"_s).toString();
    // Content-Length says the whole file, the connection ends after a third of it: the chunk counts for nothing.
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket.waitForConnected(10000));
        socket.write("PATCH /api/v1/uploads/" + upload.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_alice.toUtf8()
                     + "\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\nContent-Length: "
                     + QByteArray::number(png.size()) + "\r\n\r\n" + png.left(png.size() / 3));
        QVERIFY(socket.waitForBytesWritten(10000));
        socket.disconnectFromHost();
    }
    // The server drops the cut chunk; its offset stays 0 (it may take a moment to notice the closed connection).
    QTRY_COMPARE(m_media->head(m_alice, upload).header("Upload-Offset"), QByteArray("0"));
    // The JSON body of a diary cut short the same way changes nothing either.
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray body(R"({"title":"cut","body":"short","visibility":"public","baseRevision":2})");
        socket.write("PUT /api/v1/diaries/" + m_diary.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_alice.toUtf8()
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size() + 50) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(10000));
        socket.disconnectFromHost();
    }
    // Then the upload goes on: the real chunk completes it (so the snapshot check does not apply here).
    m_expectUnchanged = false;
    // Until the server has seen the cut connection end, the cut PATCH still holds the upload (409, nothing changes).
    TestReply done = m_media->patch(m_alice, upload, 0, png);
    for (int attempt = 0; attempt < 50 && done.status == 409; ++attempt) {
        QTest::qWait(100);
        done = m_media->patch(m_alice, upload, 0, png);
    }
    QCOMPARE(done.status, 200);
    QVERIFY(kj::isValidItemId(done.json.value(u"mediaId"_s).toString()));
    const TestReply diary = m_client->get(u"/api/v1/diaries/"_s + m_diary, m_alice);
    QCOMPARE(diary.json.value(u"diary"_s).toObject().value(u"title"_s).toString(), u"t"_s);
    QCOMPARE(diary.json.value(u"diary"_s).toObject().value(u"revision"_s).toInt(), 2);
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
