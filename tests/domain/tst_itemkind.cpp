#include "models/domain/itemkind.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestItemKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip_data()
    {
        QTest::addColumn<kj::ItemKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("diary") << kj::ItemKind::Diary << u"diary"_s;
        QTest::newRow("post") << kj::ItemKind::Post << u"post"_s;
        QTest::newRow("photo") << kj::ItemKind::Photo << u"photo"_s;
        QTest::newRow("album") << kj::ItemKind::Album << u"album"_s;
        QTest::newRow("repost") << kj::ItemKind::Repost << u"repost"_s;
        QTest::newRow("track") << kj::ItemKind::Track << u"track"_s;
    }
    void namesRoundTrip()
    {
        QFETCH(kj::ItemKind, kind);
        QFETCH(QString, name);
        QCOMPARE(kj::itemKindName(kind), name);
        QCOMPARE(kj::itemKindFromName(name), std::optional(kind));
    }
    void refusesOtherNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : {u""_s, u"Diary"_s, u"POST"_s, u"posts"_s, u"comment"_s, u" post"_s, u"user"_s})
            QTest::newRow(qPrintable(name.isEmpty() ? u"(empty)"_s : name)) << name;
    }
    void refusesOtherNames()
    {
        QFETCH(QString, name);
        QCOMPARE(kj::itemKindFromName(name), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestItemKind)
#include "tst_itemkind.moc"
