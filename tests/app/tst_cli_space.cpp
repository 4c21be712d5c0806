// kongjian-cli's space commands (space show|set, guestbook, visit, visitors) as a person or a script
// runs them: a separate process against the in-process server.
#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSpace : public QObject
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
        QCOMPARE(cli(u"alice"_s, {u"register"_s, u"alice"_s, u"--display-name"_s, u"Alice 爱丽丝"_s}, CliRunner::password(u"alice"_s)).code, 0);
        for (const QString &name : {u"bob"_s, u"carol"_s})
            QCOMPARE(cli(name, {u"register"_s, name}, CliRunner::password(name)).code, 0);
    }

    void helpNamesTheCommands()
    {
        Run run = cli(u"alice"_s, {u"--help"_s});
        QCOMPARE(run.code, 0);
        for (const QString &command : {u"space show"_s, u"space set"_s, u"guestbook sign"_s, u"visit USER"_s, u"visitors"_s})
            QVERIFY2(run.out.contains(command), qPrintable(command));
        run = cli(u"alice"_s, {u"space"_s, u"set"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"--hide-my-visits"_s));
        QCOMPARE(cli(u"alice"_s, {u"space"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"guestbook"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"visit"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"guestbook"_s, u"sign"_s, u"bob"_s, u"--secret"_s}).code, 2);
    }

    void decoratesAndShows()
    {
        Run run = cli(u"alice"_s, {u"space"_s, u"show"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(u"Alice 爱丽丝's space\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"skin:        classic"_s));

        run = cli(u"alice"_s, {u"space"_s, u"set"_s, u"--title"_s, u"Alice 的空间"_s, u"--motto"_s, u"慢慢来"_s,
                               u"--skin"_s, u"sakura"_s, u"--modules"_s, u"profile,guestbook,posts"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(!run.err.contains(u"kongjian-cli:"_s) && !run.err.contains(u"not sent"_s), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Alice 的空间\n慢慢来\n"_s), qPrintable(run.out));
        // Only what was given changes.
        run = cli(u"alice"_s, {u"space"_s, u"set"_s, u"--motto"_s, u"一步一步"_s});
        QCOMPARE(run.code, 0);
        run = cli(u"bob"_s, {u"space"_s, u"show"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(u"Alice 的空间\n一步一步\n"_s));
        QVERIFY(run.out.contains(u"skin:        sakura"_s));
        QVERIFY(run.out.contains(u"modules:     profile, guestbook, posts"_s));
        QVERIFY(!run.out.contains(u"my visits"_s)); // not bob's to know

        run = cli(u"alice"_s, {u"space"_s, u"set"_s, u"--skin"_s, u"Bad Skin"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"skin"_s));
        run = cli(u"alice"_s, {u"space"_s, u"set"_s, u"--modules"_s, u"profile,games"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"games"_s));
        run = cli(u"alice"_s, {u"space"_s, u"set"_s, u"--hide-my-visits"_s, u"maybe"_s});
        QCOMPARE(run.code, 1);
        run = cli(u"alice"_s, {u"space"_s, u"set"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"nothing to change"_s));
        QVERIFY(cli(u"alice"_s, {u"space"_s, u"show"_s}).out.contains(u"skin:        sakura"_s));
        run = cli(u"bob"_s, {u"space"_s, u"show"_s, u"nobody_here"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no user nobody_here"_s));
    }

    void guestbook()
    {
        const QString open = CliRunner::printedId(cli(u"carol"_s, {u"guestbook"_s, u"sign"_s, u"alice"_s}, "来踩踩\n"));
        QVERIFY(!open.isEmpty());
        const QString secret = CliRunner::printedId(cli(u"bob"_s, {u"guestbook"_s, u"sign"_s, u"alice"_s, u"--private"_s}, "悄悄话\n"));
        QVERIFY(!secret.isEmpty());

        Run run = cli(u"alice"_s, {u"guestbook"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"来踩踩"_s));
        QVERIFY(run.out.contains(u"悄悄话"_s));
        QVERIFY(run.out.contains(u"[private]"_s));
        run = cli(u"carol"_s, {u"guestbook"_s, u"list"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"来踩踩"_s));
        QVERIFY(!run.out.contains(u"悄悄话"_s));

        run = cli(u"alice"_s, {u"guestbook"_s, u"reply"_s, open}, "谢谢来访\n");
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"谢谢来访"_s));
        QVERIFY(cli(u"carol"_s, {u"guestbook"_s, u"alice"_s}).out.contains(u"谢谢来访"_s));
        run = cli(u"carol"_s, {u"guestbook"_s, u"reply"_s, open}, "not mine\n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"only the space's owner"_s));
        run = cli(u"carol"_s, {u"guestbook"_s, u"delete"_s, secret});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no message"_s));
        QCOMPARE(cli(u"bob"_s, {u"guestbook"_s, u"delete"_s, secret}).code, 0);
        QVERIFY(!cli(u"alice"_s, {u"guestbook"_s, u"alice"_s}).out.contains(u"悄悄话"_s));

        run = cli(u"bob"_s, {u"guestbook"_s, u"sign"_s, u"alice"_s}, "  \n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"empty"_s));
        run = cli(u"bob"_s, {u"guestbook"_s, u"sign"_s, u"nobody_here"_s}, "hello\n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no user nobody_here"_s));
        QCOMPARE(cli(u"bob"_s, {u"guestbook"_s, u"delete"_s, u"not-an-id"_s}).code, 1);
    }

    void visitsAndVisitors()
    {
        Run run = cli(u"bob"_s, {u"visit"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Alice 的空间"_s));
        QCOMPARE(cli(u"bob"_s, {u"visit"_s, u"alice"_s}).code, 0);
        // carol hides her visits.
        QCOMPARE(cli(u"carol"_s, {u"space"_s, u"set"_s, u"--hide-my-visits"_s, u"on"_s}).code, 0);
        QVERIFY(cli(u"carol"_s, {u"space"_s, u"show"_s}).out.contains(u"my visits:   hidden"_s));
        QCOMPARE(cli(u"carol"_s, {u"visit"_s, u"alice"_s}).code, 0);
        run = cli(u"alice"_s, {u"visitors"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"bob (bob)"_s));
        QVERIFY(!run.out.contains(u"carol"_s));
        QVERIFY(run.out.contains(u"1 visit in all."_s));
        QCOMPARE(cli(u"alice"_s, {u"visitors"_s, u"--limit"_s, u"0"_s}).code, 1);
        run = cli(u"bob"_s, {u"visit"_s, u"nobody_here"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no user nobody_here"_s));
    }

    void serverAwayIsAClearErrorAndKeepsTheText()
    {
        m_server.stop();
        // A message is saved here and waits; the guestbook and spaces seen before read from what is saved here.
        Run run = cli(u"bob"_s, {u"guestbook"_s, u"sign"_s, u"alice"_s, u"--private"_s}, "written while the server is down\n");
        QCOMPARE(run.code, 0);
        const QString id = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(id), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"guestbook"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(id) && run.out.contains(u"[pending]"_s) && run.out.contains(u"written while the server is down"_s),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(u"saved here"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"space"_s, u"set"_s, u"--title"_s, u"x"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"visit"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Alice 的空间"_s) && run.err.contains(u"not recorded"_s), qPrintable(run.out + run.err));
        // A space never seen here, and visitors, need the server.
        for (const QStringList &args : {QStringList{u"space"_s, u"show"_s, u"carol"_s}, QStringList{u"visitors"_s}}) {
            run = cli(u"bob"_s, args);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"needs the server"_s), qPrintable(args.join(u' ') + u": "_s + run.err));
        }
    }
};

QTEST_MAIN(TestCliSpace)
#include "tst_cli_space.moc"
