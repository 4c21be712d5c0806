// Friend groups through HTTP against the real server: create, replace, list, get, delete; members must
// be friends; another user's group is 404; item writes name only the writer's own groups; unfriending
// takes the ex-friend out of the groups on both sides.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject groupBody(const QString &name, const QStringList &members)
{
    return {{u"name"_s, name}, {u"members"_s, QJsonArray::fromStringList(members)}};
}
} // namespace

class TestGroupsApi : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol, m_dave;

    JsonClient &json() { return *m_client; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_client = std::make_unique<JsonClient>(m_server.baseUrl());
        m_alice = json().signUp(u"alice"_s);
        m_bob = json().signUp(u"bob"_s);
        m_carol = json().signUp(u"carol"_s);
        m_dave = json().signUp(u"dave"_s);
        QVERIFY(json().befriend(m_alice, u"bob"_s, m_bob));
        QVERIFY(json().befriend(m_alice, u"dave"_s, m_dave));
    }

    void createReplaceListDelete()
    {
        const QString id = kj::newItemId();
        TestReply reply = json().put(u"/api/v1/me/groups/"_s + id, groupBody(u"同学"_s, {u"dave"_s, u"bob"_s}), m_alice);
        QCOMPARE(reply.status, 201);
        QJsonObject group = reply.json.value(u"group"_s).toObject();
        QCOMPARE(group.value(u"id"_s).toString(), id);
        QCOMPARE(group.value(u"name"_s).toString(), u"同学"_s);
        QCOMPARE(group.value(u"members"_s).toArray(), (QJsonArray{u"bob"_s, u"dave"_s}));
        const QString createdAt = group.value(u"createdAt"_s).toString();
        QVERIFY(!createdAt.isEmpty());

        reply = json().put(u"/api/v1/me/groups/"_s + id, groupBody(u"老同学"_s, {u"bob"_s}), m_alice);
        QCOMPARE(reply.status, 200);
        group = reply.json.value(u"group"_s).toObject();
        QCOMPARE(group.value(u"name"_s).toString(), u"老同学"_s);
        QCOMPARE(group.value(u"members"_s).toArray(), QJsonArray{u"bob"_s});
        QCOMPARE(group.value(u"createdAt"_s).toString(), createdAt);
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + id, groupBody(u"老同学"_s, {u"bob"_s}), m_alice).status, 200); // a retry

        const QString other = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + other, groupBody(u"空"_s, {}), m_alice).status, 201);
        reply = json().get(u"/api/v1/me/groups"_s, m_alice);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"id"_s).toString(), id);
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + id, m_alice).json.value(u"group"_s).toObject(), group);

        QCOMPARE(json().del(u"/api/v1/me/groups/"_s + other, m_alice).status, 204);
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + other, m_alice).status, 404);
        QCOMPARE(json().del(u"/api/v1/me/groups/"_s + other, m_alice).status, 404);
        QCOMPARE(json().get(u"/api/v1/me/groups"_s, m_alice).json.value(u"items"_s).toArray().size(), 1);
    }

    void onlyTheOwnerSeesAGroup()
    {
        const QString id = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + id, groupBody(u"家人"_s, {u"bob"_s}), m_alice).status, 201);
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + id, m_bob).status, 404);
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + id, groupBody(u"mine"_s, {}), m_bob).status, 404);
        QCOMPARE(json().del(u"/api/v1/me/groups/"_s + id, m_bob).status, 404);
        QCOMPARE(json().get(u"/api/v1/me/groups"_s, m_bob).json.value(u"items"_s).toArray(), QJsonArray{});
        QCOMPARE(json().get(u"/api/v1/me/groups"_s).status, 401);
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + id).status, 401);
    }

    void badGroupsAre400_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addRow("a stranger") << groupBody(u"g"_s, {u"carol"_s}) << u"invalid_field"_s;
        QTest::addRow("nobody") << groupBody(u"g"_s, {u"nosuchuser"_s}) << u"invalid_field"_s;
        QTest::addRow("twice") << groupBody(u"g"_s, {u"bob"_s, u"bob"_s}) << u"invalid_field"_s;
        QTest::addRow("blank name") << groupBody(u"  "_s, {}) << u"invalid_field"_s;
        QTest::addRow("empty name") << groupBody(u""_s, {}) << u"invalid_field"_s;
        QTest::addRow("41 characters") << groupBody(QString(41, u'x'), {}) << u"invalid_field"_s;
        QTest::addRow("no members") << QJsonObject{{u"name"_s, u"g"_s}} << u"missing_field"_s;
        QTest::addRow("unknown field") << QJsonObject{{u"name"_s, u"g"_s}, {u"members"_s, QJsonArray{}}, {u"x"_s, 1}}
                                       << u"unknown_field"_s;
    }
    void badGroupsAre400()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        const QString id = kj::newItemId();
        const TestReply reply = json().put(u"/api/v1/me/groups/"_s + id, body, m_alice);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + id, m_alice).status, 404);
        QCOMPARE(json().put(u"/api/v1/me/groups/NOT-A-UUID"_s, groupBody(u"g"_s, {}), m_alice).status, 400);
    }

    void itemsNameOnlyTheirOwnersGroups()
    {
        const QString mine = kj::newItemId();
        const QString bobs = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + mine, groupBody(u"mine"_s, {u"bob"_s}), m_alice).status, 201);
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + bobs, groupBody(u"bob's"_s, {u"alice"_s}), m_bob).status, 201);
        const auto diary = [](const QString &visibility, const QJsonArray &groups) {
            QJsonObject body{{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"visibility"_s, visibility}};
            if (!groups.isEmpty())
                body.insert(u"groups"_s, groups);
            return body;
        };
        QCOMPARE(json().put(u"/api/v1/diaries/"_s + kj::newItemId(), diary(u"groups"_s, {bobs}), m_alice).status, 400);
        QCOMPARE(json().put(u"/api/v1/diaries/"_s + kj::newItemId(), diary(u"groups"_s, {kj::newItemId()}), m_alice).status, 400);
        QCOMPARE(json().put(u"/api/v1/diaries/"_s + kj::newItemId(), diary(u"groups"_s, {}), m_alice).status, 400);
        QCOMPARE(json().put(u"/api/v1/diaries/"_s + kj::newItemId(), diary(u"friends"_s, {mine}), m_alice).status, 400);
        QCOMPARE(json().put(u"/api/v1/posts/"_s + kj::newItemId(),
                            {{u"text"_s, u"x"_s}, {u"photoIds"_s, QJsonArray{}}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{bobs}}},
                            m_alice)
                     .status,
                 400);
        QCOMPARE(json().put(u"/api/v1/albums/"_s + kj::newItemId(),
                            {{u"title"_s, u"x"_s}, {u"visibility"_s, u"groups"_s}, {u"groups"_s, QJsonArray{bobs}}}, m_alice)
                     .status,
                 400);

        // A good one, retried, then updated to another audience.
        const QString id = kj::newItemId();
        TestReply reply = json().put(u"/api/v1/diaries/"_s + id, diary(u"groups"_s, {mine}), m_alice);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"diary"_s).toObject().value(u"groups"_s).toArray(), QJsonArray{mine});
        QCOMPARE(json().put(u"/api/v1/diaries/"_s + id, diary(u"groups"_s, {mine}), m_alice).status, 200);
        QJsonObject update = diary(u"friends"_s, {});
        update.insert(u"baseRevision"_s, 1);
        reply = json().put(u"/api/v1/diaries/"_s + id, update, m_alice);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.value(u"diary"_s).toObject().contains(u"groups"_s));
        QCOMPARE(json().get(u"/api/v1/diaries/"_s + id, m_dave).status, 200);
    }

    void unfriendingLeavesGroupsOnBothSides()
    {
        const QString mine = kj::newItemId();
        const QString daves = kj::newItemId();
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + mine, groupBody(u"a"_s, {u"dave"_s, u"bob"_s}), m_alice).status, 201);
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + daves, groupBody(u"d"_s, {u"alice"_s}), m_dave).status, 201);
        QCOMPARE(json().del(u"/api/v1/friends/dave"_s, m_alice).status, 204);
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + mine, m_alice).json.value(u"group"_s).toObject().value(u"members"_s).toArray(),
                 QJsonArray{u"bob"_s});
        QCOMPARE(json().get(u"/api/v1/me/groups/"_s + daves, m_dave).json.value(u"group"_s).toObject().value(u"members"_s).toArray(),
                 QJsonArray{});
        QCOMPARE(json().put(u"/api/v1/me/groups/"_s + mine, groupBody(u"a"_s, {u"dave"_s}), m_alice).status, 400);
        QVERIFY(json().befriend(m_alice, u"dave"_s, m_dave));
    }
};

QTEST_GUILESS_MAIN(TestGroupsApi)
#include "tst_groupsapi.moc"
