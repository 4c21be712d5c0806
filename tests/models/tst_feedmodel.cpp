#include "models/feedmodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using kj::models::FeedModel;
using Role = kj::models::PagedDiaryModel::Role;
using namespace kj::tests;

class TestFeedModel : public QObject
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

    static QStringList storeTitles(kj::store::ClientStore &store, int limit)
    {
        QStringList result;
        for (const kj::store::LocalDiary &local : store.diaries().feed(limit, 0))
            result.append(local.diary.title);
        return result;
    }

private Q_SLOTS:
    void friendsAndMineNewestFirstWithoutStrangers()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        befriend(*store, QStringLiteral("dawei"));
        applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Spring outing"), 30,
                                        QStringLiteral("We went to **Xiangshan**.\n\n- maple\n- tea")));
        applyServer(*store, serverDiary(QStringLiteral("dawei"), QStringLiteral("Exam week"), 10));
        applyServer(*store, serverDiary(QStringLiteral("me"), QStringLiteral("My own"), 20));
        applyServer(*store, serverDiary(QStringLiteral("stranger"), QStringLiteral("Cached but not a friend"), 5));

        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Exam week"), QStringLiteral("My own"), QStringLiteral("Spring outing")}));
        QCOMPARE(model.totalCount(), 3);

        const QModelIndex outing = model.index(2);
        QCOMPARE(outing.data(Role::AuthorUsernameRole).toString(), QStringLiteral("xiaohong"));
        QCOMPARE(outing.data(Role::AuthorDisplayNameRole).toString(), QStringLiteral("XIAOHONG"));
        QCOMPARE(outing.data(Role::LeadRole).toString(), QStringLiteral("We went to **Xiangshan**.\n\n- maple\n- tea"));
        QCOMPARE(outing.data(Role::ExcerptRole).toString(), QStringLiteral("We went to Xiangshan. maple tea"));
        QVERIFY(!outing.data(Role::IsMineRole).toBool());
        QVERIFY(!outing.data(Role::PendingRole).toBool());
        QVERIFY(model.index(1).data(Role::IsMineRole).toBool());
    }

    void followsSyncWithInsertsRemovalsAndMoves()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        QList<kj::Diary> diaries;
        for (int i = 0; i < 6; ++i) {
            diaries.append(serverDiary(QStringLiteral("xiaohong"), QStringLiteral("D%1").arg(i), 60 - i));
            applyServer(*store, diaries.last());
        }
        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // One sync page: a removal, an edit that moves a diary to the top, and two new ones.
        const kj::Status page = store->transaction([&]() -> kj::Status {
            if (auto removed = store->diaries().removeDiary(diaries.at(3).id); !removed)
                return removed.error();
            kj::Diary edited = diaries.at(1);
            edited.title = QStringLiteral("D1 edited");
            edited.revision = 2;
            edited.updatedAt = edited.updatedAt.addSecs(3600);
            if (auto written = store->diaries().applyServerDiary(edited); !written)
                return written.error();
            for (int minutes : {58, 1}) {
                if (auto written = store->diaries().applyServerDiary(
                        serverDiary(QStringLiteral("xiaohong"), QStringLiteral("New %1").arg(minutes), minutes));
                    !written)
                    return written.error();
            }
            return {};
        });
        QVERIFY(page.ok());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(titles(model), storeTitles(*store, 100));
        QCOMPARE(titles(model).first(), QStringLiteral("D1 edited"));
        QCOMPARE(model.totalCount(), 7);
    }

    void unfriendingRemovesTheirDiaries()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("dawei"));
        befriend(*store, QStringLiteral("xiaohong"));
        applyServer(*store, serverDiary(QStringLiteral("dawei"), QStringLiteral("Dawei 1"), 3));
        applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Xiaohong 1"), 2));
        applyServer(*store, serverDiary(QStringLiteral("dawei"), QStringLiteral("Dawei 2"), 1));
        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);

        const kj::Status unfriend = store->transaction([&]() -> kj::Status {
            if (kj::Status removed = store->friends().removeFriend(QStringLiteral("dawei")); !removed)
                return removed;
            return store->diaries().removeByAuthor(QStringLiteral("dawei"));
        });
        QVERIFY(unfriend.ok());
        QCOMPARE(titles(model), QStringList{QStringLiteral("Xiaohong 1")});
        QCOMPARE(model.totalCount(), 1);
    }

    void aHundredThousandCachedDiariesAreReadOnePageAtATime()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        constexpr int kDiaries = 100000;
        const kj::Status filled = store->transaction([&]() -> kj::Status {
            for (int i = 0; i < kDiaries; ++i) {
                kj::Diary diary = serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Diary %1").arg(i), 0);
                diary.updatedAt = diary.updatedAt.addSecs(i);
                if (auto written = store->diaries().applyServerDiary(diary); !written)
                    return written.error();
            }
            return {};
        });
        QVERIFY(filled.ok());

        constexpr int kPage = FeedModel::kDefaultPageSize;
        FeedModel model(*store);
        QCOMPARE(model.totalCount(), kDiaries);
        QCOMPARE(model.rowCount(), kPage);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0).data(Role::TitleRole).toString(), QStringLiteral("Diary %1").arg(kDiaries - 1));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * kPage);
        QCOMPARE(model.index(2 * kPage - 1).data(Role::TitleRole).toString(),
                 QStringLiteral("Diary %1").arg(kDiaries - 2 * kPage));

        // The tester fetches a page of its own while it checks.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int loaded = model.rowCount();
        QVERIFY(loaded >= 2 * kPage && loaded % kPage == 0 && loaded < 10 * kPage);

        // A change reads only what is loaded again, not the whole cache.
        applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Newest"), -kDiaries));
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(model.totalCount(), kDiaries + 1);
        QCOMPARE(model.index(0).data(Role::TitleRole).toString(), QStringLiteral("Newest"));
        QCOMPARE(model.index(loaded - 1).data(Role::TitleRole).toString(),
                 QStringLiteral("Diary %1").arg(kDiaries - loaded + 1));
    }
};

QTEST_GUILESS_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
