// kongjian-cli's 说说, comment and like commands as a separate process against the in-process server:
// what they print, their exit codes, the audience they honour, feed --online, and what they do when
// the server is away (a clear error, and the text kept in a draft).
#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPosts : public QObject
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
        QCOMPARE(cli(u"alice"_s, {u"friends"_s, u"add"_s, u"bob"_s}).code, 0);
        QCOMPARE(cli(u"bob"_s, {u"friends"_s, u"accept"_s, u"alice"_s}).code, 0);
    }

    void helpNamesTheCommands()
    {
        Run run = cli(u"alice"_s, {u"--help"_s});
        QCOMPARE(run.code, 0);
        for (const QString &command : {u"post new"_s, u"post list"_s, u"post delete"_s, u"comment KIND ID"_s,
                                       u"comments KIND ID"_s, u"like KIND ID"_s, u"unlike KIND ID"_s, u"--online"_s})
            QVERIFY2(run.out.contains(command), qPrintable(command));
        run = cli(u"alice"_s, {u"feed"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"--online"_s));
        QVERIFY(run.out.contains(u"saved here"_s)); // says which feed works offline
        run = cli(u"alice"_s, {u"post"_s, u"new"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"--visibility"_s));
        QCOMPARE(cli(u"alice"_s, {u"post"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"post"_s, u"delete"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"comment"_s, u"post"_s}).code, 2);
        QCOMPARE(cli(u"alice"_s, {u"like"_s}).code, 2);
    }

    void postsListsAndDeletes()
    {
        Run run = cli(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"friends"_s}, "今天天气真好 ☀️\n");
        QCOMPARE(run.code, 0);
        const QString id = CliRunner::printedId(run);
        QVERIFY2(!id.isEmpty(), qPrintable(run.out + run.err));
        JsonClient json(m_server.baseUrl());
        const QString bobToken = json.signIn(u"bob"_s, u"correct horse bob"_s);
        const QJsonObject stored = json.get(u"/api/v1/posts/"_s + id, bobToken).json.value(u"post"_s).toObject();
        QCOMPARE(stored.value(u"text"_s).toString(), u"今天天气真好 ☀️"_s); // the trailing newline is not text
        QCOMPARE(stored.value(u"visibility"_s).toString(), u"friends"_s);

        run = cli(u"alice"_s, {u"post"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains(u"今天天气真好"_s));
        QVERIFY(run.out.contains(u"0 likes, 0 comments"_s));
        QVERIFY(cli(u"bob"_s, {u"post"_s, u"list"_s, u"--user"_s, u"alice"_s}).out.contains(id));
        run = cli(u"carol"_s, {u"post"_s, u"list"_s, u"--user"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(id)); // friends only
        run = cli(u"carol"_s, {u"post"_s, u"list"_s, u"--user"_s, u"nobody_here"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no user"_s));

        run = cli(u"bob"_s, {u"post"_s, u"delete"_s, id});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"you can only delete your own"_s));
        QCOMPARE(cli(u"alice"_s, {u"post"_s, u"delete"_s, id}).code, 0);
        QVERIFY(!cli(u"alice"_s, {u"post"_s, u"list"_s}).out.contains(id));
        QCOMPARE(cli(u"alice"_s, {u"post"_s, u"delete"_s, u"not-an-id"_s}).code, 1);
        QCOMPARE(cli(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"everyone"_s}, "x").code, 1);
        run = cli(u"alice"_s, {u"post"_s, u"new"_s}, "  \n");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"empty"_s));
    }

    void commentsRepliesAndLikes()
    {
        const QString post = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s}, "comment on me"));
        QVERIFY(!post.isEmpty());
        Run run = cli(u"bob"_s, {u"comment"_s, u"post"_s, post}, "好看\n");
        QCOMPARE(run.code, 0);
        const QString first = CliRunner::printedId(run);
        QVERIFY(!first.isEmpty());
        run = cli(u"alice"_s, {u"comment"_s, u"post"_s, post, u"--reply-to"_s, first}, "谢谢");
        QCOMPARE(run.code, 0);
        const QString reply = CliRunner::printedId(run);
        run = cli(u"bob"_s, {u"comment"_s, u"post"_s, post, u"--reply-to"_s, reply}, "too deep");
        QCOMPARE(run.code, 1);
        run = cli(u"carol"_s, {u"comment"_s, u"post"_s, post}, "spam");
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"that you can see"_s));

        run = cli(u"alice"_s, {u"comments"_s, u"post"_s, post});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(first) && lines.at(0).contains(u"bob: 好看"_s));
        QVERIFY(lines.at(1).contains(reply) && lines.at(1).contains(u"alice: 谢谢"_s) && lines.at(1).startsWith(u"  "_s));
        QCOMPARE(cli(u"carol"_s, {u"comments"_s, u"post"_s, post}).code, 1);

        run = cli(u"bob"_s, {u"like"_s, u"post"_s, post});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), u"Liked."_s);
        QVERIFY(cli(u"alice"_s, {u"post"_s, u"list"_s}).out.contains(u"1 like, 2 comments"_s));
        QCOMPARE(cli(u"bob"_s, {u"like"_s, u"post"_s, post}).out.trimmed(), u"Liked."_s);
        QVERIFY(cli(u"alice"_s, {u"post"_s, u"list"_s}).out.contains(u"1 like, 2 comments"_s)); // liking twice is once
        QCOMPARE(cli(u"alice"_s, {u"like"_s, u"post"_s, post}).out.trimmed(), u"Liked."_s);
        QVERIFY(cli(u"alice"_s, {u"post"_s, u"list"_s}).out.contains(u"2 likes, 2 comments (liked by me)"_s));
        QCOMPARE(cli(u"bob"_s, {u"unlike"_s, u"post"_s, post}).out.trimmed(), u"Not liked."_s);
        run = cli(u"carol"_s, {u"like"_s, u"post"_s, post});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"that you can see"_s) && run.err.contains(u"rejected"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"like"_s, u"status"_s, post});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"diary, post"_s));
        QVERIFY(cli(u"alice"_s, {u"post"_s, u"list"_s}).out.contains(u"1 like, 2 comments (liked by me)"_s));
    }

    void feedOnlineShowsPostsAndDiaries()
    {
        const QString diary = CliRunner::printedId(cli(u"alice"_s, {u"diary"_s, u"new"_s, u"--title"_s, u"日记一篇"_s, u"--visibility"_s, u"friends"_s}, "body"));
        QVERIFY(!diary.isEmpty());
        QTest::qWait(2);
        const QString post = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s}, "说说 in the feed"));
        QVERIFY(!post.isEmpty());
        Run run = cli(u"bob"_s, {u"feed"_s, u"--online"_s});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.at(0).startsWith(post) && lines.at(0).contains(u"alice  post  friends"_s), qPrintable(run.out));
        QVERIFY(lines.at(0).contains(u"说说 in the feed"_s));
        QVERIFY(lines.at(1).startsWith(diary) && lines.at(1).contains(u"diary"_s) && lines.at(1).contains(u"日记一篇"_s));
        QCOMPARE(cli(u"bob"_s, {u"feed"_s, u"--online"_s, u"--limit"_s, u"1"_s}).out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        // Without --online: what is saved here, 说说 too, which works offline.
        run = cli(u"bob"_s, {u"feed"_s});
        QCOMPARE(run.code, 0);
        const QStringList local = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(local.size() >= 2);
        QVERIFY2(local.at(0).startsWith(post) && local.at(0).contains(u"alice  post  friends  说说 in the feed"_s), qPrintable(run.out));
        QVERIFY2(local.at(1).startsWith(diary) && local.at(1).contains(u"alice  diary  friends  日记一篇"_s), qPrintable(run.out));
        QCOMPARE(cli(u"bob"_s, {u"feed"_s, u"--limit"_s, u"1"_s}).out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
    }

    void serverAwayIsAClearErrorAndKeepsTheText()
    {
        const QString post = CliRunner::printedId(cli(u"alice"_s, {u"post"_s, u"new"_s}, "before the outage"));
        QVERIFY(!post.isEmpty());
        m_server.stop();
        // A 说说 is saved here, its id printed, and it waits for the server; the feed kept here shows it.
        Run run = cli(u"alice"_s, {u"post"_s, u"new"_s, u"--visibility"_s, u"public"_s}, "written while the server is down");
        QCOMPARE(run.code, 0);
        const QString offline = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(offline), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"feed"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(offline) && run.out.contains(u"public  written while the server is down  [not synced]"_s),
                 qPrintable(run.out));
        // An edit and a delete work offline too.
        run = cli(u"alice"_s, {u"post"_s, u"edit"_s, offline}, "written while the server is down, edited");
        QCOMPARE(run.code, 0);
        QVERIFY(cli(u"alice"_s, {u"feed"_s}).out.contains(u"edited  [not synced]"_s));
        QCOMPARE(cli(u"alice"_s, {u"post"_s, u"delete"_s, offline}).code, 0);
        QVERIFY(!cli(u"alice"_s, {u"feed"_s}).out.contains(offline));

        // Comments and likes are saved here and wait for the server.
        run = cli(u"bob"_s, {u"comment"_s, u"post"_s, post}, "a comment written offline");
        QCOMPARE(run.code, 0);
        const QString comment = CliRunner::printedId(run);
        QVERIFY2(kj::isValidItemId(comment), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"like"_s, u"post"_s, post});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"pending"_s), qPrintable(run.err));
        run = cli(u"bob"_s, {u"comments"_s, u"post"_s, post});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(comment) && run.out.contains(u"bob: a comment written offline  [pending]"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"saved here"_s), qPrintable(run.err));
        for (const QStringList &args : {QStringList{u"post"_s, u"list"_s}, QStringList{u"feed"_s, u"--online"_s}}) {
            run = cli(u"bob"_s, args);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"needs the server"_s), qPrintable(args.join(u' ') + u": "_s + run.err));
        }
    }
};

QTEST_MAIN(TestCliPosts)
#include "tst_cli_posts.moc"
