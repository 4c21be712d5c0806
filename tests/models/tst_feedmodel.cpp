#include "models/feed/feedmodel.h"
#include "models/feed/feedreader.h"
#include "modelfixture.h"

#include "models/domain/timestamp.h"
#include "models/store/commentrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using kj::models::FeedModel;
using kj::models::FeedPicture;
using Role = kj::models::FeedModel::Role;
using namespace kj::tests;

// The feed model over a real (in-memory) store: diaries and the items of the generic cache merged newest
// first, photo batches, reactions with my unsent likes and comments, paging and following the store.
class TestFeedModel : public QObject
{
    Q_OBJECT

private:
    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(role).toString());
        return result;
    }
    static QStringList titles(const QAbstractItemModel &model) { return column(model, Role::TitleRole); }

    static QStringList storeTitles(kj::store::ClientStore &store, int limit)
    {
        QStringList result;
        for (const kj::store::LocalDiary &local : store.diaries().feed(limit, 0))
            result.append(local.diary.title);
        return result;
    }

    static QDateTime minutesAgo(int minutes)
    {
        static const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        return base.addSecs(-60 * minutes);
    }

    //! An item of `kind` as the server sends it, made `minutes` before the fixed moment.
    static QJsonObject serverItem(const QString &kind, const QString &owner, int minutes, QJsonObject fields)
    {
        const QString who = kind == u"photo" || kind == u"track" || kind == u"album" ? QStringLiteral("owner") : QStringLiteral("author");
        fields.insert(QStringLiteral("kind"), kind);
        if (!fields.contains(QStringLiteral("id")))
            fields.insert(QStringLiteral("id"), kj::newItemId());
        fields.insert(who, QJsonObject{{QStringLiteral("username"), owner}, {QStringLiteral("displayName"), owner.toUpper()}});
        if (!fields.contains(QStringLiteral("visibility")))
            fields.insert(QStringLiteral("visibility"), QStringLiteral("friends"));
        fields.insert(QStringLiteral("revision"), 1);
        fields.insert(QStringLiteral("createdAt"), kj::toRfc3339(minutesAgo(minutes)));
        fields.insert(QStringLiteral("updatedAt"), kj::toRfc3339(minutesAgo(minutes)));
        return fields;
    }

    static QString apply(kj::store::ClientStore &store, const QString &kind, const QJsonObject &json)
    {
        const kj::Result<bool> written = kj::store::ItemRepository(store).applyServerItem(kind, json);
        if (!written)
            qWarning("applyServerItem: %s", qPrintable(written.error().message));
        return json.value(QStringLiteral("id")).toString();
    }

    static QString post(kj::store::ClientStore &store, const QString &owner, int minutes, const QString &text,
                        const QStringList &photoIds = {}, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("text"), text);
        extra.insert(QStringLiteral("photoIds"), QJsonArray::fromStringList(photoIds));
        return apply(store, QStringLiteral("post"), serverItem(QStringLiteral("post"), owner, minutes, extra));
    }

    static QString photo(kj::store::ClientStore &store, const QString &owner, const QString &album, int minutes,
                         const QString &caption = {})
    {
        return apply(store, QStringLiteral("photo"),
                     serverItem(QStringLiteral("photo"), owner, minutes,
                                {{QStringLiteral("albumId"), album}, {QStringLiteral("mediaId"), kj::newItemId()},
                                 {QStringLiteral("caption"), caption}, {QStringLiteral("width"), 400}, {QStringLiteral("height"), 300}}));
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

        const QModelIndex outing = model.index(2);
        QCOMPARE(outing.data(Role::KindRole).toString(), QStringLiteral("diary"));
        QCOMPARE(outing.data(Role::AuthorUsernameRole).toString(), QStringLiteral("xiaohong"));
        QCOMPARE(outing.data(Role::AuthorDisplayNameRole).toString(), QStringLiteral("XIAOHONG"));
        QCOMPARE(outing.data(Role::LeadRole).toString(), QStringLiteral("We went to **Xiangshan**.\n\n- maple\n- tea"));
        QCOMPARE(outing.data(Role::ExcerptRole).toString(), QStringLiteral("We went to Xiangshan. maple tea"));
        QVERIFY(!outing.data(Role::IsMineRole).toBool());
        QVERIFY(!outing.data(Role::PendingRole).toBool());
        QVERIFY(model.index(1).data(Role::IsMineRole).toBool());
        QCOMPARE(model.diaryAt(2)->title, QStringLiteral("Spring outing"));
    }

    void everyKindMergedNewestFirst()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("A diary"), 50));
        const QString shared = post(*store, QStringLiteral("xiaohong"), 40, QStringLiteral("西湖的雨"),
                                    {}, {{QStringLiteral("likeCount"), 2}, {QStringLiteral("commentCount"), 1}});
        // Three photos of one album added within minutes of each other: one entry, placed by the newest.
        const QString album = kj::newItemId();
        const QString firstPhoto = photo(*store, QStringLiteral("xiaohong"), album, 35, QStringLiteral("断桥"));
        photo(*store, QStringLiteral("xiaohong"), album, 31);
        photo(*store, QStringLiteral("xiaohong"), album, 30);
        // A photo a 说说 shows is left to the 说说.
        const QString inPost = photo(*store, QStringLiteral("xiaohong"), kj::newItemId(), 21);
        const QString withPhoto = post(*store, QStringLiteral("xiaohong"), 20, QStringLiteral("看这张"), {inPost});
        apply(*store, QStringLiteral("repost"),
              serverItem(QStringLiteral("repost"), QStringLiteral("me"), 10,
                         {{QStringLiteral("itemKind"), QStringLiteral("post")}, {QStringLiteral("itemId"), shared},
                          {QStringLiteral("comment"), QStringLiteral("好美")},
                          {QStringLiteral("original"), serverItem(QStringLiteral("post"), QStringLiteral("xiaohong"), 40,
                                                                  {{QStringLiteral("text"), QStringLiteral("西湖的雨")}})}}));
        apply(*store, QStringLiteral("track"),
              serverItem(QStringLiteral("track"), QStringLiteral("xiaohong"), 5,
                         {{QStringLiteral("title"), QStringLiteral("茉莉花")}, {QStringLiteral("artist"), QStringLiteral("民歌")},
                          {QStringLiteral("mediaId"), kj::newItemId()}}));
        post(*store, QStringLiteral("stranger"), 1, QStringLiteral("not in my feed"));
        // Albums are not feed entries; their photos are.
        apply(*store, QStringLiteral("album"),
              serverItem(QStringLiteral("album"), QStringLiteral("xiaohong"), 2, {{QStringLiteral("title"), QStringLiteral("杭州")}}));

        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, Role::KindRole), (QStringList{QStringLiteral("track"), QStringLiteral("repost"), QStringLiteral("post"),
                                                           QStringLiteral("photo"), QStringLiteral("post"), QStringLiteral("diary")}));
        QCOMPARE(model.index(0).data(Role::TitleRole).toString(), QStringLiteral("茉莉花"));
        QCOMPARE(model.index(0).data(Role::TextRole).toString(), QStringLiteral("民歌"));

        const QModelIndex repost = model.index(1);
        QCOMPARE(repost.data(Role::TextRole).toString(), QStringLiteral("好美"));
        QCOMPARE(repost.data(Role::OriginalKindRole).toString(), QStringLiteral("post"));
        QCOMPARE(repost.data(Role::OriginalAuthorRole).toString(), QStringLiteral("XIAOHONG"));
        QCOMPARE(repost.data(Role::OriginalTextRole).toString(), QStringLiteral("西湖的雨"));
        QVERIFY(repost.data(Role::IsMineRole).toBool());

        const QModelIndex withPicture = model.index(2);
        QCOMPARE(withPicture.data(Role::IdRole).toString(), withPhoto);
        QCOMPARE(withPicture.data(Role::PictureCountRole).toInt(), 1);
        QCOMPARE(withPicture.data(Role::PicturesRole).toList().first().value<FeedPicture>().photoId, inPost);

        const QModelIndex batch = model.index(3);
        QCOMPARE(batch.data(Role::IdRole).toString(), firstPhoto); // likes and comments go to its first photo
        QCOMPARE(batch.data(Role::PictureCountRole).toInt(), 3);
        QCOMPARE(batch.data(Role::PicturesRole).toList().size(), 3);
        QCOMPARE(batch.data(Role::TextRole).toString(), QStringLiteral("断桥"));
        QCOMPARE(batch.data(Role::TimeRole).toDateTime(), minutesAgo(30));

        const QModelIndex first = model.index(4);
        QCOMPARE(first.data(Role::TextRole).toString(), QStringLiteral("西湖的雨"));
        QCOMPARE(first.data(Role::LikeCountRole).toInt(), 2);
        QCOMPARE(first.data(Role::CommentCountRole).toInt(), 1);
        QVERIFY(!first.data(Role::LikedByMeRole).toBool());
    }

    void photosFarApartAreSeparateBatches()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        const QString album = kj::newItemId();
        photo(*store, QStringLiteral("xiaohong"), album, 100);
        photo(*store, QStringLiteral("xiaohong"), album, 95);
        photo(*store, QStringLiteral("xiaohong"), album, 30); // 65 minutes later: a new batch
        photo(*store, QStringLiteral("xiaohong"), kj::newItemId(), 29); // another album
        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(Role::PictureCountRole).toInt(), 1);
        QCOMPARE(model.index(1).data(Role::PictureCountRole).toInt(), 1);
        QCOMPARE(model.index(2).data(Role::PictureCountRole).toInt(), 2);
    }

    void myUnsentLikesAndCommentsShowAtOnce()
    {
        auto store = openStore(QStringLiteral("xiaoming")); // a username a comment's author may have
        befriend(*store, QStringLiteral("xiaohong"));
        const QString id = post(*store, QStringLiteral("xiaohong"), 3, QStringLiteral("周末去爬山吗"),
                                {}, {{QStringLiteral("likeCount"), 4}, {QStringLiteral("commentCount"), 0}});
        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0).data(Role::LikeCountRole).toInt(), 4);

        QVERIFY(kj::store::LikeRepository(*store).setLiked(kj::ItemKind::Post, id, true).ok());
        QTRY_VERIFY(model.index(0).data(Role::LikedByMeRole).toBool());
        QCOMPARE(model.index(0).data(Role::LikeCountRole).toInt(), 5);

        QVERIFY(kj::store::CommentRepository(*store).addMine(kj::ItemKind::Post, id, QStringLiteral("去！"), std::nullopt).ok());
        QCOMPARE(kj::store::CommentRepository(*store).commentsOf(kj::ItemKind::Post, id).size(), 1);
        QTRY_COMPARE(model.index(0).data(Role::CommentCountRole).toInt(), 1);
        QVERIFY(model.index(0).data(Role::CommentsRole).toList().isEmpty()); // read only when expanded

        model.setCommentsExpanded(0, true);
        QVERIFY(model.commentsExpanded(0));
        const QVariantList comments = model.index(0).data(Role::CommentsRole).toList();
        QCOMPARE(comments.size(), 1);
        const auto comment = comments.first().value<kj::models::FeedComment>();
        QCOMPARE(comment.text, QStringLiteral("去！"));
        QVERIFY(comment.pending);
        QCOMPARE(comment.author.username, QStringLiteral("xiaoming"));

        // Expanded stays expanded across reloads; collapsing drops the comments again.
        post(*store, QStringLiteral("xiaohong"), 1, QStringLiteral("newer"));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(Role::IdRole).toString(), id);
        QVERIFY(model.index(1).data(Role::CommentsExpandedRole).toBool());
        model.setCommentsExpanded(1, false);
        QVERIFY(model.index(1).data(Role::CommentsRole).toList().isEmpty());
    }

    void myPendingPostShowsPending()
    {
        auto store = openStore();
        QJsonObject json = serverItem(QStringLiteral("post"), QStringLiteral("me"), 0, {{QStringLiteral("text"), QStringLiteral("offline")}});
        json.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("username"), QStringLiteral("me")},
                                                          {QStringLiteral("displayName"), QStringLiteral("Me Myself")}});
        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(kj::store::ItemRepository(*store).saveMine(QStringLiteral("post"), json).ok());
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(Role::PendingRole).toBool());
        QVERIFY(model.index(0).data(Role::IsMineRole).toBool());
        QCOMPARE(model.index(0).data(Role::AuthorDisplayNameRole).toString(), QStringLiteral("Me Myself"));
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
        QTRY_COMPARE(titles(model), storeTitles(*store, 100));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(titles(model).first(), QStringLiteral("D1 edited"));
    }

    void unfriendingRemovesTheirEntries()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("dawei"));
        befriend(*store, QStringLiteral("xiaohong"));
        applyServer(*store, serverDiary(QStringLiteral("dawei"), QStringLiteral("Dawei 1"), 3));
        applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Xiaohong 1"), 2));
        post(*store, QStringLiteral("dawei"), 1, QStringLiteral("Dawei's 说说"));
        FeedModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(store->friends().removeFriend(QStringLiteral("dawei")).ok());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Xiaohong 1")});
    }

    void readsOnePageAtATime()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        for (int i = 0; i < 12; ++i) {
            if (i % 3 == 0)
                applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Diary %1").arg(i), i));
            else
                post(*store, QStringLiteral("xiaohong"), i, QStringLiteral("Post %1").arg(i));
        }
        FeedModel model(*store);
        model.setPageSize(5);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.canFetchMore({}));
        QStringList expected;
        for (int i = 0; i < 12; ++i)
            expected.append(i % 3 == 0 ? QStringLiteral("Diary %1").arg(i) : QStringLiteral("Post %1").arg(i));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            shown.append(index.data(Role::TitleRole).toString().isEmpty() ? index.data(Role::TextRole).toString()
                                                                          : index.data(Role::TitleRole).toString());
        }
        QCOMPARE(shown, expected);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // The reader pages each source by the last row it read (keyset): rows sharing one moment across a page's
    // edge are neither lost nor read twice, and the order is the feed's (newest first, then the larger id).
    void pagesAcrossRowsOfOneMoment()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        struct Expected {
            int minutes;
            QString id;
            QString key;
        };
        QList<Expected> expected;
        for (int i = 0; i < 150; ++i) {
            kj::Diary diary = serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Diary %1").arg(i), i / 10);
            applyServer(*store, diary);
            expected.append({i / 10, diary.id, QStringLiteral("diary/") + diary.id});
        }
        for (int i = 0; i < 90; ++i) {
            const QString id = post(*store, QStringLiteral("xiaohong"), i / 15, QStringLiteral("Post %1").arg(i));
            expected.append({i / 15, id, QStringLiteral("post/") + id});
        }
        std::sort(expected.begin(), expected.end(), [](const Expected &a, const Expected &b) {
            return a.minutes != b.minutes ? a.minutes < b.minutes : a.id > b.id;
        });
        QStringList keys;
        for (const Expected &e : std::as_const(expected))
            keys.append(e.key);

        FeedModel model(*store);
        model.setPageSize(7);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(column(model, Role::KeyRole), keys);
    }

    // A view lays out every loaded row again after each page: once many are loaded, a page is a quarter of
    // them (at most FeedModel::kMaxFetch), so scrolling to the end of a long feed takes few relayouts.
    void pagesGrowWithTheLoadedRows()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("xiaohong"));
        for (int i = 0; i < 300; ++i)
            applyServer(*store, serverDiary(QStringLiteral("xiaohong"), QStringLiteral("Diary %1").arg(i), i));
        FeedModel model(*store);
        model.setPageSize(10);
        QList<int> counts{model.rowCount()};
        while (model.canFetchMore({})) {
            model.fetchMore({});
            counts.append(model.rowCount());
        }
        QCOMPARE(counts, (QList<int>{10, 20, 30, 40, 50, 62, 77, 96, 120, 150, 187, 233, 291, 300}));
        QCOMPARE(titles(model).constFirst(), QStringLiteral("Diary 0"));
        QCOMPARE(titles(model).constLast(), QStringLiteral("Diary 299"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

QTEST_GUILESS_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
