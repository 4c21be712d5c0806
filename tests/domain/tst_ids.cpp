#include "models/domain/ids.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newIdsAreValidAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = kj::newItemId();
            QVERIFY2(kj::isValidItemId(id), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void itemIdForm_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("canonical") << u"0b6f3c1e-8f4a-4c7e-9d2a-3f1e2d4c5b6a"_s << true;
        QTest::newRow("upper case") << u"0B6F3C1E-8F4A-4C7E-9D2A-3F1E2D4C5B6A"_s << false;
        QTest::newRow("braces") << u"{0b6f3c1e-8f4a-4c7e-9d2a-3f1e2d4c5b6a}"_s << false;
        QTest::newRow("no dashes") << u"0b6f3c1e8f4a4c7e9d2a3f1e2d4c5b6a"_s << false;
        QTest::newRow("not hex") << u"0b6f3c1e-8f4a-4c7e-9d2a-3f1e2d4c5b6g"_s << false;
        QTest::newRow("path") << u"../../../../etc/passwd-aaaaaaaaaaaaaa"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void itemIdForm()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(kj::isValidItemId(id), valid);
    }

    void usernameForm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"alice"_s << true;
        QTest::newRow("digits and marks") << u"li.lei_2008"_s << true;
        QTest::newRow("too short") << u"ab"_s << false;
        QTest::newRow("too long") << QString(33, u'a') << false;
        QTest::newRow("upper case") << u"Alice"_s << false;
        QTest::newRow("leading dot") << u".alice"_s << false;
        QTest::newRow("chinese") << u"小明明"_s << false;
        QTest::newRow("space") << u"al ice"_s << false;
    }
    void usernameForm()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(kj::isValidUsername(name), valid);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
