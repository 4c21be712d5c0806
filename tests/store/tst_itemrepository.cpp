#include "models/domain/friendship.h"
#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/friendrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/outbox.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::CachedItem;
using kj::store::ClientStore;
using kj::store::ItemRepository;
using kj::store::OutboxEntry;

class TestItemRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ItemRepository> m_items;

    ItemRepository &items() { return *m_items; }

    static QJsonObject post(const QString &author, const QString &text, qint64 revision = 0,
                            const QString &id = kj::newItemId(), int ageSeconds = 100)
    {
        kj::Post post;
        post.id = id;
        post.author = kj::User{author, author.toUpper(), {}};
        post.text = text;
        post.visibility = kj::Visibility::Friends;
        post.revision = revision;
        post.createdAt = kj::nowUtc().addSecs(-ageSeconds);
        post.updatedAt = post.createdAt.addSecs(revision);
        return post.toJson();
    }

    static QJsonObject withText(QJsonObject json, const QString &text, qint64 revision)
    {
        json.insert(u"text"_s, text);
        json.insert(u"revision"_s, revision);
        return json;
    }

private Q_SLOTS:
    void init()
    {
        auto store = ClientStore::openInMemory(kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
        m_items = std::make_unique<ItemRepository>(*m_store);
    }

    void savesMineWithItsOutboxEntry()
    {
        const QJsonObject mine = post(u"alice"_s, u"今天去爬山了"_s);
        const QString id = mine.value(u"id"_s).toString();
        auto saved = items().saveMine(u"post"_s, mine);
        QVERIFY(saved.ok());
        QCOMPARE(saved->owner, u"alice"_s);
        QCOMPARE(saved->revision, 0);
        QVERIFY(saved->pending);
        QVERIFY(!saved->base);
        QCOMPARE(saved->json.value(u"text"_s).toString(), u"今天去爬山了"_s);

        const QList<OutboxEntry> queued = m_store->outbox().entries();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, u"post"_s);
        QCOMPARE(queued.first().itemId, id);
        QCOMPARE(queued.first().payload.value(u"text"_s).toString(), u"今天去爬山了"_s);

        // An edit while waiting coalesces into the same entry; an unchanged save queues nothing.
        QVERIFY(items().saveMine(u"post"_s, withText(mine, u"今天去爬山了，很累"_s, 0)).ok());
        QVERIFY(items().saveMine(u"post"_s, withText(mine, u"今天去爬山了，很累"_s, 0)).ok());
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().entries().first().payload.value(u"text"_s).toString(), u"今天去爬山了，很累"_s);
        QCOMPARE(items().listByOwner(u"post"_s, u"alice"_s).size(), 1);
    }

    void refusesOthersItemsAndBadIds()
    {
        QCOMPARE(items().saveMine(u"post"_s, post(u"bob"_s, u"not mine"_s)).error().code, kj::ErrorCode::Forbidden);
        QJsonObject bad = post(u"alice"_s, u"x"_s);
        bad.insert(u"id"_s, u"nope"_s);
        QCOMPARE(items().saveMine(u"post"_s, bad).error().code, kj::ErrorCode::InvalidId);
        const QJsonObject theirs = post(u"bob"_s, u"bob's"_s, 1);
        QVERIFY(items().applyServerItem(u"post"_s, theirs).ok());
        QCOMPARE(items().deleteMine(u"post"_s, theirs.value(u"id"_s).toString()).error().code, kj::ErrorCode::Forbidden);
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }

    void serverCopyNeverOverwritesAPendingChange()
    {
        const QJsonObject server = post(u"alice"_s, u"v1"_s, 1);
        const QString id = server.value(u"id"_s).toString();
        QCOMPARE(*items().applyServerItem(u"post"_s, server), true);
        QCOMPARE(items().find(u"post"_s, id)->base, std::optional(server));

        QVERIFY(items().saveMine(u"post"_s, withText(server, u"mine"_s, 1)).ok());
        // A newer revision arrives while my edit waits: mine stays, so is the base at revision 1.
        QCOMPARE(*items().applyServerItem(u"post"_s, withText(server, u"theirs"_s, 2)), false);
        const CachedItem row = *items().find(u"post"_s, id);
        QCOMPARE(row.json.value(u"text"_s).toString(), u"mine"_s);
        QCOMPARE(row.revision, 1);
        QCOMPARE(row.base->value(u"text"_s).toString(), u"v1"_s);
        // Nor does a delete from the server drop it.
        QCOMPARE(*items().removeItem(u"post"_s, id), false);
        QVERIFY(items().find(u"post"_s, id));
    }

    void olderCopiesAreIgnored()
    {
        const QJsonObject v2 = post(u"bob"_s, u"v2"_s, 2);
        const QString id = v2.value(u"id"_s).toString();
        QVERIFY(*items().applyServerItem(u"post"_s, v2));
        QCOMPARE(*items().applyServerItem(u"post"_s, withText(v2, u"v1"_s, 1)), false);
        QCOMPARE(*items().applyServerItem(u"post"_s, v2), false); // the same copy again writes nothing
        QCOMPARE(items().find(u"post"_s, id)->json.value(u"text"_s).toString(), u"v2"_s);
        QVERIFY(*items().removeItem(u"post"_s, id));
        QVERIFY(!items().findRow(u"post"_s, id));
    }

    void pushedWritesBecomeTheBase()
    {
        const QJsonObject mine = post(u"alice"_s, u"draft"_s);
        const QString id = mine.value(u"id"_s).toString();
        QVERIFY(items().saveMine(u"post"_s, mine).ok());
        const OutboxEntry entry = m_store->outbox().entries().first();
        QVERIFY(m_store->outbox().markInFlight(entry.seq).ok());
        // An edit while the create is in flight queues a second entry; the answer then moves the base only.
        QVERIFY(items().saveMine(u"post"_s, withText(mine, u"draft 2"_s, 0)).ok());
        QCOMPARE(m_store->outbox().pendingCount(), 2);
        const QJsonObject server = withText(mine, u"draft"_s, 1);
        QVERIFY(items().recordPushed(entry.seq, u"post"_s, server).ok());
        CachedItem row = *items().find(u"post"_s, id);
        QCOMPARE(row.revision, 1);
        QCOMPARE(row.json.value(u"text"_s).toString(), u"draft 2"_s);
        QCOMPARE(row.base, std::optional(server));
        QVERIFY(row.pending);

        const OutboxEntry second = m_store->outbox().entries().first();
        const QJsonObject server2 = withText(mine, u"draft 2"_s, 2);
        QVERIFY(items().recordPushed(second.seq, u"post"_s, server2).ok());
        row = *items().find(u"post"_s, id);
        QCOMPARE(row.json, server2);
        QCOMPARE(row.base, std::optional(server2));
        QVERIFY(!row.pending);
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }

    void deletesLikeDiaries()
    {
        // Never on the server: gone at once with its queued create.
        const QJsonObject local = post(u"alice"_s, u"oops"_s);
        QVERIFY(items().saveMine(u"post"_s, local).ok());
        QVERIFY(items().deleteMine(u"post"_s, local.value(u"id"_s).toString()).ok());
        QVERIFY(!items().findRow(u"post"_s, local.value(u"id"_s).toString()));
        QCOMPARE(m_store->outbox().pendingCount(), 0);

        // On the server: a tombstone and a queued delete carrying what it deletes.
        const QJsonObject server = post(u"alice"_s, u"posted"_s, 3);
        const QString id = server.value(u"id"_s).toString();
        QVERIFY(items().applyServerItem(u"post"_s, server).ok());
        QVERIFY(items().deleteMine(u"post"_s, id).ok());
        QVERIFY(!items().find(u"post"_s, id));
        QVERIFY(items().findRow(u"post"_s, id)->deleted);
        QCOMPARE(items().deleteMine(u"post"_s, id).error().code, kj::ErrorCode::NotFound);
        QCOMPARE(items().saveMine(u"post"_s, server).error().code, kj::ErrorCode::NotFound);
        const OutboxEntry entry = m_store->outbox().entries().first();
        QCOMPARE(entry.op, OutboxEntry::Op::Delete);
        QCOMPARE(entry.payload.value(u"text"_s).toString(), u"posted"_s);
        QVERIFY(items().recordDeletePushed(entry.seq, u"post"_s, id).ok());
        QVERIFY(!items().findRow(u"post"_s, id));
    }

    void rebasesAndReverts()
    {
        const QJsonObject v1 = post(u"alice"_s, u"one"_s, 1);
        const QString id = v1.value(u"id"_s).toString();
        QVERIFY(items().applyServerItem(u"post"_s, v1).ok());
        QVERIFY(items().saveMine(u"post"_s, withText(v1, u"mine"_s, 1)).ok());

        const QJsonObject v3 = withText(v1, u"theirs"_s, 3);
        QVERIFY(items().rebaseOnto(u"post"_s, v3, withText(v1, u"merged"_s, 1)).ok());
        CachedItem row = *items().find(u"post"_s, id);
        QCOMPARE(row.revision, 3);
        QCOMPARE(row.json.value(u"text"_s).toString(), u"merged"_s);
        QCOMPARE(row.base, std::optional(v3));

        QVERIFY(items().rebaseOnTombstone(u"post"_s, id, 5).ok());
        row = *items().find(u"post"_s, id);
        QCOMPARE(row.revision, 5);
        QVERIFY(!row.base);
        QCOMPARE(row.json.value(u"text"_s).toString(), u"merged"_s);

        // A refusal for good: the entry goes to the rejected changes, the row back to what the server had.
        QVERIFY(items().rebaseOnto(u"post"_s, v3, withText(v1, u"merged"_s, 3)).ok());
        const OutboxEntry entry = m_store->outbox().entries().first();
        QVERIFY(m_store->outbox().reject(entry.seq, kj::Error{kj::ErrorCode::InvalidField, u"no"_s, {}}).ok());
        QVERIFY(items().revertRefused(u"post"_s, id).ok());
        row = *items().find(u"post"_s, id);
        QCOMPARE(row.json, v3);
        QVERIFY(!row.pending);

        // A refused create never reached the server: it goes (its words stay among the rejected changes).
        const QJsonObject fresh = post(u"alice"_s, u"refused"_s);
        QVERIFY(items().saveMine(u"post"_s, fresh).ok());
        QVERIFY(m_store->outbox().reject(m_store->outbox().entries().first().seq, kj::Error{kj::ErrorCode::Forbidden, u"no"_s, {}}).ok());
        QVERIFY(items().revertRefused(u"post"_s, fresh.value(u"id"_s).toString()).ok());
        QVERIFY(!items().findRow(u"post"_s, fresh.value(u"id"_s).toString()));
        QCOMPARE(m_store->outbox().rejected().size(), 2);
        QCOMPARE(m_store->outbox().rejected().last().payload.value(u"text"_s).toString(), u"refused"_s);
    }

    void feedHoldsMineAndFriendsNewestFirst()
    {
        QVERIFY(m_store->friends().upsertFriend(kj::Friend{kj::User{u"bob"_s, u"Bob"_s, {}}, kj::nowUtc()}).ok());
        const QJsonObject old = post(u"bob"_s, u"old"_s, 1, kj::newItemId(), 300);
        const QJsonObject stranger = post(u"carol"_s, u"not a friend"_s, 1, kj::newItemId(), 50);
        const QJsonObject newer = post(u"bob"_s, u"new"_s, 1, kj::newItemId(), 10);
        for (const QJsonObject &json : {old, stranger, newer})
            QVERIFY(items().applyServerItem(u"post"_s, json).ok());
        QVERIFY(items().saveMine(u"post"_s, post(u"alice"_s, u"mine now"_s, 0, kj::newItemId(), 0)).ok());
        QJsonObject track = post(u"bob"_s, u"x"_s, 1, kj::newItemId(), 200);
        track.remove(u"author"_s);
        track.insert(u"owner"_s, QJsonObject{{u"username"_s, u"bob"_s}, {u"displayName"_s, u"Bob"_s}});
        QVERIFY(items().applyServerItem(u"track"_s, track).ok());

        QList<CachedItem> feed = items().feed({u"post"_s, u"track"_s});
        QStringList order;
        for (const CachedItem &item : feed)
            order.append(item.kind + u':' + item.json.value(u"text"_s).toString());
        QCOMPARE(order, (QStringList{u"post:mine now"_s, u"post:new"_s, u"track:x"_s, u"post:old"_s}));
        QVERIFY(feed.first().pending);
        QCOMPARE(items().feed({u"post"_s}, 2).size(), 2);

        // An ex-friend's items go; mine never do.
        QVERIFY(items().removeByOwner(u"bob"_s, {u"post"_s, u"track"_s}).ok());
        QVERIFY(items().removeByOwner(u"alice"_s, {u"post"_s}).ok());
        QCOMPARE(items().feed({u"post"_s, u"track"_s}).size(), 1);
    }

    void keepsParentsForChildren()
    {
        const QJsonObject parent = post(u"alice"_s, u"parent"_s, 1);
        QJsonObject comment{{u"id"_s, kj::newItemId()},
                            {u"author"_s, QJsonObject{{u"username"_s, u"bob"_s}}},
                            {u"text"_s, u"nice"_s},
                            {u"createdAt"_s, kj::toRfc3339(kj::nowUtc())}};
        QVERIFY(items().applyServerItem(u"comment"_s, comment, u"post"_s, parent.value(u"id"_s).toString()).ok());
        const QList<CachedItem> children = items().children(u"post"_s, parent.value(u"id"_s).toString(), u"comment"_s);
        QCOMPARE(children.size(), 1);
        QCOMPARE(children.first().owner, u"bob"_s);
        QCOMPARE(children.first().parentKind, u"post"_s);
    }
};

QTEST_GUILESS_MAIN(TestItemRepository)
#include "tst_itemrepository.moc"
