// ApiClient's calls for the space itself (settings, guestbook, visitors) against the real server
// in-process: typed answers, created vs. retried, who may do what, and the errors a caller gets.
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "tests/app/awaitresult.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;

class TestApiClientSpace : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_alice, m_bob, m_carol, m_anonymous;

    template<typename T>
    kj::Result<T> call(const std::function<void(ApiClient::Callback<T>)> &start)
    {
        std::optional<kj::Result<T>> result = awaitResult<T>(start);
        if (!result)
            return kj::fail(kj::ErrorCode::Timeout, u"the test gave up waiting"_s);
        return *result;
    }

    //! A live track of the token's user, uploaded and made through the wire; its id.
    QString newTrack(const QString &token)
    {
        MediaClient media(m_server.baseUrl());
        const QByteArray wav = AudioFixtures::wav(500);
        const TestReply started = media.startRaw(token, wav.size(), MediaClient::sha256(wav), u"song.wav"_s, u"track"_s);
        const TestReply done = media.patch(token, started.json.value(u"uploadId"_s).toString(), 0, wav);
        const QString id = kj::newItemId();
        const TestReply put = media.json().put(u"/api/v1/tracks/"_s + id, {{u"mediaId"_s, done.json.value(u"mediaId"_s).toString()}}, token);
        return put.status == 201 ? id : QString();
    }

    std::unique_ptr<ApiClient> client(const QString &token)
    {
        auto api = std::make_unique<ApiClient>(m_network);
        api->setServer(QUrl(m_server.baseUrl()));
        api->setToken(token);
        return api;
    }

    kj::Result<kj::app::GuestbookWriteResult> sign(ApiClient &api, const QString &owner, const kj::GuestbookWrite &write)
    {
        return call<kj::app::GuestbookWriteResult>([&](auto done) { api.signGuestbook(owner, write, nullptr, done); });
    }

    QStringList texts(ApiClient &api, const QString &owner)
    {
        auto page = call<kj::app::GuestbookPage>([&](auto done) { api.guestbook(owner, QString(), 0, nullptr, done); });
        QStringList result;
        if (page) {
            for (const kj::GuestbookEntry &entry : std::as_const(page->items))
                result.append(entry.text);
        }
        result.sort();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        JsonClient json(m_server.baseUrl());
        m_alice = client(json.signUp(u"alice"_s));
        m_bob = client(json.signUp(u"bob"_s));
        m_carol = client(json.signUp(u"carol"_s));
        m_anonymous = client(QString());
    }

    void decoratesMySpace()
    {
        auto initial = call<kj::SpaceSettings>([&](auto done) { m_alice->mySpace(nullptr, done); });
        QVERIFY2(initial.ok(), qPrintable(initial ? QString() : initial.error().message));
        QCOMPARE(*initial, kj::SpaceSettings());

        kj::SpaceSettings settings = *initial;
        settings.title = u"Alice 的空间"_s;
        settings.motto = u"慢慢来"_s;
        settings.skin = u"sakura"_s;
        settings.colors = {{u"accent"_s, u"#c8553d"_s}};
        settings.modules = {u"profile"_s, u"guestbook"_s};
        const QString track = newTrack(m_alice->token()); // a playlist holds only the owner's own live tracks
        QVERIFY(!track.isEmpty());
        settings.music = {{track}, true, true};
        settings.hideMyVisits = true;
        auto saved = call<kj::SpaceSettings>([&](auto done) { m_alice->putMySpace(settings, nullptr, done); });
        QVERIFY(saved.ok());
        QCOMPARE(*saved, settings);
        QCOMPARE(*call<kj::SpaceSettings>([&](auto done) { m_alice->mySpace(nullptr, done); }), settings);

        // What others read: the same decoration, without hideMyVisits (so it reads as the default).
        auto profile = call<kj::app::UserProfile>([&](auto done) { m_anonymous->userProfile(u"alice"_s, nullptr, done); });
        QVERIFY(profile.ok());
        QCOMPARE(profile->space.title, u"Alice 的空间"_s);
        QCOMPARE(profile->space.modules, settings.modules);
        QCOMPARE(profile->space.colors, settings.colors);
        QVERIFY(!profile->space.hideMyVisits);

        kj::SpaceSettings bad = settings;
        bad.skin = u"Not A Skin"_s;
        auto refused = call<kj::SpaceSettings>([&](auto done) { m_alice->putMySpace(bad, nullptr, done); });
        QCOMPARE(refused.error().code, kj::ErrorCode::InvalidField);
        QCOMPARE(call<kj::SpaceSettings>([&](auto done) { m_anonymous->mySpace(nullptr, done); }).error().code,
                 kj::ErrorCode::Unauthorized);
    }

    void signsRepliesAndDeletes()
    {
        const kj::GuestbookWrite write{kj::newItemId(), u"来踩踩"_s, false};
        auto first = sign(*m_carol, u"alice"_s, write);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->created);
        QCOMPARE(first->entry.id, write.id);
        QCOMPARE(first->entry.author.username, u"carol"_s);
        QCOMPARE(first->entry.spaceOwner.username, u"alice"_s);
        auto again = sign(*m_carol, u"alice"_s, write);
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->entry, first->entry);

        const kj::GuestbookWrite secret{kj::newItemId(), u"悄悄话"_s, true};
        QVERIFY(sign(*m_bob, u"alice"_s, secret).ok());
        QCOMPARE(texts(*m_alice, u"alice"_s), (QStringList{u"悄悄话"_s, u"来踩踩"_s}));
        QCOMPARE(texts(*m_bob, u"alice"_s), (QStringList{u"悄悄话"_s, u"来踩踩"_s}));
        QCOMPARE(texts(*m_carol, u"alice"_s), QStringList{u"来踩踩"_s});
        QCOMPARE(texts(*m_anonymous, u"alice"_s), QStringList{u"来踩踩"_s});

        auto replied = call<kj::GuestbookEntry>([&](auto done) {
            m_alice->replyToGuestbookEntry(write.id, kj::GuestbookReplyWrite{u"谢谢"_s}, nullptr, done);
        });
        QVERIFY(replied.ok());
        QVERIFY(replied->reply.has_value());
        QCOMPARE(replied->reply->text, u"谢谢"_s);
        auto notOwner = call<kj::GuestbookEntry>([&](auto done) {
            m_carol->replyToGuestbookEntry(write.id, kj::GuestbookReplyWrite{u"me too"_s}, nullptr, done);
        });
        QCOMPARE(notOwner.error().code, kj::ErrorCode::Forbidden);
        auto hidden = call<kj::GuestbookEntry>([&](auto done) {
            m_carol->replyToGuestbookEntry(secret.id, kj::GuestbookReplyWrite{u"?"_s}, nullptr, done);
        });
        QCOMPARE(hidden.error().code, kj::ErrorCode::NotFound);

        QCOMPARE(call<void>([&](auto done) { m_carol->deleteGuestbookEntry(secret.id, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
        QVERIFY(call<void>([&](auto done) { m_bob->deleteGuestbookEntry(secret.id, nullptr, done); }).ok());
        QCOMPARE(texts(*m_alice, u"alice"_s), QStringList{u"来踩踩"_s});
        QCOMPARE(sign(*m_carol, u"nobody_here"_s, kj::GuestbookWrite{kj::newItemId(), u"x"_s, false}).error().code,
                 kj::ErrorCode::NotFound);
        QCOMPARE(sign(*m_anonymous, u"alice"_s, kj::GuestbookWrite{kj::newItemId(), u"x"_s, false}).error().code,
                 kj::ErrorCode::Unauthorized);
    }

    void pagesTheGuestbook()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(sign(*m_alice, u"bob"_s, kj::GuestbookWrite{kj::newItemId(), u"page %1"_s.arg(i), false}).ok());
        auto first = call<kj::app::GuestbookPage>([&](auto done) { m_carol->guestbook(u"bob"_s, QString(), 2, nullptr, done); });
        QVERIFY(first.ok());
        QCOMPARE(first->items.size(), 2);
        QVERIFY(!first->nextCursor.isEmpty());
        auto second = call<kj::app::GuestbookPage>([&](auto done) { m_carol->guestbook(u"bob"_s, first->nextCursor, 2, nullptr, done); });
        QVERIFY(second.ok());
        QCOMPARE(second->items.size(), 1);
        QVERIFY(second->nextCursor.isEmpty());
    }

    void recordsVisits()
    {
        QVERIFY(call<void>([&](auto done) { m_bob->recordVisit(u"carol"_s, nullptr, done); }).ok());
        QVERIFY(call<void>([&](auto done) { m_bob->recordVisit(u"carol"_s, nullptr, done); }).ok());
        QVERIFY(call<void>([&](auto done) { m_carol->recordVisit(u"carol"_s, nullptr, done); }).ok());
        // alice hides her visits (decoratesMySpace turned hideMyVisits on).
        QVERIFY(call<void>([&](auto done) { m_alice->recordVisit(u"carol"_s, nullptr, done); }).ok());
        auto visitors = call<kj::VisitorList>([&](auto done) { m_carol->myVisitors(0, nullptr, done); });
        QVERIFY(visitors.ok());
        QCOMPARE(visitors->total, 1);
        QCOMPARE(visitors->items.size(), 1);
        QCOMPARE(visitors->items.first().visitor.username, u"bob"_s);
        QVERIFY(visitors->items.first().at.isValid());
        QCOMPARE(call<void>([&](auto done) { m_bob->recordVisit(u"nobody_here"_s, nullptr, done); }).error().code,
                 kj::ErrorCode::NotFound);
        QCOMPARE(call<kj::VisitorList>([&](auto done) { m_anonymous->myVisitors(0, nullptr, done); }).error().code,
                 kj::ErrorCode::Unauthorized);
    }

    void saysWhenTheServerIsAway()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        ApiClient away(m_network);
        away.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        away.setToken(u"token"_s);
        auto result = call<kj::app::GuestbookWriteResult>([&](auto done) {
            away.signGuestbook(u"alice"_s, kj::GuestbookWrite{kj::newItemId(), u"x"_s, false}, nullptr, done);
        });
        QCOMPARE(result.error().code, kj::ErrorCode::NetworkError);
        QVERIFY(ApiClient::isTransient(result.error()));
    }
};

QTEST_MAIN(TestApiClientSpace)
#include "tst_apiclientspace.moc"
