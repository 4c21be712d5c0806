#include "app/account/profile.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "models/store/storefilecheck.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

//! Nothing written is lost by signing out, by signing in as someone else in the same profile, by changing
//! the server, or by a damaged local store: unsent changes stay queued for their account (the CLI says how
//! many) and go up when that account signs in again; a damaged store is moved aside and named.
class TestCliAccounts : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    RestartableServer m_server;
    const QString m_url = m_server.url();

    static QByteArray password(const QString &username) { return CliRunner::password(username); }

    //! The pending count `kongjian-cli status` shows, or -1.
    static int pendingIn(const Run &status)
    {
        const QRegularExpressionMatch match = QRegularExpression(u"Pending changes: (\\d+)"_s).match(status.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    //! The outbox of `username`'s store (on `server`) in `cli`'s profile of `who`, opened directly.
    static int queuedInStore(const CliRunner &cli, const QString &who, const QString &server, const QString &username)
    {
        const kj::app::Profile profile(cli.profileDir(who));
        const kj::Result<QString> path = profile.storePath(QUrl(server), username);
        if (!path || !QFileInfo::exists(*path))
            return -1;
        auto store = kj::store::ClientStore::open(*path, kj::User{username, username, {}});
        return store ? (*store)->outbox().pendingCount() : -1;
    }

    //! How many of `username`'s diaries on the server hold `body`.
    int onServer(const QString &username, const QString &body, const QString &server = {})
    {
        JsonClient json(server.isEmpty() ? m_url : server);
        const QString token = json.signIn(username, JsonClient::passwordFor(username));
        const TestReply reply = json.get(u"/api/v1/users/%1/diaries?limit=100"_s.arg(username), token);
        int count = 0;
        for (const QJsonValue &diary : reply.json.value(u"items"_s).toArray())
            count += diary.toObject().value(u"body"_s).toString() == body ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
    }

    void logoutKeepsUnsentChangesAndLoginSendsThem()
    {
        CliRunner cli(m_url);
        QCOMPARE(cli.run(u"me"_s, {u"register"_s, u"alice"_s}, password(u"alice"_s)).code, 0);
        m_server.stop(); // on the train
        const QString body = u"written offline, then signed out\n"_s;
        Run run = cli.run(u"me"_s, {u"diary"_s, u"new"_s, u"--title"_s, u"train"_s}, body.toUtf8());
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(u"pending"_s));
        run = cli.run(u"me"_s, {u"logout"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Signed out alice"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"1 change not sent yet stays queued for alice on "_s + m_url), qPrintable(run.err));
        QCOMPARE(queuedInStore(cli, u"me"_s, m_url, u"alice"_s), 1);
        run = cli.run(u"me"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"signed out"_s), qPrintable(run.out));
        QCOMPARE(pendingIn(run), 1);
        run = cli.run(u"me"_s, {u"logout"_s}); // again: a reminder, nothing lost
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"1 change of alice not sent yet stays queued here"_s), qPrintable(run.err));
        QCOMPARE(queuedInStore(cli, u"me"_s, m_url, u"alice"_s), 1);

        // Back online: signing in again sends it.
        QVERIFY(m_server.start().ok());
        run = cli.run(u"me"_s, {u"login"_s, u"alice"_s}, password(u"alice"_s));
        QCOMPARE(run.code, 0);
        QVERIFY2(!run.err.contains(u"not sent"_s), qPrintable(run.err));
        QCOMPARE(pendingIn(cli.run(u"me"_s, {u"status"_s})), 0);
        QCOMPARE(onServer(u"alice"_s, body), 1);
    }

    void logoutSendsWhatItCanFirst()
    {
        CliRunner cli(m_url);
        QCOMPARE(cli.run(u"me"_s, {u"register"_s, u"dora"_s}, password(u"dora"_s)).code, 0);
        m_server.stop();
        const QString body = u"dora offline\n"_s;
        QCOMPARE(cli.run(u"me"_s, {u"diary"_s, u"new"_s}, body.toUtf8()).code, 0);
        QVERIFY(m_server.start().ok());
        const Run run = cli.run(u"me"_s, {u"logout"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(!run.err.contains(u"not sent"_s), qPrintable(run.err)); // sent on the way out: nothing to warn of
        QCOMPARE(queuedInStore(cli, u"me"_s, m_url, u"dora"_s), 0);
        QCOMPARE(onServer(u"dora"_s, body), 1);
    }

    void anotherAccountInTheProfileLeavesTheFirstOnesStore()
    {
        CliRunner cli(m_url);
        QVERIFY(cli.registerAll({u"bob"_s}));
        QCOMPARE(cli.run(u"shared"_s, {u"register"_s, u"carol"_s}, password(u"carol"_s)).code, 0);
        m_server.stop();
        const QString carolsBody = u"carol's words, not sent\n"_s;
        QCOMPARE(cli.run(u"shared"_s, {u"diary"_s, u"new"_s}, carolsBody.toUtf8()).code, 0);
        QVERIFY(m_server.start().ok());
        // bob signs in on the same profile without carol signing out.
        Run run = cli.run(u"shared"_s, {u"login"_s, u"bob"_s}, password(u"bob"_s));
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"carol on %1 still has 1 change not sent"_s.arg(m_url)), qPrintable(run.err));
        QCOMPARE(queuedInStore(cli, u"shared"_s, m_url, u"carol"_s), 1);
        const QString bobsBody = u"bob's own\n"_s;
        QCOMPARE(cli.run(u"shared"_s, {u"diary"_s, u"new"_s}, bobsBody.toUtf8()).code, 0);
        run = cli.run(u"shared"_s, {u"diary"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(u"carol"_s));
        QCOMPARE(onServer(u"carol"_s, carolsBody), 0); // bob's session never sent carol's change
        QCOMPARE(onServer(u"bob"_s, carolsBody), 0);

        // carol again: her change goes up, once, as hers; bob's stays his.
        run = cli.run(u"shared"_s, {u"login"_s, u"carol"_s}, password(u"carol"_s));
        QCOMPARE(run.code, 0);
        QVERIFY2(!run.err.contains(u"bob on"_s), qPrintable(run.err)); // bob had nothing left to send
        QCOMPARE(queuedInStore(cli, u"shared"_s, m_url, u"carol"_s), 0);
        QCOMPARE(onServer(u"carol"_s, carolsBody), 1);
        QCOMPARE(onServer(u"bob"_s, bobsBody), 1);
        QCOMPARE(queuedInStore(cli, u"shared"_s, m_url, u"bob"_s), 0);
    }

    void anotherServerLeavesTheChangesQueuedForTheFirst()
    {
        TestServer other;
        QVERIFY(other.start().ok());
        CliRunner cli(m_url);
        QCOMPARE(cli.run(u"me"_s, {u"register"_s, u"erin"_s}, password(u"erin"_s)).code, 0);
        m_server.stop();
        const QString body = u"erin on the first server\n"_s;
        QCOMPARE(cli.run(u"me"_s, {u"diary"_s, u"new"_s}, body.toUtf8()).code, 0);
        // The same person registers on another server in this profile.
        cli.setServerUrl(other.baseUrl());
        Run run = cli.run(u"me"_s, {u"register"_s, u"erin"_s}, password(u"erin"_s));
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"erin on %1 still has 1 change not sent"_s.arg(m_url)), qPrintable(run.err));
        QCOMPARE(queuedInStore(cli, u"me"_s, m_url, u"erin"_s), 1);
        QCOMPARE(onServer(u"erin"_s, body, other.baseUrl()), 0);

        QVERIFY(m_server.start().ok());
        cli.setServerUrl(m_url);
        run = cli.run(u"me"_s, {u"login"_s, u"erin"_s}, password(u"erin"_s));
        QCOMPARE(run.code, 0);
        QCOMPARE(queuedInStore(cli, u"me"_s, m_url, u"erin"_s), 0);
        QCOMPARE(onServer(u"erin"_s, body), 1);
    }

    void aDamagedStoreIsMovedAsideAndNamed()
    {
        CliRunner cli(m_url);
        QCOMPARE(cli.run(u"me"_s, {u"register"_s, u"fay"_s}, password(u"fay"_s)).code, 0);
        Run run = cli.run(u"me"_s, {u"diary"_s, u"new"_s, u"--title"_s, u"kept on the server"_s}, "synced words\n");
        QCOMPARE(run.code, 0);
        const QString id = CliRunner::printedId(run);
        QVERIFY(!id.isEmpty());
        const kj::app::Profile profile(cli.profileDir(u"me"_s));
        const QString path = profile.storePath(QUrl(m_url), u"fay"_s).value();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, '#'));
        file.close();

        run = cli.run(u"me"_s, {u"diary"_s, u"list"_s});
        QCOMPARE(run.code, 1);
        const QRegularExpressionMatch kept =
            QRegularExpression(u"kept as (\\S+\\.corrupt-\\d{8}T\\d{6}Z)"_s).match(run.err);
        QVERIFY2(kept.hasMatch(), qPrintable(run.err));
        QVERIFY(run.err.contains(path));
        QVERIFY(QFileInfo::exists(kept.captured(1)));
        QCOMPARE(QFileInfo(kept.captured(1)).size(), 8192);

        // The next run starts a new store and fills it from the server.
        run = cli.run(u"me"_s, {u"diary"_s, u"list"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(id), qPrintable(run.out + run.err));
        QVERIFY(QFileInfo::exists(kept.captured(1)));
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
