#include "models/domain/change.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageRoundTrips()
    {
        kj::ChangesPage page;
        page.changes.append({u"diary"_s, kj::Change::Op::Upsert, u"id-1"_s, {{u"title"_s, u"x"_s}}});
        page.changes.append({u"friend"_s, kj::Change::Op::Delete, u"bob"_s, {}});
        page.cursor = u"42"_s;
        page.more = true;
        const QJsonObject json = page.toJson();
        QVERIFY(!json.value(u"changes"_s).toArray().at(1).toObject().contains(u"item"_s));
        auto decoded = kj::ChangesPage::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->cursor, u"42"_s);
        QVERIFY(decoded->more);
        QCOMPARE(decoded->changes.size(), 2);
        QCOMPARE(decoded->changes[0].item.value(u"title"_s).toString(), u"x"_s);
        QCOMPARE(decoded->changes[1].op, kj::Change::Op::Delete);
        QCOMPARE(decoded->changes[1].id, u"bob"_s);
    }

    void rejectsBrokenChanges_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::newRow("unknown op") << QJsonObject{{u"kind"_s, u"diary"_s}, {u"op"_s, u"merge"_s}, {u"id"_s, u"x"_s}};
        QTest::newRow("upsert without item") << QJsonObject{{u"kind"_s, u"diary"_s}, {u"op"_s, u"upsert"_s}, {u"id"_s, u"x"_s}};
        QTest::newRow("no id") << QJsonObject{{u"kind"_s, u"diary"_s}, {u"op"_s, u"delete"_s}};
    }
    void rejectsBrokenChanges()
    {
        QFETCH(QJsonObject, change);
        QJsonObject page{{u"changes"_s, QJsonArray{change}}, {u"cursor"_s, u"1"_s}, {u"more"_s, false}};
        QVERIFY(!kj::ChangesPage::fromJson(page).ok());
    }
};

QTEST_GUILESS_MAIN(TestChange)
#include "tst_change.moc"
