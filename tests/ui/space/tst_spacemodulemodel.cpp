#include "models/domain/spacesettings.h"
#include "models/space/spacemodulemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using kj::models::SpaceModuleModel;

// The modules of a space's home as the decorating dialog edits them: order, shown or hidden, moved by drag.
class TestSpaceModuleModel : public QObject
{
    Q_OBJECT

private:
    static QStringList rows(const SpaceModuleModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(SpaceModuleModel::ModuleIdRole).toString());
        return ids;
    }

private Q_SLOTS:
    void shownFirstThenHidden()
    {
        SpaceModuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.modules(), kj::SpaceSettings::knownModules());
        model.setModules({QStringLiteral("guestbook"), QStringLiteral("profile"), QStringLiteral("nonsense"), QStringLiteral("profile")});
        QCOMPARE(model.modules(), (QStringList{QStringLiteral("guestbook"), QStringLiteral("profile")}));
        QCOMPARE(model.rowCount(), kj::SpaceSettings::knownModules().size());
        QCOMPARE(rows(model).mid(0, 3), (QStringList{QStringLiteral("guestbook"), QStringLiteral("profile"), QStringLiteral("posts")}));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(!model.index(0, 0).data(Qt::DisplayRole).toString().isEmpty());
    }

    void checkShowsAndHides()
    {
        SpaceModuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &SpaceModuleModel::modulesChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.modules().contains(QStringLiteral("posts")));
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.modules(), kj::SpaceSettings::knownModules());
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("x"), Qt::DisplayRole));
        QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    }

    void moveRows()
    {
        SpaceModuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &SpaceModuleModel::modulesChanged);
        // profile to after diaries
        QVERIFY(model.moveRows({}, 0, 1, {}, 3));
        QCOMPARE(model.modules().mid(0, 3), (QStringList{QStringLiteral("posts"), QStringLiteral("diaries"), QStringLiteral("profile")}));
        // visitors to the top
        QVERIFY(model.moveRows({}, 6, 1, {}, 0));
        QCOMPARE(model.modules().first(), QStringLiteral("visitors"));
        QCOMPARE(changed.size(), 2);
        // Onto itself, out of range: nothing.
        QVERIFY(!model.moveRows({}, 2, 1, {}, 2));
        QVERIFY(!model.moveRows({}, 2, 1, {}, 3));
        QVERIFY(!model.moveRows({}, 5, 3, {}, 0));
        QCOMPARE(changed.size(), 2);
    }

    void dropOfItsOwnRows()
    {
        SpaceModuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.mimeTypes().contains(SpaceModuleModel::kMimeType));
        // music and guestbook (rows 4, 5) dropped before diaries (row 2), in their order.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(5, 0), model.index(4, 0)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QCOMPARE(model.modules(), (QStringList{QStringLiteral("profile"), QStringLiteral("posts"), QStringLiteral("music"),
                                               QStringLiteral("guestbook"), QStringLiteral("diaries"), QStringLiteral("albums"),
                                               QStringLiteral("visitors")}));
        // profile dropped at the end (row -1).
        data.reset(model.mimeData({model.index(0, 0)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(model.modules().last(), QStringLiteral("profile"));
        // Other data is not ours.
        QMimeData text;
        text.setText(QStringLiteral("profile"));
        QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    }
};

QTEST_GUILESS_MAIN(TestSpaceModuleModel)
#include "tst_spacemodulemodel.moc"
