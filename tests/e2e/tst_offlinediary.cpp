#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/services/diaryservice.h"
#include "app/services/accountservice.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "tests/app/awaitresult.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

//! Alice writes a friends-only diary while the server is down; once it is up and she syncs, her friend
//! bob sees it (through the API and in his own synced client), and carol, who is not her friend, does not.
class TestOfflineDiary : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    RestartableServer m_server;
    const QString m_url = m_server.url();
    CliRunner m_cli{m_url};
    QNetworkAccessManager m_network;

    Run alice(const QStringList &args, const QByteArray &input = {}) const
    {
        return m_cli.run(u"alice"_s, args, input);
    }

    //! A client of `username` built like the GUI builds it: profile, sign-in, session; synced once.
    std::unique_ptr<kj::app::ClientSession> signedInClient(const QString &username, std::unique_ptr<kj::app::Profile> &profile)
    {
        profile = std::make_unique<kj::app::Profile>(m_cli.profileDir(username));
        kj::app::AccountService accounts(*profile, m_network);
        auto signedIn = awaitResult<void>([&](auto done) {
            accounts.signIn(QUrl(m_url), username, JsonClient::passwordFor(username), done);
        });
        if (!signedIn || !signedIn->ok())
            return nullptr;
        auto session = kj::app::ClientSession::open(*profile, *profile->account(), m_network);
        if (!session)
            return nullptr;
        return std::move(*session);
    }

    static kj::Status syncOnce(kj::app::ClientSession &session)
    {
        QSignalSpy finished(&session.sync(), &kj::app::SyncEngine::finished);
        session.sync().syncNow();
        if (!finished.wait(30000))
            return kj::fail(kj::ErrorCode::Timeout, u"the sync never finished"_s);
        return finished.first().first().value<kj::Status>();
    }

private Q_SLOTS:
    void offlineFriendsOnlyDiaryReachesFriendsOnly()
    {
        // The accounts exist on the server from an earlier day: alice and bob are friends, carol is not.
        QVERIFY(m_server.start().ok());
        QCOMPARE(alice({u"register"_s, u"alice"_s}, (JsonClient::passwordFor(u"alice"_s) + u"\n"_s).toUtf8()).code, 0);
        JsonClient json(m_url);
        const QString bobToken = json.signUp(u"bob"_s);
        const QString carolToken = json.signUp(u"carol"_s);
        QVERIFY(!bobToken.isEmpty() && !carolToken.isEmpty());
        QCOMPARE(alice({u"friends"_s, u"add"_s, u"bob"_s}).code, 0);
        const TestReply requests = json.get(u"/api/v1/friends/requests"_s, bobToken);
        const QString requestId =
            requests.json.value(u"incoming"_s).toArray().first().toObject().value(u"id"_s).toString();
        QCOMPARE(json.post(u"/api/v1/friends/requests/"_s + requestId + u"/accept"_s, {}, bobToken).status, 200);

        // Now the server is down.
        m_server.stop();
        Run run = alice({u"diary"_s, u"new"_s, u"--title"_s, u"火车上"_s, u"--visibility"_s, u"friends"_s},
                        u"Written on the train, no network.\n"_s.toUtf8());
        QCOMPARE(run.code, 0);
        const QString id = run.out.trimmed();
        QVERIFY2(kj::isValidItemId(id), qPrintable(run.out + run.err));
        QVERIFY(run.err.contains(u"pending"_s));
        run = alice({u"sync"_s});
        QCOMPARE(run.code, 1);
        run = alice({u"status"_s});
        QVERIFY(run.out.contains(u"Pending changes: 1"_s));
        run = alice({u"diary"_s, u"show"_s, id});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"not synced yet"_s));

        // A second diary through the services on the same profile, as the GUI would write it.
        {
            kj::app::Profile profile(m_cli.profileDir(u"alice"_s));
            auto session = kj::app::ClientSession::open(profile, *profile.account(), m_network);
            QVERIFY(session.ok());
            auto saved = (*session)->diaries().create(u"second"_s, u"also offline"_s, kj::Visibility::Friends);
            QVERIFY(saved.ok());
            QVERIFY(!syncOnce(**session).ok());
            QCOMPARE((*session)->sync().state(), kj::app::SyncEngine::State::Offline);
            QCOMPARE((*session)->sync().pendingCount(), 2);
        }

        // The server comes back on the same port; alice syncs.
        QVERIFY(m_server.start().ok());
        run = alice({u"sync"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"nothing pending"_s), qPrintable(run.out + run.err));
        QVERIFY(alice({u"status"_s}).out.contains(u"Pending changes: 0"_s));

        // Bob sees it: through the API...
        const TestReply bobFeed = json.get(u"/api/v1/feed"_s, bobToken);
        QCOMPARE(bobFeed.status, 200);
        QVERIFY(bobFeed.body.contains(id.toUtf8()));
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + id, bobToken).status, 200);
        // ...and in his own synced client store.
        std::unique_ptr<kj::app::Profile> bobProfile;
        auto bob = signedInClient(u"bob"_s, bobProfile);
        QVERIFY(bob);
        QVERIFY(syncOnce(*bob).ok());
        const auto cached = bob->store().diaries().find(id);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->diary.body, u"Written on the train, no network.\n"_s);
        QCOMPARE(cached->diary.author.username, u"alice"_s);
        bool inFeed = false;
        for (const kj::store::LocalDiary &diary : bob->store().diaries().feed())
            inFeed = inFeed || diary.diary.id == id;
        QVERIFY(inFeed);

        // Carol does not, anywhere.
        const TestReply carolFeed = json.get(u"/api/v1/feed"_s, carolToken);
        QCOMPARE(carolFeed.status, 200);
        QVERIFY(!carolFeed.body.contains(id.toUtf8()));
        QCOMPARE(json.get(u"/api/v1/diaries/"_s + id, carolToken).status, 404);
        QVERIFY(!json.get(u"/api/v1/users/alice/diaries"_s, carolToken).body.contains(id.toUtf8()));
        std::unique_ptr<kj::app::Profile> carolProfile;
        auto carol = signedInClient(u"carol"_s, carolProfile);
        QVERIFY(carol);
        QVERIFY(syncOnce(*carol).ok());
        QVERIFY(!carol->store().diaries().find(id).has_value());
        QCOMPARE(carol->store().diaries().feedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOfflineDiary)
#include "tst_offlinediary.moc"
