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
        for (Visibility v : {Visibility::Public, Visibility::Friends, Visibility::Private, Visibility::Groups})
            QCOMPARE(kj::visibilityFromName(kj::visibilityName(v)), std::optional<Visibility>(v));
        QCOMPARE(kj::visibilityName(Visibility::Groups), u"groups"_s);
        QCOMPARE(kj::visibilityFromName(u"Public"_s), std::nullopt);
        QCOMPARE(kj::visibilityFromName(u"Groups"_s), std::nullopt);
        QCOMPARE(kj::visibilityFromName(u"group"_s), std::nullopt);
    }

    void audienceMatrix_data()
    {
        QTest::addColumn<Relation>("viewer");
        QTest::addColumn<Visibility>("visibility");
        QTest::addColumn<bool>("sees");
        const struct { Relation r; const char *name; bool pub, fri, pri, grp; } rows[] = {
            {Relation::Owner, "owner", true, true, true, true},
            {Relation::GroupMember, "group member", true, true, false, true},
            {Relation::Friend, "friend", true, true, false, false},
            {Relation::Stranger, "stranger", true, false, false, false},
            {Relation::Anonymous, "anonymous", true, false, false, false},
        };
        for (const auto &row : rows) {
            QTest::addRow("%s/public", row.name) << row.r << Visibility::Public << row.pub;
            QTest::addRow("%s/friends", row.name) << row.r << Visibility::Friends << row.fri;
            QTest::addRow("%s/private", row.name) << row.r << Visibility::Private << row.pri;
            QTest::addRow("%s/groups", row.name) << row.r << Visibility::Groups << row.grp;
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
