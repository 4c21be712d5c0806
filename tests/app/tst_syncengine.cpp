#include "app/network/apiclient.h"
#include "app/services/diaryservice.h"
#include "app/sync/syncengine.h"
#include "models/domain/textmerge.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/outbox.h"
#include "models/store/syncstaterepository.h"
#include "server-stub/server.h"
#include "tests/app/syncclient.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::SyncEngine;
using kj::store::ClientStore;

//! One signed-in client with short sync delays, writing diaries.
struct Client : SyncClient {
    Client(QNetworkAccessManager &network, const QString &server, const QString &username, const QString &token)
        : SyncClient(network, server, username, token)
    {
        SyncEngine::Timing timing;
        timing.debounce = std::chrono::milliseconds(10);
        timing.initialRetry = std::chrono::milliseconds(50);
        timing.maxRetry = std::chrono::milliseconds(400);
        sync->setTiming(timing);
    }

    QString write(const QString &body, kj::Visibility visibility = kj::Visibility::Friends, const QString &id = {})
    {
        auto saved = store->diaries().saveMyDiary(id, u"title"_s, body, visibility);
        return saved ? saved->diary.id : QString();
    }
};

class TestSyncEngine : public QObject
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

    std::unique_ptr<Client> signedUp(const QString &username)
    {
        const QString token = m_json->signUp(username);
        if (token.isEmpty())
            return nullptr;
        return std::make_unique<Client>(m_network, m_server.baseUrl(), username, token);
    }

    static QJsonObject diaryJson(const QString &body, std::optional<qint64> base, const QString &visibility = u"friends"_s)
    {
        return {{u"title"_s, u"title"_s}, {u"body"_s, body}, {u"visibility"_s, visibility},
                {u"baseRevision"_s, base ? QJsonValue(*base) : QJsonValue(QJsonValue::Null)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        QVERIFY(m_server.start().ok());
        m_json = std::make_unique<JsonClient>(m_server.baseUrl());
    }

    void pushesThenPullsBack()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        const QString id = alice->write(u"今天去公园散步"_s);
        QCOMPARE(alice->sync->pendingCount(), 1);
        QSignalSpy pending(alice->sync.get(), &SyncEngine::pendingCountChanged);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->sync->pendingCount(), 0);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().first().toInt(), 0);
        QCOMPARE(alice->sync->state(), SyncEngine::State::Idle);
        QVERIFY(alice->sync->lastSyncedAt().isValid());
        const auto local = alice->store->diaries().find(id);
        QCOMPARE(local->diary.revision, 1);
        QVERIFY(!local->pending);
        const TestReply server = m_json->get(u"/api/v1/diaries/"_s + id, alice->token);
        QCOMPARE(server.status, 200);
        QVERIFY(server.body.contains("今天去公园散步"));

        // An edit and a delete follow in order.
        QVERIFY(alice->store->diaries().saveMyDiary(id, u"title"_s, u"edited"_s, kj::Visibility::Friends).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->diaries().find(id)->diary.revision, 2);
        QVERIFY(alice->store->diaries().deleteMyDiary(id).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(m_json->get(u"/api/v1/diaries/"_s + id, alice->token).status, 404);
        QVERIFY(!alice->store->diaries().findRow(id).has_value());
        QCOMPARE(alice->sync->pendingCount(), 0);
    }

    void pullsFriendsRequestsAndBackfillsTheirDiaries()
    {
        const QString aliceName = unique(u"alice"_s), bobName = unique(u"bob"_s);
        auto alice = signedUp(aliceName);
        auto bob = signedUp(bobName);
        QVERIFY(alice && bob);
        // Written before they were friends: only a backfill brings it.
        const QString early = kj::newItemId();
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + early, diaryJson(u"early"_s, std::nullopt), bob->token).status, 201);

        const TestReply request = m_json->post(u"/api/v1/friends/requests"_s, {{u"username"_s, aliceName}}, bob->token);
        QCOMPARE(request.status, 201);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->friends().incoming().size(), 1);
        QCOMPARE(alice->store->friends().incoming().first().from.username, bobName);
        QVERIFY(alice->store->diaries().feed().isEmpty());

        const QString id = request.json.value(u"request"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(m_json->post(u"/api/v1/friends/requests/"_s + id + u"/accept"_s, {}, alice->token).status, 200);
        const QString later = kj::newItemId();
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + later, diaryJson(u"later"_s, std::nullopt), bob->token).status, 201);
        const QString secret = kj::newItemId();
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + secret, diaryJson(u"secret"_s, std::nullopt, u"private"_s), bob->token).status, 201);

        QVERIFY(alice->syncOnce().ok());
        QVERIFY(alice->store->friends().incoming().isEmpty());
        QVERIFY(alice->store->friends().isFriend(bobName));
        QVERIFY(alice->store->diaries().find(early).has_value());
        QVERIFY(alice->store->diaries().find(later).has_value());
        QVERIFY(!alice->store->diaries().find(secret).has_value());
        QCOMPARE(alice->store->diaries().feedCount(), 2);
        QVERIFY(alice->store->syncState().pendingBackfills().isEmpty());
    }

    void aRetryAfterALostAnswerIsIdempotent()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        const QString id = alice->write(u"sent once, answer lost"_s);
        // The first push reached the server, but its answer never came back.
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + id, diaryJson(u"sent once, answer lost"_s, std::nullopt), alice->token).status, 201);
        QSignalSpy conflicts(alice->sync.get(), &SyncEngine::conflictResolved);
        QVERIFY(alice->syncOnce().ok());
        const auto local = alice->store->diaries().find(id);
        QCOMPARE(local->diary.revision, 1);
        QCOMPARE(local->diary.body, u"sent once, answer lost"_s);
        QVERIFY(!local->pending);
        QCOMPARE(conflicts.count(), 0);

        // The same for an update.
        QVERIFY(alice->store->diaries().saveMyDiary(id, u"title"_s, u"second"_s, kj::Visibility::Friends).ok());
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + id, diaryJson(u"second"_s, 1), alice->token).status, 200);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->diaries().find(id)->diary.revision, 2);
        QCOMPARE(alice->store->diaries().find(id)->diary.body, u"second"_s);
        QCOMPARE(conflicts.count(), 0);
        const TestReply server = m_json->get(u"/api/v1/diaries/"_s + id, alice->token);
        QCOMPARE(server.json.value(u"diary"_s).toObject().value(u"revision"_s).toInt(), 2);
    }

    void aConflictOnTheSameParagraphKeepsBothTexts()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        const QString id = alice->write(u"base"_s);
        QVERIFY(alice->syncOnce().ok());
        // Another device of alice's changes it meanwhile...
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + id, diaryJson(u"their words"_s, 1), alice->token).status, 200);
        // ...while this one edits the old revision offline.
        QVERIFY(alice->store->diaries().saveMyDiary(id, u"title"_s, u"my words"_s, kj::Visibility::Friends).ok());
        QSignalSpy conflicts(alice->sync.get(), &SyncEngine::conflictResolved);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(alice->sync->conflicts().size(), 1);
        QCOMPARE(alice->sync->conflicts().first().diaryId, id);
        QCOMPARE(alice->sync->conflicts().first().outcome, kj::app::SyncConflict::Outcome::BothKept);
        QCOMPARE(alice->sync->conflicts().first().places, 1);

        // One paragraph changed two ways: both versions, marked.
        const QString expected = kj::mergeText(u"base"_s, u"my words"_s, u"their words"_s).text;
        QVERIFY(expected.contains(u"my words"_s) && expected.contains(u"their words"_s) && kj::MergeMarkers::present(expected));
        const auto local = alice->store->diaries().find(id);
        QCOMPARE(local->diary.body, expected);
        QCOMPARE(local->diary.revision, 3);
        QVERIFY(!local->pending);
        const TestReply server = m_json->get(u"/api/v1/diaries/"_s + id, alice->token);
        QCOMPARE(server.json.value(u"diary"_s).toObject().value(u"body"_s).toString(), expected);
    }

    void aConflictOnDifferentParagraphsMergesSilently()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        const QString id = alice->write(u"早上下雨。\n中午吃面。\n晚上看书。"_s);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + id, diaryJson(u"早上下雨。\n中午吃面。\n晚上看了一本好书。"_s, 1), alice->token).status,
                 200);
        QVERIFY(alice->store->diaries().saveMyDiary(id, u"title"_s, u"早上下大雨。\n中午吃面。\n晚上看书。"_s, kj::Visibility::Friends).ok());
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->sync->conflicts().size(), 1);
        QCOMPARE(alice->sync->conflicts().first().outcome, kj::app::SyncConflict::Outcome::Merged);
        QCOMPARE(alice->sync->conflicts().first().places, 0);

        const QString merged = u"早上下大雨。\n中午吃面。\n晚上看了一本好书。"_s;
        const auto row = alice->store->diaries().findRow(id);
        QCOMPARE(row->local.diary.body, merged);
        QVERIFY(!row->local.pending);
        // The merge base follows the server: the next conflict merges against what both now share.
        QVERIFY(row->base.has_value());
        QCOMPARE(row->base->body, merged);
        const TestReply server = m_json->get(u"/api/v1/diaries/"_s + id, alice->token);
        QCOMPARE(server.json.value(u"diary"_s).toObject().value(u"body"_s).toString(), merged);
        QCOMPARE(server.json.value(u"diary"_s).toObject().value(u"revision"_s).toInt(), 3);
    }

    void anEditRacingADeleteRestoresTheDiary()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        const QString id = alice->write(u"first words"_s);
        QVERIFY(alice->syncOnce().ok());
        // Another device of alice's deletes it meanwhile...
        QCOMPARE(m_json->del(u"/api/v1/diaries/"_s + id, alice->token).status, 204);
        QCOMPARE(m_json->get(u"/api/v1/diaries/"_s + id, alice->token).status, 404);
        // ...while this one goes on writing in it offline.
        QVERIFY(alice->store->diaries().saveMyDiary(id, u"title"_s, u"words written offline"_s, kj::Visibility::Friends).ok());
        QVERIFY(alice->syncOnce().ok());

        const TestReply server = m_json->get(u"/api/v1/diaries/"_s + id, alice->token);
        QCOMPARE(server.status, 200);
        QCOMPARE(server.json.value(u"diary"_s).toObject().value(u"body"_s).toString(), u"words written offline"_s);
        const auto local = alice->store->diaries().find(id);
        QVERIFY(local.has_value());
        QVERIFY(!local->pending);
        QCOMPARE(local->diary.body, u"words written offline"_s);
        QCOMPARE(alice->store->outbox().pendingCount(), 0);
    }

    void aDeleteOfAnOlderRevisionGivesWayToAnEdit()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        const QString id = alice->write(u"first words"_s);
        QVERIFY(alice->syncOnce().ok());
        // Another device of alice's edits it meanwhile...
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + id, diaryJson(u"edited elsewhere"_s, 1), alice->token).status, 200);
        // ...while this one, which has not seen the edit, deletes it.
        QVERIFY(alice->store->diaries().deleteMyDiary(id).ok());
        QSignalSpy conflicts(alice->sync.get(), &SyncEngine::conflictResolved);
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(alice->sync->conflicts().first().outcome, kj::app::SyncConflict::Outcome::Restored);

        QCOMPARE(m_json->get(u"/api/v1/diaries/"_s + id, alice->token).status, 200);
        const auto local = alice->store->diaries().find(id);
        QVERIFY(local.has_value());
        QCOMPARE(local->diary.body, u"edited elsewhere"_s);
        QCOMPARE(local->diary.revision, 2);
        QVERIFY(!local->pending);
        QCOMPARE(alice->store->outbox().pendingCount(), 0);
    }

    void unfriendingDropsTheirCachedDiaries()
    {
        const QString aliceName = unique(u"alice"_s), bobName = unique(u"bob"_s);
        auto alice = signedUp(aliceName);
        auto bob = signedUp(bobName);
        QVERIFY(alice && bob);
        QVERIFY(m_json->befriend(alice->token, bobName, bob->token));
        const QString bobs = kj::newItemId();
        QCOMPARE(m_json->put(u"/api/v1/diaries/"_s + bobs, diaryJson(u"bob's"_s, std::nullopt), bob->token).status, 201);
        const QString mine = alice->write(u"alice's"_s);
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(alice->store->diaries().find(bobs).has_value());
        QCOMPARE(alice->store->diaries().feedCount(), 2);

        QCOMPARE(m_json->del(u"/api/v1/friends/"_s + aliceName, bob->token).status, 204);
        QVERIFY(alice->syncOnce().ok());
        QVERIFY(!alice->store->friends().isFriend(bobName));
        QVERIFY(!alice->store->diaries().find(bobs).has_value());
        QVERIFY(alice->store->diaries().find(mine).has_value());
        QCOMPARE(alice->store->diaries().feedCount(), 1);
    }

    void serverDownThenBackoffThenSuccess()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir data;
        kj::server::ServerConfig config;
        config.port = port;
        config.dataDir = data.path();
        config.threads = 2;
        const QString url = u"http://127.0.0.1:%1"_s.arg(port);
        const QString name = unique(u"alice"_s);
        QString token;
        {
            kj::server::Server server(config);
            QVERIFY(server.start().ok());
            JsonClient json(url);
            token = json.signUp(name);
            QVERIFY(!token.isEmpty());
        }
        Client alice(m_network, url, name, token);
        const QString id = alice.write(u"written while the server is down"_s);
        QSignalSpy finished(alice.sync.get(), &SyncEngine::finished);
        alice.sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 30000);
        QCOMPARE(alice.sync->state(), SyncEngine::State::Offline);
        QCOMPARE(alice.sync->lastError()->code, kj::ErrorCode::NetworkError);
        QVERIFY(alice.sync->retryDelay() > std::chrono::milliseconds(0));
        QVERIFY(alice.sync->retryDelay() <= alice.sync->timing().maxRetry);
        QCOMPARE(alice.sync->pendingCount(), 1);
        for (const QList<QVariant> &run : std::as_const(finished))
            QVERIFY(!run.first().value<kj::Status>().ok());

        kj::server::Server server(config);
        QVERIFY(server.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(alice.sync->pendingCount(), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.sync->state(), SyncEngine::State::Idle, 30000);
        QVERIFY(!alice.sync->lastError().has_value());
        QCOMPARE(alice.sync->retryDelay(), std::chrono::milliseconds(0));
        QCOMPARE(alice.store->diaries().find(id)->diary.revision, 1);
        alice.sync->stop();
    }

    void backoffGrowsAndIsCapped()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        Client alice(m_network, url, u"alice"_s, u"token"_s);
        std::chrono::milliseconds previous{0};
        for (int i = 0; i < 6; ++i) {
            QVERIFY(!alice.syncOnce().ok());
            const std::chrono::milliseconds delay = alice.sync->retryDelay();
            QVERIFY(delay >= previous || delay >= alice.sync->timing().maxRetry / 2);
            QVERIFY(delay <= alice.sync->timing().maxRetry);
            previous = delay;
        }
        QVERIFY(previous >= alice.sync->timing().maxRetry / 2);
    }

    void aRefusedTokenSignsOutAndKeepsData()
    {
        Client alice(m_network, m_server.baseUrl(), unique(u"alice"_s), u"not-a-token"_s);
        const QString id = alice.write(u"kept"_s);
        const kj::Status status = alice.syncOnce();
        QCOMPARE(status.error().code, kj::ErrorCode::Unauthorized);
        QCOMPARE(alice.sync->state(), SyncEngine::State::SignedOut);
        QVERIFY(alice.store->diaries().find(id).has_value());
        QCOMPARE(alice.sync->pendingCount(), 1);
    }

    void aLocalChangeSyncsSoonByItself()
    {
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        kj::app::DiaryService diaries(*alice->store, alice->sync.get());
        alice->sync->start();
        QTRY_COMPARE(alice->sync->state(), SyncEngine::State::Idle);
        auto saved = diaries.create(u"t"_s, u"debounced"_s, kj::Visibility::Private);
        QVERIFY(saved.ok());
        QTRY_COMPARE_WITH_TIMEOUT(alice->store->diaries().find(saved->diary.id)->diary.revision, 1, 30000);
        QCOMPARE(alice->sync->pendingCount(), 0);
        alice->sync->stop();
    }

    void aChangeWrittenStraightIntoTheStoreSyncsSoonToo()
    {
        // Not every writer goes through a service that asks for a sync (the music page's tracks did not):
        // a grown outbox is enough. The periodic sync is far away, so only the outbox can start this one.
        auto alice = signedUp(unique(u"alice"_s));
        QVERIFY(alice);
        SyncEngine::Timing timing = alice->sync->timing();
        timing.periodic = std::chrono::hours(1);
        alice->sync->setTiming(timing);
        alice->sync->start();
        QTRY_COMPARE(alice->sync->state(), SyncEngine::State::Idle);
        const QString id = alice->write(u"no one asked for a sync"_s);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(alice->store->diaries().find(id)->diary.revision, 1, 30000);
        QCOMPARE(alice->sync->pendingCount(), 0);
        alice->sync->stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
