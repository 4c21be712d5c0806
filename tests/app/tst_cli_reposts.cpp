// kongjian-cli's repost and notifications commands as a separate process against the in-process server: what
// they print, their exit codes, the width rule's words, the original hidden from a reader who may not see it,
// marking notifications read, and a clear error when the server is away.
#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReposts : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    TestServer m_server;
    CliRunner m_cli;

    Run cli(const QString &who, const QStringList &args, const QByteArray &input = {}) const
    {
        return m_cli.run(who, args, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_cli.setServerUrl(m_server.baseUrl());
        QVERIFY(QFile::exists(CliRunner::executable()));
        for (const QString &name : {u"alice"_s, u"bob"_s, u"carol"_s})
            QCOMPARE(cli(name, {u"register"_s, name}, CliRunner::password(name)).code, 0);
        // alice and bob are friends, bob and carol are friends.
        QCOMPARE(cli(u"alice"_s, {u"friends"_s, u"add"_s, u"bob"_s}).code, 0);
        QCOMPARE(cli(u"bob"_s, {u"friends"_s, u"accept"_s, u"alice"_s}).code, 0);
        QCOMPARE(cli(u"carol"_s, {u"friends"_s, u"add"_s, u"bob"_s}).code, 0);
        QCOMPARE(cli(u"bob"_s, {u"friends"_s, u"accept"_s, u"carol"_s}).code, 0);
    }

    void helpNamesTheCommands()
    {
        Run run = cli(u"alice"_s, {u"--help"_s});
        QCOMPARE(run.code, 0);
        for (const QString &command : {u"repost KIND ID"_s, u"repost list"_s, u"repost delete ID"_s, u"notifications"_s})
            QVERIFY2(run.out.contains(command), qPrintable(command));
        run = cli(u"alice"_s, {u"repost"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"--comment"_s) && run.out.contains(u"--visibility"_s));
        QCOMPARE(cli(u"alice"_s, {u"notifications"_s, u"--help"_s}).code, 0);
        QCOMPARE(cli(u"alice"_s, {u"repost"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"repost"_s, u"post"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"repost"_s, u"delete"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"repost"_s, u"story"_s, kj::newItemId()}).code, 1);
        QCOMPARE(cli(u"alice"_s, {u"repost"_s, u"post"_s, u"not-an-id"_s}).code, 1);
        QCOMPARE(cli(u"alice"_s, {u"repost"_s, u"post"_s, kj::newItemId(), u"--visibility"_s, u"everyone"_s}).code, 1);
    }

    void repostsListsAndDeletes()
    {
        const QString post = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"friends"_s}, "朋友圈的说说"));
        QVERIFY(!post.isEmpty());
        // Too wide: the server's reason, exit code 1.
        Run run = cli(u"bob"_s, {u"repost"_s, u"post"_s, post, u"--visibility"_s, u"public"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"a friends-only item can only be reposted to friends or narrower"_s), qPrintable(run.err));
        // Hidden from carol: saved here, then refused by the server for good, and kept among the rejected changes.
        run = cli(u"carol"_s, {u"repost"_s, u"post"_s, post});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"the server refused the repost of post "_s + post + u": no such item"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"kongjian-cli rejected"_s), qPrintable(run.err));
        QVERIFY(!cli(u"carol"_s, {u"feed"_s}).out.contains(u"reposts post "_s + post));
        run = cli(u"carol"_s, {u"rejected"_s});
        QVERIFY2(run.out.contains(u" on post "_s + post) && run.out.contains(u"why: no such item"_s), qPrintable(run.out));

        run = cli(u"bob"_s, {u"repost"_s, u"post"_s, post, u"--comment"_s, u"值得一看"_s});
        QCOMPARE(run.code, 0);
        const QString repost = CliRunner::printedId(run);
        QVERIFY2(!repost.isEmpty(), qPrintable(run.out + run.err));
        JsonClient json(m_server.baseUrl());
        const QString bobToken = json.signIn(u"bob"_s, u"correct horse bob"_s);
        const QJsonObject stored = json.get(u"/api/v1/reposts/"_s + repost, bobToken).json.value(u"repost"_s).toObject();
        QCOMPARE(stored.value(u"comment"_s).toString(), u"值得一看"_s);
        QCOMPARE(stored.value(u"visibility"_s).toString(), u"friends"_s); // the default

        run = cli(u"bob"_s, {u"repost"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(repost));
        QVERIFY(run.out.contains(u"值得一看"_s));
        QVERIFY(run.out.contains(u"alice: 朋友圈的说说"_s));
        // carol sees bob's repost but not alice's post.
        run = cli(u"carol"_s, {u"repost"_s, u"list"_s, u"--user"_s, u"bob"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(repost));
        QVERIFY(run.out.contains(u"(not visible)"_s));
        QVERIFY(!run.out.contains(u"朋友圈的说说"_s));
        QCOMPARE(cli(u"carol"_s, {u"repost"_s, u"list"_s, u"--user"_s, u"nobody_here"_s}).code, 1);

        QCOMPARE(cli(u"carol"_s, {u"repost"_s, u"delete"_s, repost}).code, 1);
        run = cli(u"bob"_s, {u"repost"_s, u"delete"_s, repost});
        QCOMPARE(run.code, 0);
        QVERIFY(!cli(u"bob"_s, {u"repost"_s, u"list"_s}).out.contains(repost));
    }

    void notificationsShowAndMarkRead()
    {
        const QString post = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"public"_s}, "点赞我"));
        QVERIFY(!post.isEmpty());
        QCOMPARE(cli(u"bob"_s, {u"like"_s, u"post"_s, post}).code, 0);
        QCOMPARE(cli(u"carol"_s, {u"comment"_s, u"post"_s, post}, "不错哦").code, 0);
        QCOMPARE(cli(u"carol"_s, {u"repost"_s, u"post"_s, post, u"--visibility"_s, u"public"_s, u"--comment"_s, u"转"_s}).code, 0);
        Run run = cli(u"alice"_s, {u"notifications"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"* "_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"bob liked your post "_s + post));
        QVERIFY(run.out.contains(u"carol commented on your post "_s + post + u": 不错哦"_s));
        QVERIFY(run.out.contains(u"carol reposted your item as repost "_s));
        QVERIFY(run.out.contains(u"bob accepted your friend request"_s));
        const qsizetype unread = run.out.count(u"\n* "_s) + (run.out.startsWith(u"* "_s) ? 1 : 0);
        QVERIFY(run.out.contains(u"%1 unread."_s.arg(unread)));
        // bob hears nothing of carol's comment on alice's post.
        QVERIFY(!cli(u"bob"_s, {u"notifications"_s}).out.contains(u"不错哦"_s));

        run = cli(u"alice"_s, {u"notifications"_s, u"--mark-read"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.endsWith(u"0 unread.\n"_s));
        run = cli(u"alice"_s, {u"notifications"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(u"* "_s));
        QVERIFY(run.out.endsWith(u"0 unread.\n"_s));
        // Marking read is alice's own: carol's news of bob's acceptance stays unread.
        run = cli(u"carol"_s, {u"notifications"_s});
        QVERIFY(run.out.contains(u"* "_s) && run.out.contains(u"bob accepted your friend request"_s));
        QVERIFY(!run.out.contains(u"liked"_s));
    }

    void serverAwayIsAClearError()
    {
        const QString post = CliRunner::printedId(cli(u"bob"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"friends"_s}, "转发我"));
        QVERIFY(!post.isEmpty());
        QCOMPARE(cli(u"alice"_s, {u"sync"_s}).code, 0);
        m_server.stop();
        // Lists and notifications need the server.
        for (const QStringList &args : {QStringList{u"repost"_s, u"list"_s}, QStringList{u"notifications"_s}}) {
            const Run run = cli(u"alice"_s, args);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"needs the server"_s), qPrintable(run.err));
        }
        // A repost is saved here and shown as not synced.
        Run run = cli(u"alice"_s, {u"repost"_s, u"post"_s, post, u"--comment"_s, u"离线转发"_s});
        QCOMPARE(run.code, 0);
        const QString repost = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(repost), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"feed"_s});
        QVERIFY2(run.out.contains(repost) && run.out.contains(u"离线转发  [not synced]"_s), qPrintable(run.out));
        run = cli(u"alice"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 1"_s), qPrintable(run.out));
        // (tests/e2e/tst_cli_offlineitems sends such changes once the server is back.)
    }
};

QTEST_MAIN(TestCliReposts)
#include "tst_cli_reposts.moc"
