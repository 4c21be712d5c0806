#include "models/diarylistmodel.h"
#include "models/store/outbox.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using kj::models::DiaryListModel;
using Role = kj::models::PagedDiaryModel::Role;
using namespace kj::tests;

class TestDiaryListModel : public QObject
{
    Q_OBJECT

private:
    static QStringList titles(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(Role::TitleRole).toString());
        return result;
    }

    static QString save(kj::store::ClientStore &store, const QString &id, const QString &title,
                        const QString &body = QStringLiteral("text"), kj::Visibility visibility = kj::Visibility::Friends)
    {
        const auto saved = store.diaries().saveMyDiary(id, title, body, visibility);
        if (!saved.ok())
            qWarning("save failed: %s", qPrintable(saved.error().message));
        // Rows are ordered by updatedAt with millisecond precision; keep writes apart.
        QTest::qWait(3);
        return saved.ok() ? saved->diary.id : QString();
    }

private Q_SLOTS:
    void emptyStore()
    {
        auto store = openStore();
        DiaryListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.author(), QStringLiteral("me"));
    }

    void showsMyDiariesNewestFirstWithRoles()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Not mine"), 1));
        save(*store, {}, QStringLiteral("First"));
        save(*store, {}, QStringLiteral("Second"));
        const QString third = save(*store, {}, QStringLiteral("Third"), QStringLiteral("# Heading\n\nSome **bold** words."),
                                   kj::Visibility::Private);

        DiaryListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Third"), QStringLiteral("Second"), QStringLiteral("First")}));
        QCOMPARE(model.totalCount(), 3);

        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(Role::IdRole).toString(), third);
        QCOMPARE(top.data(Qt::DisplayRole).toString(), QStringLiteral("Third"));
        QCOMPARE(top.data(Role::BodyRole).toString(), QStringLiteral("# Heading\n\nSome **bold** words."));
        QCOMPARE(top.data(Role::ExcerptRole).toString(), QStringLiteral("Heading Some bold words."));
        QCOMPARE(top.data(Role::VisibilityRole).toInt(), int(kj::Visibility::Private));
        QVERIFY(top.data(Role::PendingRole).toBool());
        QVERIFY(top.data(Role::IsMineRole).toBool());
        QCOMPARE(top.data(Role::AuthorUsernameRole).toString(), QStringLiteral("me"));
        QCOMPARE(top.data(Role::RevisionRole).toLongLong(), 0);
        QVERIFY(top.data(Role::UpdatedAtRole).toDateTime().isValid());

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(Role::TitleRole), QByteArray("title"));
        QCOMPARE(names.value(Role::PendingRole), QByteArray("pending"));
        QCOMPARE(names.value(Role::UpdatedAtRole), QByteArray("updatedAt"));
        QCOMPARE(names.value(Role::IdRole), QByteArray("diaryId"));
    }

    void editMovesTheRowInsteadOfResetting()
    {
        auto store = openStore();
        const QString first = save(*store, {}, QStringLiteral("First"));
        save(*store, {}, QStringLiteral("Second"));
        save(*store, {}, QStringLiteral("Third"));
        DiaryListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex firstRow = model.index(2);
        QCOMPARE(firstRow.data(Role::IdRole).toString(), first);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        save(*store, first, QStringLiteral("First, edited"));

        QCOMPARE(titles(model), (QStringList{QStringLiteral("First, edited"), QStringLiteral("Third"), QStringLiteral("Second")}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(moves.count(), 1);
        QVERIFY(changes.count() >= 1);
        // A view's current item follows the diary it shows.
        QCOMPARE(firstRow.row(), 0);
        QCOMPARE(firstRow.data(Role::TitleRole).toString(), QStringLiteral("First, edited"));
    }

    void newDiaryIsInsertedAndDeletedOneIsRemoved()
    {
        auto store = openStore();
        const QString first = save(*store, {}, QStringLiteral("First"));
        DiaryListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy total(&model, &DiaryListModel::totalCountChanged);

        save(*store, {}, QStringLiteral("Second"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(total.count(), 1);

        QVERIFY(store->diaries().deleteMyDiary(first).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Second")});
        QCOMPARE(model.rowOf(first), -1);
    }

    void pendingMarkClearsWhenThePushIsRecorded()
    {
        auto store = openStore();
        const QString id = save(*store, {}, QStringLiteral("To push"));
        DiaryListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.index(0).data(Role::PendingRole).toBool());

        const auto entry = store->outbox().head();
        QVERIFY(entry);
        kj::Diary server = *model.diaryAt(0);
        server.revision = 1;
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store->diaries().recordPushed(entry->seq, server).ok());
        QVERIFY(!changes.isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0).data(Role::PendingRole).toBool());
        QCOMPARE(model.index(0).data(Role::RevisionRole).toLongLong(), 1);
        QCOMPARE(model.index(0).data(Role::IdRole).toString(), id);
    }

    void pagesThroughManyDiaries()
    {
        auto store = openStore();
        // As the server would send them back, each a minute newer than the one before.
        for (int i = 0; i < 25; ++i)
            applyServer(*store, serverDiary(QStringLiteral("me"), QStringLiteral("Diary %1").arg(i), 100 - i));
        DiaryListModel model(*store);
        QCOMPARE(model.rowCount(), 25); // one default page holds them all

        model.setPageSize(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.totalCount(), 25);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(titles(model).first(), QStringLiteral("Diary 24"));
        QCOMPARE(titles(model).last(), QStringLiteral("Diary 15"));

        // The tester itself fetches pages while it checks; whatever is loaded is whole pages, in order.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto expected = [](int from, int count) {
            QStringList result;
            for (int i = from; i > from - count; --i)
                result.append(QStringLiteral("Diary %1").arg(i));
            return result;
        };
        QVERIFY(model.rowCount() % 10 == 0 || model.rowCount() == 25);
        QCOMPARE(titles(model), expected(24, model.rowCount()));
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QCOMPARE(model.rowCount(), std::min(before + 10, 25));
        }
        QCOMPARE(titles(model), expected(24, 25));

        // A reload keeps as many rows as were scrolled to; the oldest one makes room for the newest.
        applyServer(*store, serverDiary(QStringLiteral("me"), QStringLiteral("Newest"), 1));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.totalCount(), 26);
        QCOMPARE(titles(model).first(), QStringLiteral("Newest"));
        QCOMPARE(titles(model).last(), QStringLiteral("Diary 1"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(titles(model).last(), QStringLiteral("Diary 0"));
        QVERIFY(!model.canFetchMore({}));
    }

    void listsAnotherAuthorsCachedDiaries()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("dawei"));
        applyServer(*store, serverDiary(QStringLiteral("dawei"), QStringLiteral("Dawei's"), 5));
        save(*store, {}, QStringLiteral("Mine"));
        DiaryListModel model(*store, QStringLiteral("dawei"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Dawei's")});
        QVERIFY(!model.index(0).data(Role::IsMineRole).toBool());
        QCOMPARE(model.index(0).data(Role::AuthorDisplayNameRole).toString(), QStringLiteral("DAWEI"));
    }
};

QTEST_GUILESS_MAIN(TestDiaryListModel)
#include "tst_diarylistmodel.moc"
