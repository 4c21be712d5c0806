#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/feed/feedmodel.h"
#include "models/store/clientstore.h"
#include "models/store/friendrepository.h"
#include "models/store/itemtable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using kj::models::FeedModel;
using Role = kj::models::FeedModel::Role;

// A cache of 100,000 feed items: the model reads pages of it as a view scrolls, never the whole cache.
class TestFeedScale : public QObject
{
    Q_OBJECT

private:
    static constexpr int kItems = 100000;
    std::unique_ptr<kj::store::ClientStore> m_store;

    //! The text of item `i` (item 0 is the newest).
    static QString textOf(int i) { return QStringLiteral("说说 number %1").arg(i); }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = kj::store::ClientStore::openInMemory(kj::User{QStringLiteral("me"), QStringLiteral("Me"), {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
        QVERIFY(m_store->friends().upsertFriend(kj::Friend{kj::User{QStringLiteral("xiaohong"), QStringLiteral("小红"), {}},
                                                           QDateTime::currentDateTimeUtc()}).ok());
        // One transaction of rows as sync caches them: 说说, with a repost and a track now and then.
        const QDateTime newest = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        kj::store::ItemTable table(*m_store);
        QSignalSpy changed(m_store.get(), &kj::store::ClientStore::itemsChanged);
        const kj::Status filled = m_store->transaction([&]() -> kj::Status {
            for (int i = 0; i < kItems; ++i) {
                kj::store::CachedItem item;
                item.kind = i % 50 == 7 ? QStringLiteral("repost") : i % 97 == 3 ? QStringLiteral("track") : QStringLiteral("post");
                item.id = kj::newItemId();
                item.owner = i % 2 ? QStringLiteral("xiaohong") : QStringLiteral("me");
                item.createdAt = newest.addSecs(-i);
                item.updatedAt = item.createdAt;
                item.revision = 1;
                QJsonObject json{{QStringLiteral("kind"), item.kind},
                                 {QStringLiteral("id"), item.id},
                                 {QStringLiteral("visibility"), QStringLiteral("friends")},
                                 {QStringLiteral("revision"), 1},
                                 {QStringLiteral("createdAt"), kj::toRfc3339(item.createdAt)},
                                 {QStringLiteral("likeCount"), i % 5}};
                const QJsonObject who{{QStringLiteral("username"), item.owner}, {QStringLiteral("displayName"), item.owner}};
                if (item.kind == u"track") {
                    json.insert(QStringLiteral("owner"), who);
                    json.insert(QStringLiteral("title"), textOf(i));
                } else if (item.kind == u"repost") {
                    json.insert(QStringLiteral("author"), who);
                    json.insert(QStringLiteral("comment"), textOf(i));
                    json.insert(QStringLiteral("itemKind"), QStringLiteral("post"));
                    json.insert(QStringLiteral("itemId"), kj::newItemId());
                } else {
                    json.insert(QStringLiteral("author"), who);
                    json.insert(QStringLiteral("text"), textOf(i));
                    json.insert(QStringLiteral("photoIds"), QJsonArray());
                }
                item.json = json;
                item.base = json;
                if (kj::Status put = table.put(item); !put)
                    return put;
            }
            return {};
        });
        QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
        QCOMPARE(changed.count(), 1); // one signal for the whole transaction
    }

    void readsOnlyPagesAndMoreAsTheViewScrolls()
    {
        FeedModel model(*m_store);
        constexpr int kPage = FeedModel::kDefaultPageSize;
        QCOMPARE(model.rowCount(), kPage);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0).data(Role::TextRole).toString(), textOf(0));

        // The tester fetches a few pages of its own while it checks.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() <= 5 * kPage);
        // A page is a quarter of what is loaded once that is more than a page (a view lays out every loaded row
        // after each page), at most FeedModel::kMaxFetch.
        const auto pageAfter = [](int loaded) { return std::clamp(loaded / 4, int(kPage), int(FeedModel::kMaxFetch)); };
        const int before = model.rowCount();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), before + pageAfter(before));

        // A view asks for more as it is scrolled to the bottom, a page at a time.
        QListView view;
        view.setModel(&model);
        view.resize(400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        constexpr int kFar = 1000;
        while (model.rowCount() <= kFar) {
            const int rows = model.rowCount();
            view.scrollToBottom();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
            QTRY_VERIFY(model.rowCount() > rows);
            int pages = rows; // whole pages (one or more), never the rest of the cache
            while (pages < model.rowCount())
                pages += pageAfter(pages);
            QCOMPARE(model.rowCount(), pages);
        }
        QVERIFY(model.rowCount() < kItems / 10);
        const QModelIndex far = model.index(kFar);
        const QString kind = far.data(Role::KindRole).toString();
        QCOMPARE(kind == u"track" ? far.data(Role::TitleRole).toString() : far.data(Role::TextRole).toString(), textOf(kFar));
        QCOMPARE(far.data(Role::LikeCountRole).toInt(), kFar % 5);

        // A change reads again only what is loaded, keeping every loaded row.
        const int loaded = model.rowCount();
        kj::store::CachedItem newest;
        newest.kind = QStringLiteral("post");
        newest.id = kj::newItemId();
        newest.owner = QStringLiteral("xiaohong");
        newest.createdAt = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
        newest.updatedAt = newest.createdAt;
        newest.json = QJsonObject{{QStringLiteral("kind"), newest.kind}, {QStringLiteral("id"), newest.id},
                                  {QStringLiteral("text"), QStringLiteral("the newest")},
                                  {QStringLiteral("visibility"), QStringLiteral("friends")}};
        QVERIFY(kj::store::ItemTable(*m_store).put(newest).ok());
        QTRY_COMPARE(model.index(0).data(Role::TextRole).toString(), QStringLiteral("the newest"));
        QCOMPARE(model.rowCount(), loaded);
    }
};

QTEST_MAIN(TestFeedScale)
#include "tst_feedscale.moc"
