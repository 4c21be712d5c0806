// kongjian-cli's friend groups as a separate process against the in-process server: making, listing and
// deleting groups, a 说说 for one group that a member sees and a friend outside it does not, and the
// words for mistakes and for a server that is away.
#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliGroups : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<CliRunner> m_cli;

    CliRunner::Run run(const QString &who, const QStringList &args, const QByteArray &input = {})
    {
        return m_cli->run(who, args, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        QVERIFY(QFile::exists(CliRunner::executable()));
        m_cli = std::make_unique<CliRunner>(m_server.baseUrl());
        QVERIFY(m_cli->registerAll({u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}));
        QVERIFY(m_cli->befriend(u"alice"_s, u"bob"_s));
        QVERIFY(m_cli->befriend(u"alice"_s, u"carol"_s));
    }

    void aGroupDecidesWhoSeesAPost()
    {
        CliRunner::Run listed = run(u"alice"_s, {u"groups"_s});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(u"No friend groups yet"_s), qPrintable(listed.out));

        const CliRunner::Run made = run(u"alice"_s, {u"group"_s, u"put"_s, u"new"_s, u"--name"_s, u"同学"_s, u"--members"_s, u"bob"_s});
        QCOMPARE(made.code, 0);
        const QString group = made.out.section(u' ', 0, 0);
        QVERIFY2(kj::isValidItemId(group), qPrintable(made.out));
        QVERIFY(made.out.contains(u"同学  (1 member): bob"_s));

        const CliRunner::Run posted = run(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"groups"_s, u"--groups"_s, group},
                                          u"只给同学看"_s.toUtf8());
        QCOMPARE(posted.code, 0);
        const QString post = CliRunner::printedId(posted);
        QVERIFY2(!post.isEmpty(), qPrintable(posted.out + posted.err));

        const CliRunner::Run memberFeed = run(u"bob"_s, {u"feed"_s, u"--online"_s});
        QCOMPARE(memberFeed.code, 0);
        QVERIFY2(memberFeed.out.contains(post) && memberFeed.out.contains(u"只给同学看"_s), qPrintable(memberFeed.out));
        const CliRunner::Run outsiderFeed = run(u"carol"_s, {u"feed"_s, u"--online"_s});
        QCOMPARE(outsiderFeed.code, 0);
        QVERIFY2(!outsiderFeed.out.contains(post), qPrintable(outsiderFeed.out));

        // Carol joins: she sees it now.
        QCOMPARE(run(u"alice"_s, {u"group"_s, u"put"_s, group, u"--name"_s, u"同学"_s, u"--members"_s, u"bob,carol"_s}).code, 0);
        listed = run(u"alice"_s, {u"groups"_s});
        QVERIFY2(listed.out.contains(group + u"  同学  (2 members): bob, carol"_s), qPrintable(listed.out));
        QVERIFY(run(u"carol"_s, {u"feed"_s, u"--online"_s}).out.contains(post));

        // Deleted, the group shows its 说说 to nobody but alice.
        const CliRunner::Run deleted = run(u"alice"_s, {u"group"_s, u"delete"_s, group});
        QCOMPARE(deleted.code, 0);
        QVERIFY(deleted.out.contains(u"Deleted group "_s + group));
        QVERIFY(!run(u"bob"_s, {u"feed"_s, u"--online"_s}).out.contains(post));
        QVERIFY(run(u"alice"_s, {u"feed"_s, u"--online"_s}).out.contains(post));
    }

    void aRepostForOneGroup()
    {
        QVERIFY(m_cli->befriend(u"bob"_s, u"carol"_s));
        const QString post = CliRunner::printedId(run(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"public"_s}, "大家好"));
        QVERIFY(!post.isEmpty());
        const CliRunner::Run made = run(u"bob"_s, {u"group"_s, u"put"_s, u"new"_s, u"--name"_s, u"老友"_s, u"--members"_s, u"alice"_s});
        QCOMPARE(made.code, 0);
        const QString group = made.out.section(u' ', 0, 0);
        const CliRunner::Run reposted = run(u"bob"_s, {u"repost"_s, u"post"_s, post, u"--comment"_s, u"只转给老友"_s,
                                                       u"--visibility"_s, u"groups"_s, u"--groups"_s, group});
        QCOMPARE(reposted.code, 0);
        const QString repost = CliRunner::printedId(reposted);
        QVERIFY2(!repost.isEmpty(), qPrintable(reposted.out + reposted.err));
        QVERIFY(run(u"alice"_s, {u"feed"_s, u"--online"_s}).out.contains(repost));
        QVERIFY(!run(u"carol"_s, {u"feed"_s, u"--online"_s}).out.contains(repost)); // bob's friend, not in the group
    }

    void mistakesGetClearWords()
    {
        // Only friends can be members.
        CliRunner::Run run1 = run(u"alice"_s, {u"group"_s, u"put"_s, u"new"_s, u"--name"_s, u"陌生人"_s, u"--members"_s, u"dave"_s});
        QVERIFY(run1.code != 0);
        QVERIFY2(run1.err.contains(u"dave"_s), qPrintable(run1.err));
        // A group needs a name; "groups" needs the groups; another person's group cannot be used.
        QVERIFY(run(u"alice"_s, {u"group"_s, u"put"_s, u"new"_s}).err.contains(u"--name"_s));
        const CliRunner::Run noGroups = run(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"groups"_s}, "x");
        QVERIFY(noGroups.code != 0);
        QVERIFY2(noGroups.err.contains(u"--groups"_s), qPrintable(noGroups.err));
        const CliRunner::Run bobs = run(u"bob"_s, {u"group"_s, u"put"_s, u"new"_s, u"--name"_s, u"朋友"_s, u"--members"_s, u"alice"_s});
        QCOMPARE(bobs.code, 0);
        const QString bobsGroup = bobs.out.section(u' ', 0, 0);
        const CliRunner::Run borrowed = run(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"groups"_s, u"--groups"_s, bobsGroup}, "x");
        QVERIFY(borrowed.code != 0);
        QVERIFY2(!borrowed.err.isEmpty(), qPrintable(borrowed.out));
        QVERIFY(run(u"alice"_s, {u"group"_s, u"delete"_s, bobsGroup}).code != 0);
        QCOMPARE(run(u"alice"_s, {u"group"_s, u"frobnicate"_s}).code, 2);
    }

    void theServerAway()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        // Alice's profile, pointed at a port where nothing listens.
        m_cli->setServerUrl(url);
        const CliRunner::Run listed = run(u"alice"_s, {u"groups"_s});
        m_cli->setServerUrl(m_server.baseUrl());
        QVERIFY(listed.code != 0);
        QVERIFY2(listed.err.contains(u"server"_s, Qt::CaseInsensitive), qPrintable(listed.err));
    }
};

QTEST_GUILESS_MAIN(TestCliGroups)
#include "tst_cli_groups.moc"
