#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/album.h"
#include "models/domain/repost.h"
#include "models/domain/textmerge.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"
#include "models/store/outbox.h"
#include "tests/app/syncclient.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// 说说, reposts and albums offline first, against the real server in this process: pushed once whatever
// happens to the answers, merged three ways on a conflict, restored when an edit races a delete, pulled
// from /changes and backfilled for a new friend.

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::store::CachedItem;
using kj::store::ClientStore;
using kj::store::ItemRepository;

namespace {
//! One device of one account (shown in capitals), writing 说说 and other items.
struct Device : SyncClient {
    std::unique_ptr<ItemRepository> items;

    Device(QNetworkAccessManager &network, const QString &server, const QString &username, const QString &token)
        : SyncClient(network, server, username, token, username.toUpper()), items(std::make_unique<ItemRepository>(*store))
    {
    }

    //! Writes a 说说 here (offline first); its id.
    QString post(const QString &text, kj::Visibility visibility = kj::Visibility::Friends, const QString &id = kj::newItemId())
    {
        kj::Post post;
        post.id = id;
        post.author = kj::User{username, username.toUpper(), {}};
        post.text = text;
        post.visibility = visibility;
        post.createdAt = kj::nowUtc();
        post.updatedAt = post.createdAt;
        return items->saveMine(u"post"_s, post.toJson()) ? id : QString();
    }

    //! Changes fields of one of my items here.
    bool edit(const QString &kind, const QString &id, const QJsonObject &fields)
    {
        const std::optional<CachedItem> row = items->find(kind, id);
        if (!row)
            return false;
        QJsonObject json = row->json;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            json.insert(it.key(), it.value());
        return items->saveMine(kind, json).ok();
    }

    QString text(const QString &id, const QString &field = u"text"_s) const
    {
        const std::optional<CachedItem> row = items->find(u"post"_s, id);
        return row ? row->json.value(field).toString() : u"(none)"_s;
    }
};
} // namespace

