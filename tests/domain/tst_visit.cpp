#include "models/domain/timestamp.h"
#include "models/domain/visit.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVisit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        kj::VisitorList list;
        list.items = {kj::Visit{kj::User{u"carol"_s, u"Carol"_s, {}}, *kj::fromRfc3339(u"2026-11-27T05:00:00.000Z"_s)},
                      kj::Visit{kj::User{u"bob"_s, u"鲍勃"_s, {}}, *kj::fromRfc3339(u"2026-11-26T05:00:00.000Z"_s)}};
        list.total = 7;
        const QJsonObject json = list.toJson();
        QCOMPARE(json.value(u"total"_s).toInt(), 7);
        const QJsonObject first = json.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"user"_s).toObject().value(u"username"_s).toString(), u"carol"_s);
        QCOMPARE(first.value(u"at"_s).toString(), u"2026-11-27T05:00:00.000Z"_s);
        auto decoded = kj::VisitorList::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->items, list.items);
        QCOMPARE(decoded->total, 7);
    }

    void rejectsMalformedAnswers()
    {
        QVERIFY(!kj::VisitorList::fromJson({{u"items"_s, QJsonArray{}}}).ok()); // no total
        QVERIFY(!kj::VisitorList::fromJson({{u"items"_s, QJsonArray{1}}, {u"total"_s, 1}}).ok());
        QVERIFY(!kj::VisitorList::fromJson({{u"items"_s, QJsonArray{}}, {u"total"_s, -1}}).ok());
        QVERIFY(!kj::Visit::fromJson({{u"user"_s, QJsonObject{{u"username"_s, u"bob"_s}, {u"displayName"_s, u"b"_s}}}}).ok());
        QVERIFY(kj::VisitorList::fromJson({{u"items"_s, QJsonArray{}}, {u"total"_s, 0}, {u"more"_s, true}}).ok());
    }
};

QTEST_APPLESS_MAIN(TestVisit)
#include "tst_visit.moc"
