// Friend requests and friendships through the real server.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestFriendsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsARequest();
    void refusesBadRequests();
    void onlyTheRecipientAccepts();
    void declinesAndCancels();
    void removesAFriend();

private:
    QString user(const QString &name)
    {
        const QString token = m_client->signUp(name);
        if (token.isEmpty())
            qWarning() << "could not sign up" << name;
        return token;
    }
    TestReply request(const QString &to, const QString &token)
    {
        return m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, to}}, token);
    }
    TestReply answer(const QString &id, const QString &what, const QString &token)
    {
        return m_client->post(u"/api/v1/friends/requests/%1/%2"_s.arg(id, what), {}, token);
    }
    QStringList names(const QJsonArray &array, const QString &field = u"username"_s)
    {
        QStringList result;
        for (const QJsonValue &value : array)
            result.append(value.toObject().value(field).toString());
        return result;
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
};

void TestFriendsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
}

void TestFriendsApi::sendsARequest()
{
    const QString a = user(u"req_a"_s), b = user(u"req_b"_s);
    const TestReply sent = request(u"req_b"_s, a);
    QCOMPARE(sent.status, 201);
    const QJsonObject req = sent.json.value(u"request"_s).toObject();
    QVERIFY(kj::isValidItemId(req.value(u"id"_s).toString()));
    QCOMPARE(req.value(u"from"_s).toObject().value(u"username"_s).toString(), u"req_a"_s);
    QCOMPARE(req.value(u"to"_s).toObject().value(u"username"_s).toString(), u"req_b"_s);
    QVERIFY(req.contains(u"createdAt"_s));

    const TestReply mine = m_client->get(u"/api/v1/friends/requests"_s, a);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json.value(u"outgoing"_s).toArray().size(), 1);
    QCOMPARE(mine.json.value(u"incoming"_s).toArray().size(), 0);
    QCOMPARE(mine.json.value(u"outgoing"_s).toArray().first().toObject(), req);
    const TestReply theirs = m_client->get(u"/api/v1/friends/requests"_s, b);
    QCOMPARE(theirs.json.value(u"incoming"_s).toArray().first().toObject(), req);
    QCOMPARE(theirs.json.value(u"outgoing"_s).toArray().size(), 0);
}

void TestFriendsApi::refusesBadRequests()
{
    const QString a = user(u"bad_a"_s), b = user(u"bad_b"_s), c = user(u"bad_c"_s);
    const TestReply self = request(u"bad_a"_s, a);
    QCOMPARE(self.status, 400);
    QCOMPARE(self.errorCode(), u"bad_request"_s);
    QCOMPARE(request(u"no_such_user"_s, a).status, 404);
    QCOMPARE(request(u"Not Valid"_s, a).status, 400);
    QCOMPARE(request(u"bad_b"_s, QString()).status, 401);
    QCOMPARE(request(u"bad_b"_s, a).status, 201);
    const TestReply twice = request(u"bad_b"_s, a);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), u"already_exists"_s);
    const TestReply reverse = request(u"bad_a"_s, b);
    QCOMPARE(reverse.status, 409);
    QCOMPARE(reverse.errorCode(), u"already_exists"_s);
    QVERIFY(m_client->befriend(a, u"bad_c"_s, c));
    const TestReply friends = request(u"bad_c"_s, a);
    QCOMPARE(friends.status, 409);
    QCOMPARE(friends.errorCode(), u"already_exists"_s);
    QCOMPARE(request(u"bad_a"_s, c).status, 409);
    QCOMPARE(answer(u"NOT-A-UUID"_s, u"accept"_s, b).status, 400);
    QCOMPARE(answer(kj::newItemId(), u"accept"_s, b).status, 404);
    // Nothing above left an extra request behind.
    QCOMPARE(m_client->get(u"/api/v1/friends/requests"_s, a).json.value(u"outgoing"_s).toArray().size(), 1);
}