class TestItemSync : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<JsonClient> m_json;

    static QString unique(const QString &name)
    {
        static int counter = 0;
        return name + QString::number(++counter);
    }

    std::unique_ptr<Device> signedUp(const QString &username)
    {
        const QString token = m_json->signUp(username);
        if (token.isEmpty())
            return nullptr;
        return std::make_unique<Device>(m_network, m_server.baseUrl(), username, token);
    }

    //! A second device of the same account, signed in on its own.
    std::unique_ptr<Device> secondDevice(const Device &first)
    {
        const QString token = m_json->signIn(first.username, JsonClient::passwordFor(first.username));
        if (token.isEmpty())
            return nullptr;
        return std::make_unique<Device>(m_network, m_server.baseUrl(), first.username, token);
    }

    QJsonObject serverPost(const QString &id, const QString &token)
    {
        return m_json->get(u"/api/v1/posts/"_s + id, token).json.value(u"post"_s).toObject();
    }

    int serverPostCount(const QString &username, const QString &token)
    {
        return int(m_json->get(u"/api/v1/users/"_s + username + u"/posts"_s, token).json.value(u"items"_s).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        QVERIFY(m_server.start().ok());
        m_json = std::make_unique<JsonClient>(m_server.baseUrl());
    }

    void offlineCreateIsPushedOnce()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        // No server: the 说说 is saved and waits.
        alice->api->setServer(QUrl(u"http://127.0.0.1:1"_s));
        const QString id = alice->post(u"在火车上写的说说"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(!alice->syncOnce().ok());
        QCOMPARE(alice->sync->state(), SyncEngine::State::Offline);
        QCOMPARE(alice->sync->pendingCount(), 1);
        QVERIFY(alice->items->find(u"post"_s, id)->pending);

        alice->api->setServer(QUrl(m_server.baseUrl()));
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->sync->pendingCount(), 0);
        const CachedItem row = *alice->items->find(u"post"_s, id);
        QVERIFY(!row.pending);
        QCOMPARE(row.revision, 1);
        QCOMPARE(row.base->value(u"text"_s).toString(), u"在火车上写的说说"_s);
        QCOMPARE(serverPost(id, alice->token).value(u"text"_s).toString(), u"在火车上写的说说"_s);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverPostCount(alice->username, alice->token), 1);

        // An edit and a delete follow in order.
        QVERIFY(alice->edit(u"post"_s, id, {{u"text"_s, u"改过了"_s}}));
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverPost(id, alice->token).value(u"revision"_s).toInt(), 2);
        QVERIFY(alice->items->deleteMine(u"post"_s, id).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(m_json->get(u"/api/v1/posts/"_s + id, alice->token).status, 404);
        QVERIFY(!alice->items->findRow(u"post"_s, id));
    }

    void replayAfterALostAnswerDoesNotDouble()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        // The create reached the server but its answer was lost: the server has it, the store does not know.
        const QString id = alice->post(u"once"_s);
        const QJsonObject body{{u"text"_s, u"once"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"friends"_s}};
        QCOMPARE(m_json->put(u"/api/v1/posts/"_s + id, body, alice->token).status, 201);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(serverPostCount(alice->username, alice->token), 1);
        QCOMPARE(alice->items->find(u"post"_s, id)->revision, 1);
        QVERIFY(!alice->items->find(u"post"_s, id)->pending);

        // The same, but edited here before the retry: the retry meets my own create and my edit wins.
        const QString second = alice->post(u"first words"_s);
        QCOMPARE(m_json->put(u"/api/v1/posts/"_s + second,
                             {{u"text"_s, u"first words"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"friends"_s}},
                             alice->token)
                     .status,
                 201);
        QVERIFY(alice->edit(u"post"_s, second, {{u"text"_s, u"first words, then more"_s}}));
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(alice->sync->conflicts().isEmpty());
        const QJsonObject onServer = serverPost(second, alice->token);
        QCOMPARE(onServer.value(u"text"_s).toString(), u"first words, then more"_s);
        QCOMPARE(onServer.value(u"revision"_s).toInt(), 2);
        QCOMPARE(serverPostCount(alice->username, alice->token), 2);
    }

    void twoDevicesConvergeInBothOrders_data()
    {
        QTest::addColumn<bool>("laptopFirst");
        QTest::newRow("laptop first") << true;
        QTest::newRow("phone first") << false;
    }

    void twoDevicesConvergeInBothOrders()
    {
        QFETCH(bool, laptopFirst);
        auto laptop = signedUp(unique(u"alice"_s));
        QVERIFY(laptop);
        auto phone = secondDevice(*laptop);
        QVERIFY(phone);
        const QString id = laptop->post(u"第一段\n第二段\n第三段"_s);
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(phone->syncOnce().ok());
        QCOMPARE(phone->text(id), u"第一段\n第二段\n第三段"_s);

        // Both offline: different paragraphs, and the audience on one of them.
        QVERIFY(laptop->edit(u"post"_s, id, {{u"text"_s, u"第一段（笔记本）\n第二段\n第三段"_s}}));
        QVERIFY(phone->edit(u"post"_s, id, {{u"text"_s, u"第一段\n第二段\n第三段（手机）"_s}, {u"visibility"_s, u"public"_s}}));
        Device &first = laptopFirst ? *laptop : *phone;
        Device &second = laptopFirst ? *phone : *laptop;
        QVERIFY(first.syncOnce().ok());
        QVERIFY(second.syncOnce().ok());
        QVERIFY(second.sync->conflicts().isEmpty()); // different paragraphs merge silently
        QVERIFY(first.syncOnce().ok());

        const QString merged = u"第一段（笔记本）\n第二段\n第三段（手机）"_s;
        QCOMPARE(laptop->text(id), merged);
        QCOMPARE(phone->text(id), merged);
        const QJsonObject onServer = serverPost(id, laptop->token);
        QCOMPARE(onServer.value(u"text"_s).toString(), merged);
        QCOMPARE(onServer.value(u"visibility"_s).toString(), u"public"_s);
        QCOMPARE(laptop->items->find(u"post"_s, id)->json.value(u"visibility"_s).toString(), u"public"_s);
        QCOMPARE(laptop->items->find(u"post"_s, id)->revision, phone->items->find(u"post"_s, id)->revision);
        QVERIFY(!laptop->items->find(u"post"_s, id)->pending);
        QVERIFY(!phone->items->find(u"post"_s, id)->pending);
        QCOMPARE(laptop->sync->pendingCount() + phone->sync->pendingCount(), 0);
    }

    void sameParagraphKeepsBothAndTells()
    {
        auto laptop = signedUp(unique(u"alice"_s));
        QVERIFY(laptop);
        auto phone = secondDevice(*laptop);
        QVERIFY(phone);
        const QString id = laptop->post(u"晚饭吃什么"_s);
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(phone->syncOnce().ok());
        QVERIFY(laptop->edit(u"post"_s, id, {{u"text"_s, u"晚饭吃饺子"_s}}));
        QVERIFY(phone->edit(u"post"_s, id, {{u"text"_s, u"晚饭吃面条"_s}}));
        QVERIFY(laptop->syncOnce().ok());
        QSignalSpy conflicts(phone->sync.get(), &SyncEngine::conflictResolved);
        QVERIFY(phone->syncOnce().ok());
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(phone->sync->conflicts().first().diaryId, id);
        QCOMPARE(phone->sync->conflicts().first().kind, u"post"_s);
        const QString text = serverPost(id, laptop->token).value(u"text"_s).toString();
        QVERIFY2(text.contains(u"晚饭吃饺子"_s) && text.contains(u"晚饭吃面条"_s), qPrintable(text));
        QVERIFY(kj::MergeMarkers::present(text));
        QVERIFY(laptop->syncOnce().ok());
        QCOMPARE(laptop->text(id), text);
    }

    void editRacingADeleteRestoresTheItem()
    {
        auto laptop = signedUp(unique(u"alice"_s));
        QVERIFY(laptop);
        auto phone = secondDevice(*laptop);
        QVERIFY(phone);
        const QString id = laptop->post(u"keep me"_s);
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(phone->syncOnce().ok());

        QVERIFY(laptop->items->deleteMine(u"post"_s, id).ok());
        QVERIFY(phone->edit(u"post"_s, id, {{u"text"_s, u"keep me, I was still writing"_s}}));
        QVERIFY(laptop->syncOnce().ok());
        QCOMPARE(m_json->get(u"/api/v1/posts/"_s + id, laptop->token).status, 404);
        QVERIFY(phone->syncOnce().ok());
        const QJsonObject restored = serverPost(id, laptop->token);
        QCOMPARE(restored.value(u"text"_s).toString(), u"keep me, I was still writing"_s);
        QVERIFY(!phone->items->find(u"post"_s, id)->pending);
        QVERIFY(laptop->syncOnce().ok());
        QCOMPARE(laptop->text(id), u"keep me, I was still writing"_s);
        QCOMPARE(serverPostCount(laptop->username, laptop->token), 1);
    }

    void albumFieldsMergeAcrossDevices()
    {
        auto laptop = signedUp(unique(u"alice"_s));
        QVERIFY(laptop);
        auto phone = secondDevice(*laptop);
        QVERIFY(phone);
        kj::Album album;
        album.id = kj::newItemId();
        album.owner = kj::User{laptop->username, laptop->username.toUpper(), {}};
        album.title = u"旅行"_s;
        album.description = u"第一天\n第二天"_s;
        album.visibility = kj::Visibility::Friends;
        QVERIFY(laptop->items->saveMine(u"album"_s, album.toJson()).ok());
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(phone->syncOnce().ok());
        QVERIFY(phone->items->find(u"album"_s, album.id));

        QVERIFY(laptop->edit(u"album"_s, album.id, {{u"title"_s, u"云南旅行"_s}}));
        QVERIFY(phone->edit(u"album"_s, album.id, {{u"description"_s, u"第一天\n第二天\n第三天"_s}}));
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(phone->syncOnce().ok());
        QVERIFY(laptop->syncOnce().ok());
        for (Device *device : {laptop.get(), phone.get()}) {
            const QJsonObject json = device->items->find(u"album"_s, album.id)->json;
            QCOMPARE(json.value(u"title"_s).toString(), u"云南旅行"_s);
            QCOMPARE(json.value(u"description"_s).toString(), u"第一天\n第二天\n第三天"_s);
        }
    }

    void photoEditsMergeAcrossDevices()
    {
        auto laptop = signedUp(unique(u"alice"_s));
        QVERIFY(laptop);
        auto phone = secondDevice(*laptop);
        QVERIFY(phone);
        // Uploaded elsewhere (uploads are UploadPusher's); its edits are the item sync's.
        MediaClient media(m_server.baseUrl());
        const QString album = media.newAlbum(laptop->token, u"friends"_s);
        const QString mediaId = media.uploadWhole(laptop->token, MediaClient::encoded(MediaClient::testImage(40, 30), "png"));
        QVERIFY(!album.isEmpty() && !mediaId.isEmpty());
        const TestReply made = media.newPhoto(laptop->token, mediaId, album, u"friends"_s, u"湖边"_s);
        QCOMPARE(made.status, 201);
        const QString photo = made.json.value(u"photo"_s).toObject().value(u"id"_s).toString();
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(phone->syncOnce().ok());
        QVERIFY(laptop->items->find(u"photo"_s, photo));

        // One device changes the caption, the other the audience: both stay.
        QVERIFY(laptop->edit(u"photo"_s, photo, {{u"caption"_s, u"西湖边的傍晚"_s}}));
        QVERIFY(phone->edit(u"photo"_s, photo, {{u"visibility"_s, u"private"_s}}));
        QVERIFY(phone->syncOnce().ok());
        QVERIFY(laptop->syncOnce().ok());
        QVERIFY(laptop->sync->conflicts().isEmpty());
        QVERIFY(phone->syncOnce().ok());
        for (Device *device : {laptop.get(), phone.get()}) {
            const CachedItem row = *device->items->find(u"photo"_s, photo);
            QCOMPARE(row.json.value(u"caption"_s).toString(), u"西湖边的傍晚"_s);
            QCOMPARE(row.json.value(u"visibility"_s).toString(), u"private"_s);
            QVERIFY(!row.pending);
        }
        QCOMPARE(laptop->sync->pendingCount() + phone->sync->pendingCount(), 0);
    }

    void friendsItemsArriveAndLeaveWithTheirAudience()
    {
        auto alice = signedUp(unique(u"alice"_s));
        auto bob = signedUp(unique(u"bob"_s));
        QVERIFY(alice && bob);
        // Written before they were friends: only the backfill brings it.
        const QString early = bob->post(u"before we met"_s);
        QVERIFY(bob->syncOnce().ok());
        QVERIFY(m_json->befriend(alice->token, bob->username, bob->token));
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->items->find(u"post"_s, early)->json.value(u"text"_s).toString(), u"before we met"_s);

        // A new one arrives through /changes; it stays readable from the cache.
        const QString id = bob->post(u"今天下雨了"_s);
        QVERIFY(bob->syncOnce().ok());
        QVERIFY(alice->syncOnce().ok());
        const std::optional<CachedItem> cached = alice->items->find(u"post"_s, id);
        QVERIFY(cached);
        QCOMPARE(cached->owner, bob->username);
        QVERIFY(!cached->pending);
        const QList<CachedItem> feed = alice->items->feed({u"post"_s});
        QCOMPARE(feed.size(), 2);
        QCOMPARE(feed.first().id, id);

        // Bob narrows its audience: it leaves Alice's cache.
        QVERIFY(bob->edit(u"post"_s, id, {{u"visibility"_s, u"private"_s}}));
        QVERIFY(bob->syncOnce().ok());
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(!alice->items->findRow(u"post"_s, id));
        QVERIFY(alice->items->find(u"post"_s, early));

        // Once they are friends no more, bob's items leave alice's cache, even a public one.
        const QString open = bob->post(u"给所有人"_s, kj::Visibility::Public);
        QVERIFY(bob->syncOnce().ok());
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(alice->items->find(u"post"_s, open));
        QCOMPARE(m_json->del(u"/api/v1/friends/"_s + alice->username, bob->token).status, 204);
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(!alice->items->findRow(u"post"_s, open));
        QVERIFY(!alice->items->findRow(u"post"_s, early));
        QVERIFY(alice->items->feed({u"post"_s}).isEmpty());
    }

    void repostsGoOfflineAndARefusedOneIsKept()
    {
        auto alice = signedUp(unique(u"alice"_s));
        auto bob = signedUp(unique(u"bob"_s));
        QVERIFY(alice && bob);
        QVERIFY(m_json->befriend(alice->token, bob->username, bob->token));
        const QString original = bob->post(u"值得转发"_s);
        QVERIFY(bob->syncOnce().ok());
        QVERIFY(alice->syncOnce().ok());

        kj::Repost repost;
        repost.id = kj::newItemId();
        repost.author = kj::User{alice->username, alice->username.toUpper(), {}};
        repost.itemKind = kj::ItemKind::Post;
        repost.itemId = original;
        repost.comment = u"说得好"_s;
        repost.visibility = kj::Visibility::Friends;
        QVERIFY(alice->items->saveMine(u"repost"_s, repost.toJson()).ok());
        QVERIFY(alice->syncOnce().ok());
        const QJsonObject onServer = m_json->get(u"/api/v1/reposts/"_s + repost.id, alice->token).json.value(u"repost"_s).toObject();
        QCOMPARE(onServer.value(u"comment"_s).toString(), u"说得好"_s);
        QCOMPARE(alice->items->find(u"repost"_s, repost.id)->revision, 1);

        // Wider than the original (friends only): refused for good, kept with its words, gone from the cache.
        kj::Repost tooWide = repost;
        tooWide.id = kj::newItemId();
        tooWide.comment = u"给所有人看"_s;
        tooWide.visibility = kj::Visibility::Public;
        QVERIFY(alice->items->saveMine(u"repost"_s, tooWide.toJson()).ok());
        QSignalSpy rejected(alice->sync.get(), &SyncEngine::changeRejected);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(alice->store->outbox().pendingCount(), 0);
        QVERIFY(!alice->items->findRow(u"repost"_s, tooWide.id));
        const QList<kj::store::RejectedChange> kept = alice->store->outbox().rejected();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().payload.value(u"comment"_s).toString(), u"给所有人看"_s);
        QCOMPARE(kept.first().errorCode, u"forbidden"_s);
    }
};

QTEST_GUILESS_MAIN(TestItemSync)
#include "tst_itemsync.moc"
