#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/restartableserver.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

//! kongjian-cli with the server away: comments, likes, a guestbook message, a friend request, a friend group and
//! a change of the space are saved and shown as pending, then sent once when the server is back (on the same
//! port); a comment on a 说说 deleted meanwhile ends among the rejected changes with its words, and is dismissed.
class TestCliOfflineSocial : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    RestartableServer m_server;
    CliRunner m_cli{m_server.url()};

    Run cli(const QString &who, const QStringList &args, const QByteArray &input = {}) const
    {
        return m_cli.run(who, args, input);
    }

    //! How many lines of `text` contain `what`.
    static int count(const QString &text, const QString &what)
    {
        int n = 0;
        for (const QString &line : text.split(u'\n'))
            n += line.contains(what) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        QVERIFY(m_cli.registerAll({u"alice"_s, u"bob"_s, u"carol"_s}));
        QVERIFY(m_cli.befriend(u"alice"_s, u"bob"_s));
    }

    void writtenOfflineSentOnce()
    {
        const QString post = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s}, "在火车上也能评论吗"));
        const QString doomed = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s}, "soon deleted"));
        QVERIFY(kj::isValidItemId(post) && kj::isValidItemId(doomed));
        QCOMPARE(cli(u"bob"_s, {u"space"_s, u"show"_s, u"alice"_s}).code, 0); // seen once: readable offline

        m_server.stop();
        Run run = cli(u"bob"_s, {u"comment"_s, u"post"_s, post}, "可以的\n");
        QCOMPARE(run.code, 0);
        const QString comment = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(comment), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"comment"_s, u"post"_s, doomed}, "a comment on a post that will be gone");
        QCOMPARE(run.code, 0);
        const QString lost = CliRunner::printedId(run);
        for (const char *word : {"like", "unlike", "like"})
            QCOMPARE(cli(u"bob"_s, {QString::fromLatin1(word), u"post"_s, post}).code, 0);
        run = cli(u"bob"_s, {u"guestbook"_s, u"sign"_s, u"alice"_s}, "火车上留言");
        QCOMPARE(run.code, 0);
        const QString message = CliRunner::printedId(run);
        QVERIFY(kj::isValidItemId(message));
        QCOMPARE(cli(u"bob"_s, {u"friends"_s, u"add"_s, u"carol"_s}).code, 0);
        QCOMPARE(cli(u"bob"_s, {u"space"_s, u"set"_s, u"--motto"_s, u"在路上"_s}).code, 0);
        run = cli(u"bob"_s, {u"group"_s, u"put"_s, u"new"_s, u"--name"_s, u"老友"_s, u"--members"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        const QString group = run.out.section(u' ', 0, 0);
        QVERIFY2(kj::isValidItemId(group), qPrintable(run.out));

        // Shown at once, pending, and counted per kind.
        run = cli(u"bob"_s, {u"comments"_s, u"post"_s, post});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(comment) && run.out.contains(u"bob: 可以的  [pending]"_s), qPrintable(run.out));
        QVERIFY2(cli(u"bob"_s, {u"groups"_s}).out.contains(u"老友  (1 member): alice  [pending]"_s), "group pending");
        QVERIFY(cli(u"bob"_s, {u"friends"_s, u"list"_s}).out.contains(u"Requests you sent:\n  carol (carol)"_s));
        QVERIFY(cli(u"bob"_s, {u"guestbook"_s, u"alice"_s}).out.contains(u"火车上留言"_s));
        run = cli(u"bob"_s, {u"visit"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        run = cli(u"bob"_s, {u"status"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Pending changes: 7"_s), qPrintable(run.out));
        for (const QString &kind : {u"2 comments"_s, u"1 likes"_s, u"1 guestbook messages"_s, u"1 friend requests"_s,
                                    u"1 space settings"_s, u"1 friend groups"_s})
            QVERIFY2(run.out.contains(kind), qPrintable(kind + u" in "_s + run.out));

        // Back on the same port; meanwhile alice deletes one 说说.
        QVERIFY(m_server.start().ok());
        QCOMPARE(cli(u"alice"_s, {u"post"_s, u"delete"_s, doomed}).code, 0);
        run = cli(u"bob"_s, {u"sync"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"nothing pending"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"refused 1 change for good"_s), qPrintable(run.err));
        QCOMPARE(cli(u"bob"_s, {u"sync"_s}).code, 0); // a second sync sends nothing again

        // Each change is on the server exactly once.
        run = cli(u"alice"_s, {u"comments"_s, u"post"_s, post});
        QCOMPARE(count(run.out, u"bob: 可以的"_s), 1);
        QVERIFY(!run.out.contains(u"[pending]"_s));
        QVERIFY2(cli(u"alice"_s, {u"post"_s, u"list"_s}).out.contains(u"1 like, 1 comment"_s), "one like, one comment");
        QCOMPARE(count(cli(u"alice"_s, {u"guestbook"_s, u"alice"_s}).out, u"火车上留言"_s), 1);
        QVERIFY(cli(u"carol"_s, {u"friends"_s, u"list"_s}).out.contains(u"Requests to you:\n  bob"_s));
        QVERIFY(cli(u"alice"_s, {u"space"_s, u"show"_s, u"bob"_s}).out.contains(u"在路上"_s));
        run = cli(u"bob"_s, {u"groups"_s});
        QCOMPARE(count(run.out, u"老友"_s), 1);
        QVERIFY(!run.out.contains(u"[pending]"_s));

        // The comment on the deleted 说说 is kept with its words until dismissed.
        run = cli(u"bob"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 0"_s) && run.out.contains(u"Rejected changes: 1"_s), qPrintable(run.out));
        run = cli(u"bob"_s, {u"rejected"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(lost) && run.out.contains(u"a comment on a post that will be gone"_s)
                     && run.out.contains(u"that you can see"_s),
                 qPrintable(run.out));
        const QString id = run.out.trimmed().section(u' ', 0, 0);
        QCOMPARE(cli(u"bob"_s, {u"rejected"_s, u"--dismiss"_s, u"999999"_s}).code, 1);
        QCOMPARE(cli(u"bob"_s, {u"rejected"_s, u"--dismiss"_s, id}).code, 0);
        QVERIFY(cli(u"bob"_s, {u"status"_s}).out.contains(u"Rejected changes: 0"_s));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliOfflineSocial)
#include "tst_cli_offlinesocial.moc"
