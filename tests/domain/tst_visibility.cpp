#include "models/domain/visibility.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::Relation;
using kj::Visibility;

class TestVisibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (Visibility v : {Visibility::Public, Visibility::Friends, Visibility::Private})
            QCOMPARE(kj::visibilityFromName(kj::visibilityName(v)), std::optional<Visibility>(v));
        QCOMPARE(kj::visibilityFromName(u"Public"_s), std::nullopt);
        QCOMPARE(kj::visibilityFromName(u"groups"_s), std::nullopt);
    }

    void audienceMatrix_data()
    {
        QTest::addColumn<Relation>("viewer");
        QTest::addColumn<Visibility>("visibility");
        QTest::addColumn<bool>("sees");
        const struct { Relation r; const char *name; bool pub, fri, pri; } rows[] = {
            {Relation::Owner, "owner", true, true, true},
            {Relation::Friend, "friend", true, true, false},
            {Relation::Stranger, "stranger", true, false, false},
            {Relation::Anonymous, "anonymous", true, false, false},
        };
        for (const auto &row : rows) {
            QTest::addRow("%s/public", row.name) << row.r << Visibility::Public << row.pub;
            QTest::addRow("%s/friends", row.name) << row.r << Visibility::Friends << row.fri;
            QTest::addRow("%s/private", row.name) << row.r << Visibility::Private << row.pri;
        }
    }
    void audienceMatrix()
    {
        QFETCH(Relation, viewer);
        QFETCH(Visibility, visibility);
        QFETCH(bool, sees);
        QCOMPARE(kj::canSee(viewer, visibility), sees);
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
