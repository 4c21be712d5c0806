// Visitors (访客) through the real server: one visit per visitor per UTC day, none for one's own space,
// none while the visitor's hideMyVisits is on; the owner's list and total.
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestVisitsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recordsOneVisitPerDay();
    void aNewDayIsANewVisit();
    void ownSpaceIsNoVisit();
    void hideMyVisitsLeavesNoTrace();
    void listsMostRecentFirst();
    void refusesBadRequests();

private:
    QString user(const QString &name)
    {
        const QString token = m_client->signUp(name);
        if (token.isEmpty())
            qWarning() << "could not sign up" << name;
        return token;
    }
    int visit(const QString &owner, const QString &token)
    {
        return m_client->send("POST", u"/api/v1/users/%1/visits"_s.arg(owner), {}, {}, token).status;
    }
    QJsonObject visitors(const QString &token, const QString &query = {})
    {
        const TestReply reply = m_client->get(u"/api/v1/me/visitors"_s + query, token);
        if (reply.status != 200)
            qWarning() << "GET /me/visitors answered" << reply.status << reply.body;
        return reply.json;
    }
    static QStringList names(const QJsonObject &list)
    {
        QStringList result;
        for (const QJsonValue &value : list.value(u"items"_s).toArray())
            result.append(value.toObject().value(u"user"_s).toObject().value(u"username"_s).toString());
        return result;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(u"inspect"_s));
        return query.exec(sql);
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
};

void TestVisitsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    QSqlDatabase db = m_server.openInspection(u"inspect"_s);
    QVERIFY(db.isOpen());
}

void TestVisitsApi::cleanupTestCase()
{
    QSqlDatabase::database(u"inspect"_s).close();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestVisitsApi::recordsOneVisitPerDay()
{
    const QString owner = user(u"host"_s), guest = user(u"guest"_s);
    QCOMPARE(visitors(owner).value(u"total"_s).toInt(-1), 0);
    QCOMPARE(visit(u"host"_s, guest), 204);
    QCOMPARE(visit(u"host"_s, guest), 204);
    QCOMPARE(visit(u"host"_s, guest), 204);
    const QJsonObject list = visitors(owner);
    QCOMPARE(list.value(u"total"_s).toInt(), 1);
    QCOMPARE(names(list), QStringList{u"guest"_s});
    const QJsonObject first = list.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"user"_s).toObject().value(u"displayName"_s).toString(), u"guest"_s);
    QVERIFY(!first.value(u"at"_s).toString().isEmpty());
    // The guest's own list is untouched.
    QCOMPARE(visitors(guest).value(u"total"_s).toInt(-1), 0);
}

void TestVisitsApi::aNewDayIsANewVisit()
{
    const QString owner = user(u"daily"_s), guest = user(u"regular"_s);
    QCOMPARE(visit(u"daily"_s, guest), 204);
    // Yesterday's visit, as if recorded then: the day (UTC) is the unit, not the time of day.
    QVERIFY(exec(u"UPDATE visits SET day = day - 1, at_ms = at_ms - 86400000 WHERE owner_id = "
                 "(SELECT id FROM users WHERE username = 'daily')"_s));
    QCOMPARE(visit(u"daily"_s, guest), 204);
    QCOMPARE(visit(u"daily"_s, guest), 204);
    const QJsonObject list = visitors(owner);
    QCOMPARE(list.value(u"total"_s).toInt(), 2); // visits, one per visitor per day
    QCOMPARE(names(list), QStringList{u"regular"_s}); // visitors, each once
}

void TestVisitsApi::ownSpaceIsNoVisit()
{
    const QString owner = user(u"narcissus"_s);
    QCOMPARE(visit(u"narcissus"_s, owner), 204);
    QCOMPARE(visitors(owner).value(u"total"_s).toInt(-1), 0);
    QVERIFY(visitors(owner).value(u"items"_s).toArray().isEmpty());
}

void TestVisitsApi::hideMyVisitsLeavesNoTrace()
{
    const QString owner = user(u"watched"_s), shy = user(u"shy"_s);
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"hideMyVisits"_s, true}}, shy).status, 200);
    QCOMPARE(visit(u"watched"_s, shy), 204);
    QCOMPARE(visitors(owner).value(u"total"_s).toInt(-1), 0);
    // Turned off again, the next visit counts.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"hideMyVisits"_s, false}}, shy).status, 200);
    QCOMPARE(visit(u"watched"_s, shy), 204);
    QCOMPARE(names(visitors(owner)), QStringList{u"shy"_s});
    // Others' hideMyVisits does not hide my visits to them, and the owner's does not hide visits to the owner.
    QCOMPARE(m_client->put(u"/api/v1/me/space"_s, {{u"hideMyVisits"_s, true}}, owner).status, 200);
    const QString other = user(u"other_guest"_s);
    QCOMPARE(visit(u"watched"_s, other), 204);
    QCOMPARE(visitors(owner).value(u"total"_s).toInt(), 2);
}

void TestVisitsApi::listsMostRecentFirst()
{
    const QString owner = user(u"busy"_s);
    QStringList expected;
    for (const QString &name : {u"v_one"_s, u"v_two"_s, u"v_three"_s}) {
        const QString token = user(name);
        QCOMPARE(visit(u"busy"_s, token), 204);
        expected.prepend(name);
        QTest::qWait(2); // each visit in its own millisecond, so "most recent first" has one answer
    }
    QCOMPARE(names(visitors(owner)), expected);
    QCOMPARE(names(visitors(owner, u"?limit=2"_s)), expected.mid(0, 2));
    QCOMPARE(visitors(owner, u"?limit=2"_s).value(u"total"_s).toInt(), 3);
    // Visiting again moves a visitor to the top without a second visit that day.
    QCOMPARE(visit(u"busy"_s, m_client->signIn(u"v_one"_s, JsonClient::passwordFor(u"v_one"_s))), 204);
    QCOMPARE(names(visitors(owner)), (QStringList{u"v_one"_s, u"v_three"_s, u"v_two"_s}));
    QCOMPARE(visitors(owner).value(u"total"_s).toInt(), 3);
}

void TestVisitsApi::refusesBadRequests()
{
    const QString owner = user(u"strict_host"_s), guest = user(u"strict_guest"_s);
    QCOMPARE(visit(u"strict_host"_s, QString()), 401);
    QCOMPARE(m_client->get(u"/api/v1/me/visitors"_s).status, 401);
    QCOMPARE(visit(u"no_such_person"_s, guest), 404);
    TestReply reply = m_client->send("POST", u"/api/v1/users/strict_host/visits"_s, R"({"at":"2020-01-01T00:00:00Z"})",
                                     "application/json", guest);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"unknown_field"_s);
    QCOMPARE(m_client->send("POST", u"/api/v1/users/strict_host/visits"_s, "{", "application/json", guest).status, 400);
    QCOMPARE(m_client->send("POST", u"/api/v1/users/strict_host/visits"_s, "{}", "application/json", guest).status, 204);
    QCOMPARE(m_client->get(u"/api/v1/me/visitors?limit=x"_s, owner).status, 400);
    QCOMPARE(visitors(owner).value(u"total"_s).toInt(), 1);
    QCOMPARE(m_client->send("GET", u"/api/v1/users/strict_host/visits"_s, {}, {}, owner).status, 405);
}

QTEST_MAIN(TestVisitsApi)
#include "tst_visitsapi.moc"