void TestFriendsApi::onlyTheRecipientAccepts()
{
    const QString a = user(u"acc_a"_s), b = user(u"acc_b"_s), c = user(u"acc_c"_s);
    const QString id = request(u"acc_b"_s, a).json.value(u"request"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(answer(id, u"accept"_s, a).status, 404); // the sender
    QCOMPARE(answer(id, u"accept"_s, c).status, 404); // a stranger
    QCOMPARE(answer(id, u"decline"_s, c).status, 404);
    const TestReply accepted = answer(id, u"accept"_s, b);
    QCOMPARE(accepted.status, 200);
    const QJsonObject added = accepted.json.value(u"friend"_s).toObject();
    QCOMPARE(added.value(u"username"_s).toString(), u"acc_a"_s);
    QCOMPARE(added.value(u"displayName"_s).toString(), u"acc_a"_s);
    QVERIFY(added.contains(u"since"_s));

    QCOMPARE(names(m_client->get(u"/api/v1/friends"_s, a).json.value(u"items"_s).toArray()), QStringList{u"acc_b"_s});
    QCOMPARE(names(m_client->get(u"/api/v1/friends"_s, b).json.value(u"items"_s).toArray()), QStringList{u"acc_a"_s});
    QCOMPARE(names(m_client->get(u"/api/v1/friends"_s, c).json.value(u"items"_s).toArray()), QStringList{});
    const TestReply requests = m_client->get(u"/api/v1/friends/requests"_s, b);
    QVERIFY(requests.json.value(u"incoming"_s).toArray().isEmpty());
    QCOMPARE(answer(id, u"accept"_s, b).status, 404); // gone
}

void TestFriendsApi::declinesAndCancels()
{
    const QString a = user(u"dec_a"_s), b = user(u"dec_b"_s);
    QString id = request(u"dec_b"_s, a).json.value(u"request"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(answer(id, u"decline"_s, b).status, 204);
    QVERIFY(m_client->get(u"/api/v1/friends/requests"_s, a).json.value(u"outgoing"_s).toArray().isEmpty());
    QVERIFY(m_client->get(u"/api/v1/friends"_s, a).json.value(u"items"_s).toArray().isEmpty());
    // After a decline one may ask again; the sender may take a request back.
    id = request(u"dec_b"_s, a).json.value(u"request"_s).toObject().value(u"id"_s).toString();
    QVERIFY(kj::isValidItemId(id));
    QCOMPARE(answer(id, u"decline"_s, a).status, 204);
    QVERIFY(m_client->get(u"/api/v1/friends/requests"_s, b).json.value(u"incoming"_s).toArray().isEmpty());
    QCOMPARE(answer(id, u"decline"_s, a).status, 404);
}

void TestFriendsApi::removesAFriend()
{
    const QString a = user(u"rm_a"_s), b = user(u"rm_b"_s), c = user(u"rm_c"_s);
    QVERIFY(m_client->befriend(a, u"rm_b"_s, b));
    QVERIFY(m_client->befriend(a, u"rm_c"_s, c));
    QCOMPARE(m_client->del(u"/api/v1/friends/rm_c"_s, b).status, 404); // not b's friend
    QCOMPARE(m_client->del(u"/api/v1/friends/nobody_at_all"_s, a).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/friends/rm_b"_s, a).status, 204);
    QCOMPARE(names(m_client->get(u"/api/v1/friends"_s, a).json.value(u"items"_s).toArray()), QStringList{u"rm_c"_s});
    QVERIFY(m_client->get(u"/api/v1/friends"_s, b).json.value(u"items"_s).toArray().isEmpty());
    QCOMPARE(m_client->del(u"/api/v1/friends/rm_b"_s, a).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/friends/rm_a"_s, b).status, 404);
    // They can become friends again.
    QVERIFY(m_client->befriend(b, u"rm_a"_s, a));
}

QTEST_GUILESS_MAIN(TestFriendsApi)
#include "tst_friendsapi.moc"
