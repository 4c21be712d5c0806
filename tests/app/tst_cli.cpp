#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

//! kongjian-cli as a person or a script runs it: a separate process, against the in-process server.
class TestCli : public QObject
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
    }

    void helpAndUsage()
    {
        Run run = cli(u"nobody"_s, {u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"diary new"_s));
        QVERIFY(run.out.contains(u"--profile"_s));
        run = cli(u"nobody"_s, {u"diary"_s, u"new"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"--visibility"_s));
        run = cli(u"nobody"_s, {u"friends"_s, u"accept"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"USERNAME|REQUEST_ID"_s));
        run = cli(u"nobody"_s, {u"dance"_s});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"unknown command"_s));
        run = cli(u"nobody"_s, {u"diary"_s, u"show"_s});
        QCOMPARE(run.code, 2);
        run = cli(u"nobody"_s, {u"diary"_s, u"list"_s, u"--colour"_s});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"colour"_s));
    }

    void commandsNeedAnAccount()
    {
        Run run = cli(u"nobody"_s, {u"diary"_s, u"list"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"register"_s));
        run = cli(u"nobody"_s, {u"status"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"none"_s));
    }

    void registerAndLogin()
    {
        Run run = cli(u"alice"_s, {u"register"_s, u"alice"_s, u"--display-name"_s, u"Alice 爱丽丝"_s}, CliRunner::password(u"alice"_s));
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // loopback: no warning about plain http
        run = cli(u"alice"_s, {u"status"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"alice (Alice 爱丽丝), signed in"_s));
        QVERIFY(run.out.contains(m_server.baseUrl()));
        QVERIFY(QFile::exists(m_cli.profileDir(u"alice"_s) + u"/account.json"_s));

        run = cli(u"mallory"_s, {u"register"_s, u"alice"_s}, CliRunner::password(u"mallory"_s));
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"taken"_s));
        run = cli(u"mallory"_s, {u"register"_s, u"Not Valid"_s}, CliRunner::password(u"mallory"_s));
        QCOMPARE(run.code, 1);
        run = cli(u"mallory"_s, {u"register"_s, u"mallory"_s}, "short\n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"8"_s));

        run = cli(u"alice"_s, {u"logout"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(cli(u"alice"_s, {u"status"_s}).out.contains(u"signed out"_s));
        run = cli(u"alice"_s, {u"login"_s, u"alice"_s}, "wrong password\n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"wrong username or password"_s));
        run = cli(u"alice"_s, {u"login"_s, u"alice"_s}, CliRunner::password(u"alice"_s));
        QCOMPARE(run.code, 0);
        QVERIFY(cli(u"alice"_s, {u"status"_s}).out.contains(u"signed in"_s));
    }

    void diaries()
    {
        Run run = cli(u"alice"_s, {u"diary"_s, u"new"_s, u"--title"_s, u"公园"_s, u"--visibility"_s, u"friends"_s},
                      u"今天去公园散步\n"_s.toUtf8());
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString id = run.out.trimmed();
        QVERIFY2(kj::isValidItemId(id), qPrintable(run.out));
        QCOMPARE(run.out, id + u"\n"_s); // nothing else on stdout

        run = cli(u"alice"_s, {u"diary"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains(u"公园"_s));
        QVERIFY(!run.out.contains(u"not synced"_s));

        run = cli(u"alice"_s, {u"diary"_s, u"show"_s, id});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"今天去公园散步"_s));
        QVERIFY(run.out.contains(u"revision 1"_s));

        run = cli(u"alice"_s, {u"diary"_s, u"edit"_s, id, u"--visibility"_s, u"public"_s}, "new words\n");
        QCOMPARE(run.code, 0);
        run = cli(u"alice"_s, {u"diary"_s, u"show"_s, id});
        QVERIFY(run.out.contains(u"new words"_s));
        QVERIFY(run.out.contains(u"public"_s));
        QVERIFY(run.out.contains(u"revision 2"_s));
        QVERIFY(run.out.contains(u"公园"_s)); // the title stays
        run = cli(u"alice"_s, {u"diary"_s, u"edit"_s, id, u"--title"_s, u"Park"_s}); // no input: keeps the text
        QCOMPARE(run.code, 0);
        run = cli(u"alice"_s, {u"diary"_s, u"show"_s, id});
        QVERIFY(run.out.startsWith(u"Park\n"_s));
        QVERIFY(run.out.contains(u"new words"_s));

        run = cli(u"alice"_s, {u"diary"_s, u"new"_s, u"--visibility"_s, u"everyone"_s}, "x");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"everyone"_s));
        run = cli(u"alice"_s, {u"diary"_s, u"new"_s}, "");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"empty"_s));

        run = cli(u"alice"_s, {u"diary"_s, u"delete"_s, id});
        QCOMPARE(run.code, 0);
        QVERIFY(!cli(u"alice"_s, {u"diary"_s, u"list"_s}).out.contains(id));
        run = cli(u"alice"_s, {u"diary"_s, u"show"_s, id});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(id));
        run = cli(u"alice"_s, {u"diary"_s, u"delete"_s, kj::newItemId()});
        QCOMPARE(run.code, 1);
    }

    void friendsAndFeed()
    {
        QCOMPARE(cli(u"bob"_s, {u"register"_s, u"bob"_s}, CliRunner::password(u"bob"_s)).code, 0);
        Run run = cli(u"alice"_s, {u"friends"_s, u"add"_s, u"bob"_s});
        QCOMPARE(run.code, 0);
        run = cli(u"alice"_s, {u"friends"_s, u"add"_s, u"nobody.at.all"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no user"_s));

        run = cli(u"bob"_s, {u"friends"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Requests to you:\n  alice"_s));
        run = cli(u"bob"_s, {u"friends"_s, u"accept"_s, u"carol"_s});
        QCOMPARE(run.code, 1);
        run = cli(u"bob"_s, {u"friends"_s, u"accept"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        run = cli(u"alice"_s, {u"friends"_s, u"list"_s});
        QVERIFY(run.out.contains(u"Friends:\n  bob"_s));

        run = cli(u"alice"_s, {u"diary"_s, u"new"_s, u"--visibility"_s, u"friends"_s}, "# For bob\nhello bob\n");
        QCOMPARE(run.code, 0);
        const QString id = run.out.trimmed();
        run = cli(u"bob"_s, {u"feed"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains(u"For bob"_s)); // the title from the first line
        QVERIFY(run.out.contains(u"alice"_s));
        run = cli(u"bob"_s, {u"diary"_s, u"list"_s, u"--user"_s, u"alice"_s});
        QVERIFY(run.out.contains(id));
        run = cli(u"bob"_s, {u"feed"_s, u"--limit"_s, u"zero"_s});
        QCOMPARE(run.code, 1);
    }

    void offlineWritesArePendingAndSyncFails()
    {
        m_server.stop();
        Run run = cli(u"alice"_s, {u"diary"_s, u"new"_s, u"--title"_s, u"offline"_s}, "written on a train\n");
        QCOMPARE(run.code, 0);
        QVERIFY(kj::isValidItemId(run.out.trimmed()));
        QVERIFY(run.err.contains(u"pending"_s));
        run = cli(u"alice"_s, {u"sync"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"cannot reach"_s));
        run = cli(u"alice"_s, {u"status"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Pending changes: 1"_s));
        QVERIFY(run.out.contains(u"cannot reach"_s));
        run = cli(u"alice"_s, {u"diary"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"offline  [not synced]"_s));
        QVERIFY(run.err.contains(u"could not sync"_s));
        // A friend request is saved here too, shown at once as pending, and counted.
        run = cli(u"alice"_s, {u"friends"_s, u"add"_s, u"carol"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"friends"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Requests you sent:\n  carol (carol)"_s) && run.out.contains(u"[pending]"_s), qPrintable(run.out));
        run = cli(u"alice"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 2"_s) && run.out.contains(u"1 friend requests"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
