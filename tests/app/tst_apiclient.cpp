#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "tests/app/awaitresult.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;

    template<typename T>
    kj::Result<T> call(const std::function<void(ApiClient::Callback<T>)> &start)
    {
        std::optional<kj::Result<T>> result = awaitResult<T>(start);
        if (!result)
            return kj::fail(kj::ErrorCode::Timeout, u"the test gave up waiting"_s);
        return *result;
    }

    QString signUp(const QString &username)
    {
        JsonClient client(m_server.baseUrl());
        return client.signUp(username);
    }

    static QString unique(const QString &name)
    {
        static int counter = 0;
        return name + QString::number(++counter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
    }

    void init()
    {
        m_api = std::make_unique<ApiClient>(m_network);
        m_api->setServer(QUrl(m_server.baseUrl()));
    }

    void health()
    {
        QVERIFY(call<void>([&](auto done) { m_api->health(nullptr, done); }).ok());
    }

    void registersAndSignsIn()
    {
        const QString name = unique(u"alice"_s);
        auto user = call<kj::User>([&](auto done) {
            m_api->registerAccount({name, u"correct horse"_s, u"Alice 爱丽丝"_s}, nullptr, done);
        });
        QVERIFY2(user.ok(), qPrintable(user ? QString() : user.error().message));
        QCOMPARE(user->username, name);
        QCOMPARE(user->displayName, u"Alice 爱丽丝"_s);

        auto again = call<kj::User>([&](auto done) {
            m_api->registerAccount({name, u"correct horse"_s, u"x"_s}, nullptr, done);
        });
        QCOMPARE(again.error().code, kj::ErrorCode::UsernameTaken);
        auto weak = call<kj::User>([&](auto done) {
            m_api->registerAccount({unique(u"weak"_s), u"short"_s, u"x"_s}, nullptr, done);
        });
        QCOMPARE(weak.error().code, kj::ErrorCode::InvalidField);

        auto grant = call<kj::SessionGrant>([&](auto done) {
            m_api->createSession({name, u"correct horse"_s, u"test"_s}, nullptr, done);
        });
        QVERIFY(grant.ok());
        QVERIFY(!grant->token.isEmpty());
        QVERIFY(grant->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(grant->user.username, name);

        auto wrong = call<kj::SessionGrant>([&](auto done) {
            m_api->createSession({name, u"wrong password"_s, u"test"_s}, nullptr, done);
        });
        QCOMPARE(wrong.error().code, kj::ErrorCode::BadCredentials);

        m_api->setToken(grant->token);
        auto me = call<kj::User>([&](auto done) { m_api->me(nullptr, done); });
        QVERIFY(me.ok());
        QCOMPARE(me->username, name);
        auto profile = call<kj::app::UserProfile>([&](auto done) { m_api->userProfile(name, nullptr, done); });
        QVERIFY(profile.ok());
        QCOMPARE(profile->user.displayName, u"Alice 爱丽丝"_s);

        QVERIFY(call<void>([&](auto done) { m_api->deleteCurrentSession(nullptr, done); }).ok());
        QSignalSpy unauthorized(m_api.get(), &ApiClient::unauthorized);
        auto after = call<kj::User>([&](auto done) { m_api->me(nullptr, done); });
        QCOMPARE(after.error().code, kj::ErrorCode::Unauthorized);
        QCOMPARE(unauthorized.count(), 1);
    }

    void friends()
    {
        const QString a = unique(u"amy"_s), b = unique(u"ben"_s);
        const QString tokenA = signUp(a), tokenB = signUp(b);
        QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
        ApiClient bob(m_network);
        bob.setServer(QUrl(m_server.baseUrl()));
        bob.setToken(tokenB);
        m_api->setToken(tokenA);

        auto request = call<kj::FriendRequest>([&](auto done) { m_api->sendFriendRequest(b, nullptr, done); });
        QVERIFY(request.ok());
        QCOMPARE(request->from.username, a);
        QCOMPARE(request->to.username, b);
        auto twice = call<kj::FriendRequest>([&](auto done) { m_api->sendFriendRequest(b, nullptr, done); });
        QCOMPARE(twice.error().code, kj::ErrorCode::AlreadyExists);
        auto nobody = call<kj::FriendRequest>([&](auto done) { m_api->sendFriendRequest(u"nobody.here"_s, nullptr, done); });
        QCOMPARE(nobody.error().code, kj::ErrorCode::NotFound);

        auto requests = call<kj::app::FriendRequests>([&](auto done) { bob.friendRequests(nullptr, done); });
        QVERIFY(requests.ok());
        QCOMPARE(requests->incoming.size(), 1);
        QCOMPARE(requests->incoming.first().id, request->id);
        QVERIFY(requests->outgoing.isEmpty());

        auto declineUnknown = call<void>([&](auto done) { bob.declineFriendRequest(kj::newItemId(), nullptr, done); });
        QCOMPARE(declineUnknown.error().code, kj::ErrorCode::NotFound);

        auto accepted = call<kj::Friend>([&](auto done) { bob.acceptFriendRequest(request->id, nullptr, done); });
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->user.username, a);
        auto list = call<QList<kj::Friend>>([&](auto done) { m_api->friends(nullptr, done); });
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().user.username, b);

        QVERIFY(call<void>([&](auto done) { m_api->removeFriend(b, nullptr, done); }).ok());
        list = call<QList<kj::Friend>>([&](auto done) { m_api->friends(nullptr, done); });
        QVERIFY(list->isEmpty());
    }

    void diaries()
    {
        const QString name = unique(u"dora"_s);
        m_api->setToken(signUp(name));
        const QString id = kj::newItemId();
        kj::DiaryWrite write{u"标题"_s, u"今天去公园散步"_s, kj::Visibility::Friends, std::nullopt};
        auto created = call<kj::app::DiaryWriteResult>([&](auto done) { m_api->putDiary(id, write, nullptr, done); });
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        QVERIFY(created->created);
        QCOMPARE(created->diary.revision, 1);
        QCOMPARE(created->diary.body, write.body);

        auto repeated = call<kj::app::DiaryWriteResult>([&](auto done) { m_api->putDiary(id, write, nullptr, done); });
        QVERIFY(repeated.ok()); // an idempotent retry
        QVERIFY(!repeated->created);
        QCOMPARE(repeated->diary.revision, 1);

        write.body = u"edited"_s;
        write.baseRevision = 1;
        auto updated = call<kj::app::DiaryWriteResult>([&](auto done) { m_api->putDiary(id, write, nullptr, done); });
        QVERIFY(updated.ok());
        QCOMPARE(updated->diary.revision, 2);

        write.body = u"stale"_s;
        auto stale = call<kj::app::DiaryWriteResult>([&](auto done) { m_api->putDiary(id, write, nullptr, done); });
        QCOMPARE(stale.error().code, kj::ErrorCode::Conflict);
        const std::optional<kj::Diary> current = ApiClient::conflictCurrent(stale.error());
        QVERIFY(current.has_value());
        QCOMPARE(current->revision, 2);
        QCOMPARE(current->body, u"edited"_s);

        auto bad = call<kj::app::DiaryWriteResult>([&](auto done) {
            m_api->putDiary(u"not-a-uuid"_s, write, nullptr, done);
        });
        QCOMPARE(bad.error().code, kj::ErrorCode::InvalidId);

        auto read = call<kj::Diary>([&](auto done) { m_api->diary(id, nullptr, done); });
        QVERIFY(read.ok());
        QCOMPARE(read->body, u"edited"_s);
        auto list = call<kj::app::DiaryPage>([&](auto done) { m_api->userDiaries(name, {}, 10, nullptr, done); });
        QVERIFY(list.ok());
        QCOMPARE(list->items.size(), 1);
        auto feed = call<kj::app::FeedPage>([&](auto done) { m_api->feed({}, 10, nullptr, done); });
        QVERIFY(feed.ok());
        QCOMPARE(feed->items.size(), 1);
        QCOMPARE(feed->items.first().id(), id);
        auto changes = call<kj::ChangesPage>([&](auto done) { m_api->changes({}, 100, nullptr, done); });
        QVERIFY(changes.ok());
        QVERIFY(!changes->cursor.isEmpty());
        bool seen = false;
        for (const kj::Change &change : changes->changes)
            seen = seen || (change.kind == u"diary"_s && change.id == id);
        QVERIFY(seen);
        auto later = call<kj::ChangesPage>([&](auto done) { m_api->changes(changes->cursor, 100, nullptr, done); });
        QVERIFY(later.ok());
        QVERIFY(later->changes.isEmpty());
        QVERIFY(!later->more);

        QVERIFY(call<void>([&](auto done) { m_api->deleteDiary(id, nullptr, done); }).ok());
        auto gone = call<kj::Diary>([&](auto done) { m_api->diary(id, nullptr, done); });
        QCOMPARE(gone.error().code, kj::ErrorCode::NotFound);
    }

    void pagesThroughAList()
    {
        const QString name = unique(u"pia"_s);
        m_api->setToken(signUp(name));
        for (int i = 0; i < 5; ++i) {
            auto written = call<kj::app::DiaryWriteResult>([&](auto done) {
                m_api->putDiary(kj::newItemId(), {u"t"_s, QString::number(i), kj::Visibility::Public, std::nullopt}, nullptr, done);
            });
            QVERIFY(written.ok());
        }
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            auto page = call<kj::app::DiaryPage>([&](auto done) { m_api->userDiaries(name, cursor, 2, nullptr, done); });
            QVERIFY(page.ok());
            for (const kj::Diary &diary : page->items)
                seen.insert(diary.id);
            cursor = page->nextCursor;
            QVERIFY(++pages <= 5);
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), 5);
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_api->setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        auto result = call<kj::User>([&](auto done) { m_api->me(nullptr, done); });
        QCOMPARE(result.error().code, kj::ErrorCode::NetworkError);
        QVERIFY(ApiClient::isTransient(result.error()));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        m_api->setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        m_api->setTimeout(std::chrono::milliseconds(300));
        auto result = call<kj::User>([&](auto done) { m_api->me(nullptr, done); });
        QCOMPARE(result.error().code, kj::ErrorCode::Timeout);
        QVERIFY(ApiClient::isTransient(result.error()));
    }

    void answersOutsideTheContract_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("code");
        QTest::newRow("not JSON") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << int(kj::ErrorCode::BadResponse);
        QTest::newRow("wrong type") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 36\r\n\r\n{\"username\":5,\"displayName\":\"x\"}   ")
                                    << int(kj::ErrorCode::BadResponse);
        QTest::newRow("proxy error page") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 3\r\n\r\nbad") << int(kj::ErrorCode::Unavailable);
        QTest::newRow("unknown code")
            << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 50\r\n\r\n{\"error\":{\"code\":\"new_thing\",\"message\":\"nope\"}}  ")
            << int(kj::ErrorCode::Forbidden);
    }

    void answersOutsideTheContract()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, code);
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        connect(&fake, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = fake.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                socket->readAll();
                socket->write(answer);
                socket->disconnectFromHost();
            });
        });
        m_api->setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(fake.serverPort())));
        auto result = call<kj::User>([&](auto done) { m_api->me(nullptr, done); });
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
    }

    void aDeadContextGetsNoCallback()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_api->health(context.get(), [&](kj::Status) { called = true; });
        context.reset();
        bool other = false;
        m_api->health(nullptr, [&](kj::Status) { other = true; });
        QTRY_VERIFY(other);
        QVERIFY(!called);
    }

    void passwordsInClear()
    {
        QVERIFY(!ApiClient::sendsPasswordsInClear(QUrl(u"http://127.0.0.1:8080"_s)));
        QVERIFY(!ApiClient::sendsPasswordsInClear(QUrl(u"http://127.3.4.5:8080"_s)));
        QVERIFY(!ApiClient::sendsPasswordsInClear(QUrl(u"http://localhost:8080"_s)));
        QVERIFY(!ApiClient::sendsPasswordsInClear(QUrl(u"http://[::1]:8080"_s)));
        QVERIFY(!ApiClient::sendsPasswordsInClear(QUrl(u"https://space.example.org"_s)));
        QVERIFY(ApiClient::sendsPasswordsInClear(QUrl(u"http://space.example.org"_s)));
        QVERIFY(ApiClient::sendsPasswordsInClear(QUrl(u"http://192.168.1.20:8080"_s)));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
