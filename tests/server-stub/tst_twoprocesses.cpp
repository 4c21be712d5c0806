// Two kongjian-server processes over one PostgreSQL database and one media folder serve one community (issue 7):
// requests alternate between them, as a load balancer in front would send them. A session made through one works
// on the other; a write through one is read through the other at once (feed, item, changes); an upload begun on
// one is finished on the other; the sign-in throttle counts failures from both. Runs only as
// tst_twoprocesses_postgresql (tests/server-stub/api.cmake): over SQLite a second process is refused.
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/teststore.h"

#include "models/domain/ids.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTwoProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aSessionWorksOnBoth();
    void aWriteIsReadOnTheOtherAtOnce();
    void theFeedFollowsWritesOfTheOther();
    void theChangesFeedCarriesWritesOfBoth();
    void anUploadBegunOnOneFinishesOnTheOther();
    void theSignInThrottleCountsBoth();
    void aSecondProcessOverOneSqliteFileIsRefused();

private:
    struct Process {
        std::unique_ptr<QProcess> process;
        QString url;
        std::unique_ptr<JsonClient> json;
        std::unique_ptr<MediaClient> media;
    };

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
    }
    static QString serverBinary() { return qEnvironmentVariable("KJ_BUILD_DIR") + u"/bin/kongjian-server"_s; }

    //! Starts kongjian-server with args on a free port and waits for its /healthz.
    bool start(Process &server, const QStringList &args)
    {
        const quint16 port = freePort();
        server.url = u"http://127.0.0.1:%1"_s.arg(port);
        server.process = std::make_unique<QProcess>();
        server.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.process->start(serverBinary(), QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--threads"_s, u"2"_s} + args);
        if (!server.process->waitForStarted())
            return false;
        server.json = std::make_unique<JsonClient>(server.url);
        server.media = std::make_unique<MediaClient>(server.url);
        for (int i = 0; i < 200 && server.process->state() == QProcess::Running; ++i) {
            if (server.json->get(u"/healthz"_s).status == 200)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    //! Alternates: even calls go to A, odd ones to B.
    JsonClient &next() { return *(m_turn++ % 2 == 0 ? m_a : m_b).json; }

    QTemporaryDir m_dataDir; // one media folder for both
    std::unique_ptr<TestStore> m_store;
    Process m_a;
    Process m_b;
    int m_turn = 0;
};

void TestTwoProcesses::initTestCase()
{
    QVERIFY2(TestStore::usesPostgresql(), "set KJ_TEST_POSTGRESQL: two processes share a PostgreSQL database");
    QVERIFY2(QFileInfo(serverBinary()).isExecutable(), qPrintable(serverBinary()));
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->status().ok());
    const QStringList shared{u"--data-dir"_s, m_dataDir.path(), u"--database"_s, m_store->database()};
    QVERIFY(start(m_a, shared));
    QVERIFY(start(m_b, shared));
}

void TestTwoProcesses::cleanupTestCase()
{
    for (Process *server : {&m_a, &m_b}) {
        if (server->process && server->process->state() == QProcess::Running) {
            server->process->terminate();
            QVERIFY(server->process->waitForFinished(15000));
            QCOMPARE(server->process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(server->process->exitCode(), 0);
        }
    }
    m_store.reset();
}

void TestTwoProcesses::aSessionWorksOnBoth()
{
    const QString token = m_a.json->signUp(u"wanderer"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_b.json->get(u"/api/v1/me"_s, token).json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"wanderer"_s);
    // Signed out through B: the token is refused by A as well.
    QCOMPARE(m_b.json->del(u"/api/v1/sessions/current"_s, token).status, 204);
    QCOMPARE(m_a.json->get(u"/api/v1/me"_s, token).status, 401);
}

void TestTwoProcesses::aWriteIsReadOnTheOtherAtOnce()
{
    const QString token = m_a.json->signUp(u"writer"_s);
    QVERIFY(!token.isEmpty());
    const QString id = kj::newItemId();
    for (int revision = 0; revision < 10; ++revision) {
        const QString body = u"revision %1"_s.arg(revision + 1);
        // Written through one process, read through the other straight after.
        JsonClient &writer = next();
        JsonClient &reader = next();
        m_turn += revision % 2; // and the other way round next time
        const TestReply written = writer.put(u"/api/v1/diaries/"_s + id, JsonClient::diaryWrite(u"t"_s, body, u"friends"_s, revision), token);
        QVERIFY2(written.status == 200 || written.status == 201, written.body.constData());
        const TestReply read = reader.get(u"/api/v1/diaries/"_s + id, token);
        QCOMPARE(read.status, 200);
        const QJsonObject diary = read.json.value(u"diary"_s).toObject();
        QCOMPARE(diary.value(u"body"_s).toString(), body);
        QCOMPARE(diary.value(u"revision"_s).toInteger(), revision + 1);
    }
}

void TestTwoProcesses::theFeedFollowsWritesOfTheOther()
{
    const QString reader = m_a.json->signUp(u"feedreader"_s);
    const QString author = m_b.json->signUp(u"feedauthor"_s);
    QVERIFY(m_a.json->befriend(reader, u"feedauthor"_s, author));
    auto titles = [&](JsonClient &client) {
        QStringList seen;
        const QJsonArray items = client.get(u"/api/v1/feed?limit=100"_s, reader).json.value(u"items"_s).toArray();
        for (const QJsonValue &item : items)
            seen.append(item.toObject().value(u"title"_s).toString());
        return seen;
    };
    QCOMPARE(titles(*m_a.json), QStringList());
    QCOMPARE(titles(*m_b.json), QStringList());
    for (int i = 1; i <= 6; ++i) {
        // The feed is read through both (a process that kept a page must not serve it after the other's write).
        JsonClient &writer = i % 2 ? *m_b.json : *m_a.json;
        QCOMPARE(writer.put(u"/api/v1/diaries/"_s + kj::newItemId(), JsonClient::diaryWrite(u"d%1"_s.arg(i), u"b"_s, u"friends"_s), author).status, 201);
        QCOMPARE(titles(*m_a.json).size(), i);
        QCOMPARE(titles(*m_b.json).size(), i);
        QVERIFY(titles(*m_a.json).contains(u"d%1"_s.arg(i)));
        QVERIFY(titles(*m_b.json).contains(u"d%1"_s.arg(i)));
    }
}

void TestTwoProcesses::theChangesFeedCarriesWritesOfBoth()
{
    const QString me = m_a.json->signUp(u"syncer"_s);
    QVERIFY(!me.isEmpty());
    QString cursor;
    QStringList learned;
    auto pull = [&](JsonClient &client) {
        for (;;) {
            const TestReply reply = client.get(u"/api/v1/changes?limit=3"_s + (cursor.isEmpty() ? QString() : u"&since="_s + cursor), me);
            if (reply.status != 200)
                return false;
            for (const QJsonValue &change : reply.json.value(u"changes"_s).toArray())
                learned.append(change.toObject().value(u"id"_s).toString());
            cursor = QString::fromUtf8(QUrl::toPercentEncoding(reply.json.value(u"cursor"_s).toString()));
            if (!reply.json.value(u"more"_s).toBool())
                return true;
        }
    };
    QVERIFY(pull(*m_a.json));
    QStringList written;
    for (int i = 0; i < 8; ++i) {
        const QString id = kj::newItemId();
        written.append(id);
        QCOMPARE(next().put(u"/api/v1/diaries/"_s + id, JsonClient::diaryWrite(u"c"_s, u"b"_s, u"private"_s), me).status, 201);
        if (i % 3 == 2)
            QVERIFY(pull(next())); // the cursor of one process is good on the other
    }
    QVERIFY(pull(next()));
    QCOMPARE(learned, written);
}

void TestTwoProcesses::anUploadBegunOnOneFinishesOnTheOther()
{
    const QString token = m_a.json->signUp(u"uploader"_s);
    const QByteArray photo = MediaClient::encoded(MediaClient::testImage(640, 480), "JPG");
    const TestReply started = m_a.media->start(token, photo);
    QCOMPARE(started.status, 201);
    const QString upload = started.json.value(u"uploadId"_s).toString();
    const qint64 half = photo.size() / 2;
    QCOMPARE(m_a.media->patch(token, upload, 0, photo.left(half)).status, 200);
    // The connection to A is lost; the client asks B where the upload stands and sends the rest there.
    const TestReply where = m_b.media->head(token, upload);
    QCOMPARE(where.status, 200);
    QCOMPARE(where.header("Upload-Offset").toLongLong(), half);
    const TestReply rest = m_b.media->patch(token, upload, half, photo.mid(half));
    QCOMPARE(rest.status, 200);
    const QString media = rest.json.value(u"mediaId"_s).toString();
    QVERIFY(!media.isEmpty());
    // Both serve the stored bytes.
    QCOMPARE(m_a.media->getMedia(token, media, u"original"_s).body, photo);
    QCOMPARE(m_b.media->getMedia(token, media, u"original"_s).body, photo);
}

void TestTwoProcesses::theSignInThrottleCountsBoth()
{
    QVERIFY(!m_a.json->signUp(u"guarded"_s).isEmpty());
    const auto attempt = [](const QString &password) {
        return QJsonObject{{u"username"_s, u"guarded"_s}, {u"password"_s, password}, {u"device"_s, u"test"_s}};
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(next().post(u"/api/v1/sessions"_s, attempt(u"guess %1"_s.arg(i))).status, 401);
    QCOMPARE(m_a.json->post(u"/api/v1/sessions"_s, attempt(JsonClient::passwordFor(u"guarded"_s))).status, 429);
    QCOMPARE(m_b.json->post(u"/api/v1/sessions"_s, attempt(JsonClient::passwordFor(u"guarded"_s))).status, 429);
}

void TestTwoProcesses::aSecondProcessOverOneSqliteFileIsRefused()
{
    QTemporaryDir dir;
    Process first;
    QVERIFY(start(first, {u"--data-dir"_s, dir.path()}));
    QProcess second;
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(serverBinary(), {u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort()), u"--data-dir"_s, dir.path()});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAll().contains("another server uses"), "the second process says why it stops");
    first.process->terminate();
    QVERIFY(first.process->waitForFinished(15000));
}

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
