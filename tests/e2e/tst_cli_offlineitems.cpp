#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"alice"_s;
const QString kBob = u"bob"_s;
const QString kDesk = u"desk"_s;     // alice's first profile
const QString kLaptop = u"laptop"_s; // a second profile of alice's account, as on another machine
} // namespace

//! 说说, reposts and albums through kongjian-cli while the server is away: saved and shown at once as not
//! synced, a friend's 说说 read once still in the feed; back on the same port one sync sends each exactly
//! once. Two profiles of one account edit the same 说说 offline and sync in both orders: one merged text.
class TestCliOfflineItems : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    RestartableServer m_server;
    const QString m_url = m_server.url();
    CliRunner m_cli{m_url};

    Run on(const QString &profile, const QStringList &args, const QString &input = {}) const
    {
        return m_cli.run(profile, args, input.toUtf8());
    }

    //! GET `path` as `username`: the answer's JSON.
    QJsonObject get(const QString &username, const QString &path) const
    {
        JsonClient json(m_url);
        return json.get(path, json.signIn(username, JsonClient::passwordFor(username))).json;
    }

    QJsonArray listed(const QString &username, const QString &collection) const
    {
        return get(username, u"/api/v1/users/"_s + username + u"/"_s + collection).value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        const Run login = m_cli.registerOnTwoProfiles(kAlice, kDesk, kLaptop);
        QVERIFY2(login.code == 0, qPrintable(login.out + login.err));
        QCOMPARE(on(kBob, {u"register"_s, kBob}, QString::fromUtf8(CliRunner::password(kBob))).code, 0);
        QCOMPARE(on(kDesk, {u"friends"_s, u"add"_s, kBob}).code, 0);
        QCOMPARE(on(kBob, {u"friends"_s, u"accept"_s, kAlice}).code, 0);
    }

    void init()
    {
        QVERIFY(m_server.start().ok()); // back if a failed test left it away
    }

    void writtenOfflineSentOnce()
    {
        // Bob's 说说, read once by alice while the server is there.
        const QString bobs = CliRunner::printedId(on(kBob, {u"post"_s, u"new"_s, u"--visibility"_s, u"friends"_s}, u"窗外在下雪"_s));
        QVERIFY(kj::isValidItemId(bobs));
        QVERIFY(on(kDesk, {u"feed"_s}).out.contains(u"窗外在下雪"_s));

        m_server.stop();
        // Still readable offline.
        Run run = on(kDesk, {u"feed"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(bobs) && run.out.contains(u"bob  post  friends  窗外在下雪"_s), qPrintable(run.out));

        run = on(kDesk, {u"post"_s, u"new"_s}, u"离线写的说说"_s);
        QCOMPARE(run.code, 0);
        const QString post = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(post), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = on(kDesk, {u"post"_s, u"edit"_s, post}, u"离线写的说说，又改了一次"_s);
        QCOMPARE(run.code, 0);
        run = on(kDesk, {u"album"_s, u"new"_s, u"--title"_s, u"雪景"_s, u"--description"_s, u"今年的第一场雪"_s});
        QCOMPARE(run.code, 0);
        const QString album = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(album), qPrintable(run.out + run.err));
        run = on(kDesk, {u"album"_s, u"edit"_s, album, u"--title"_s, u"初雪"_s});
        QCOMPARE(run.code, 0);
        run = on(kDesk, {u"repost"_s, u"post"_s, bobs, u"--comment"_s, u"真美"_s});
        QCOMPARE(run.code, 0);
        const QString repost = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(repost), qPrintable(run.out + run.err));

        run = on(kDesk, {u"feed"_s});
        QVERIFY2(run.out.contains(u"离线写的说说，又改了一次  [not synced]"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"reposts post "_s + bobs + u": 真美  [not synced]"_s), qPrintable(run.out));
        run = on(kDesk, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 3"_s), qPrintable(run.out)); // an edit joins its queued create

        // Back on the same port: one sync sends each change once.
        QVERIFY(m_server.start().ok());
        run = on(kDesk, {u"sync"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(on(kDesk, {u"sync"_s}).code == 0);
        QVERIFY(!on(kDesk, {u"feed"_s}).out.contains(u"not synced"_s));

        const QJsonArray posts = listed(kAlice, u"posts"_s);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().toObject().value(u"text"_s).toString(), u"离线写的说说，又改了一次"_s);
        QCOMPARE(posts.first().toObject().value(u"revision"_s).toInt(), 1);
        const QJsonArray albums = listed(kAlice, u"albums"_s);
        QCOMPARE(albums.size(), 1);
        QCOMPARE(albums.first().toObject().value(u"title"_s).toString(), u"初雪"_s);
        QCOMPARE(albums.first().toObject().value(u"description"_s).toString(), u"今年的第一场雪"_s);
        const QJsonArray reposts = listed(kAlice, u"reposts"_s);
        QCOMPARE(reposts.size(), 1);
        QCOMPARE(reposts.first().toObject().value(u"id"_s).toString(), repost);

        // Bob sees alice's 说说 in his own feed kept offline (its audience, friends, survived the offline edit).
        run = on(kBob, {u"feed"_s});
        QVERIFY2(run.out.contains(post), qPrintable(run.out + run.err));

        // A delete written offline goes once too.
        m_server.stop();
        QCOMPARE(on(kDesk, {u"post"_s, u"delete"_s, post}).code, 0);
        QVERIFY(!on(kDesk, {u"feed"_s}).out.contains(post));
        QVERIFY(m_server.start().ok());
        QCOMPARE(on(kDesk, {u"sync"_s}).code, 0);
        QCOMPARE(listed(kAlice, u"posts"_s).size(), 0);
    }

    void twoProfilesConverge_data()
    {
        QTest::addColumn<bool>("deskFirst");
        QTest::newRow("desk syncs first") << true;
        QTest::newRow("laptop syncs first") << false;
    }

    void twoProfilesConverge()
    {
        QFETCH(bool, deskFirst);
        const QString post = CliRunner::printedId(on(kDesk, {u"post"_s, u"new"_s}, u"第一行\n第二行\n第三行"_s));
        QVERIFY(kj::isValidItemId(post));
        QCOMPARE(on(kDesk, {u"sync"_s}).code, 0);
        QCOMPARE(on(kLaptop, {u"sync"_s}).code, 0);

        m_server.stop();
        QCOMPARE(on(kDesk, {u"post"_s, u"edit"_s, post}, u"第一行（台式机）\n第二行\n第三行"_s).code, 0);
        QCOMPARE(on(kLaptop, {u"post"_s, u"edit"_s, post, u"--visibility"_s, u"public"_s}, u"第一行\n第二行\n第三行（笔记本）"_s).code, 0);
        QVERIFY(m_server.start().ok());
        const QString first = deskFirst ? kDesk : kLaptop;
        const QString second = deskFirst ? kLaptop : kDesk;
        QCOMPARE(on(first, {u"sync"_s}).code, 0);
        const Run merged = on(second, {u"sync"_s});
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QCOMPARE(on(first, {u"sync"_s}).code, 0);

        const QString expected = u"第一行（台式机）\n第二行\n第三行（笔记本）"_s;
        const QJsonObject onServer = get(kAlice, u"/api/v1/posts/"_s + post).value(u"post"_s).toObject();
        QCOMPARE(onServer.value(u"text"_s).toString(), expected);
        QCOMPARE(onServer.value(u"visibility"_s).toString(), u"public"_s);
        // Both profiles show the merged text (its first line in the feed) and nothing pending.
        for (const QString &profile : {kDesk, kLaptop}) {
            const Run feed = on(profile, {u"feed"_s});
            QVERIFY2(feed.out.contains(post + u"  "_s) && feed.out.contains(u"public  第一行（台式机） 第二行 第三行（笔记本）"_s),
                     qPrintable(profile + u": "_s + feed.out));
            QVERIFY2(!feed.out.contains(u"not synced"_s), qPrintable(feed.out));
        }
        QCOMPARE(on(kDesk, {u"post"_s, u"delete"_s, post}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOfflineItems)
#include "tst_cli_offlineitems.moc"
