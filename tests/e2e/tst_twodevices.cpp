#include "app/account/profile.h"
#include "models/domain/ids.h"
#include "models/domain/textmerge.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/restartableserver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kDesk = u"desk"_s;     // alice's first profile
const QString kLaptop = u"laptop"_s; // a second profile of the same account, on another machine
const QString kAlice = u"alice"_s;

const QString kBase = u"早上下雨，没有出门。\n中午吃了一碗面。\n晚上看书。"_s;
} // namespace

//! Two profiles of one account (two kongjian-cli profile folders, as on two machines) edit the same diary
//! while the server is away, then sync in either order: both profiles and the server end with one text that
//! holds both edits, merged paragraph by paragraph (both versions marked where they changed the same one).
//! An edit on one device racing a delete on the other keeps the edit.
class TestTwoDevices : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    RestartableServer m_server;
    const QString m_url = m_server.url();
    CliRunner m_cli{m_url};

    Run on(const QString &device, const QStringList &args, const QString &input = {}) const
    {
        return m_cli.run(device, args, input.toUtf8());
    }

    //! What a profile holds for a diary, read from its store file (no kongjian-cli runs meanwhile).
    std::optional<kj::store::DiaryRepository::Row> stored(const QString &device, const QString &id) const
    {
        const kj::app::Profile profile(m_cli.profileDir(device));
        const std::optional<kj::app::Account> account = profile.account();
        if (!account)
            return std::nullopt;
        const kj::Result<QString> path = profile.storePath(account->server, account->user.username);
        if (!path)
            return std::nullopt;
        auto store = kj::store::ClientStore::open(*path, account->user);
        if (!store)
            return std::nullopt;
        return (*store)->diaries().findRow(id);
    }

    int pending(const QString &device) const
    {
        const Run status = on(device, {u"status"_s});
        const qsizetype at = status.out.indexOf(u"Pending changes: "_s);
        return at < 0 ? -1 : status.out.mid(at + 17).section(u'\n', 0, 0).toInt();
    }

    //! The server's copy as the account sees it: {status, body}.
    std::pair<int, QString> onServer(const QString &id) const
    {
        JsonClient json(m_url);
        const QString token = json.signIn(kAlice, JsonClient::passwordFor(kAlice));
        const TestReply reply = json.get(u"/api/v1/diaries/"_s + id, token);
        return {reply.status, reply.json.value(u"diary"_s).toObject().value(u"body"_s).toString()};
    }

    //! A diary written on the desk, synced, and pulled by the laptop: both start from the same revision.
    QString sharedDiary(const QString &body)
    {
        const Run created = on(kDesk, {u"diary"_s, u"new"_s, u"--title"_s, u"雨天"_s, u"--visibility"_s, u"friends"_s}, body);
        const QString id = CliRunner::printedId(created);
        if (id.isEmpty() || on(kDesk, {u"sync"_s}).code != 0 || on(kLaptop, {u"sync"_s}).code != 0)
            return {};
        const auto onLaptop = stored(kLaptop, id);
        return onLaptop && onLaptop->local.diary.body == body ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        const Run login = m_cli.registerOnTwoProfiles(kAlice, kDesk, kLaptop);
        QVERIFY2(login.code == 0, qPrintable(login.out + login.err));
    }

    void init()
    {
        QVERIFY(m_server.start().ok()); // back if a failed test left it away
    }

    void offlineEditsConvergeInBothOrders_data()
    {
        QTest::addColumn<QString>("first");  // the profile that syncs first (and last)
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("deskText");
        QTest::addColumn<QString>("laptopText");
        QTest::addColumn<QString>("merged"); // empty: both versions kept, see the test

        const QString deskText = u"早上下大雨，没有出门。\n中午吃了一碗面。\n晚上看书。"_s;
        const QString laptopText = u"早上下雨，没有出门。\n中午吃了一碗面。\n晚上看了一本好书，很晚才睡。"_s;
        const QString merged = u"早上下大雨，没有出门。\n中午吃了一碗面。\n晚上看了一本好书，很晚才睡。"_s;
        QTest::newRow("different paragraphs, desk first") << kDesk << kLaptop << deskText << laptopText << merged;
        QTest::newRow("different paragraphs, laptop first") << kLaptop << kDesk << deskText << laptopText << merged;

        const QString deskLunch = u"早上下雨，没有出门。\n中午吃了一碗牛肉面。\n晚上看书。"_s;
        const QString laptopLunch = u"早上下雨，没有出门。\n中午和妈妈吃饺子。\n晚上看书。\n睡前写日记。"_s;
        QTest::newRow("same paragraph, desk first") << kDesk << kLaptop << deskLunch << laptopLunch << QString();
        QTest::newRow("same paragraph, laptop first") << kLaptop << kDesk << deskLunch << laptopLunch << QString();
    }

    void offlineEditsConvergeInBothOrders()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, deskText);
        QFETCH(QString, laptopText);
        QFETCH(QString, merged);

        const QString id = sharedDiary(kBase);
        QVERIFY(!id.isEmpty());

        // The server goes away; each machine edits the diary.
        m_server.stop();
        QCOMPARE(on(kDesk, {u"diary"_s, u"edit"_s, id}, deskText).code, 0);
        QCOMPARE(on(kLaptop, {u"diary"_s, u"edit"_s, id}, laptopText).code, 0);
        QCOMPARE(on(kDesk, {u"sync"_s}).code, 1);
        QCOMPARE(pending(kDesk), 1);
        QCOMPARE(pending(kLaptop), 1);

        // It is back: one syncs, the other (which meets the first one's revision and merges), the first again.
        QVERIFY(m_server.start().ok());
        Run run = on(first, {u"sync"_s});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(!run.err.contains(u"Note:"_s), qPrintable(run.err));
        run = on(second, {u"sync"_s});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"changed here and on another device"_s), qPrintable(run.err));
        QCOMPARE(run.err.contains(u"both changes are merged"_s), !merged.isEmpty());
        QCOMPARE(run.err.contains(u"both versions are kept"_s), merged.isEmpty());
        QCOMPARE(on(first, {u"sync"_s}).code, 0);

        QString expected = merged;
        if (expected.isEmpty()) {
            // The lunch paragraph, changed on both: both versions, marked; the new last paragraph merges.
            expected = kj::mergeText(kBase, deskText, laptopText).text;
            QVERIFY(expected.contains(u"中午吃了一碗牛肉面。"_s));
            QVERIFY(expected.contains(u"中午和妈妈吃饺子。"_s));
            QVERIFY(expected.endsWith(u"晚上看书。\n睡前写日记。"_s));
            QVERIFY(kj::MergeMarkers::present(expected));
        } else {
            QVERIFY(!kj::MergeMarkers::present(expected));
        }
        // The same text everywhere, whichever order they came in.
        const auto [status, serverBody] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(serverBody, expected);
        for (const QString &device : {kDesk, kLaptop}) {
            const auto row = stored(device, id);
            QVERIFY2(row.has_value(), qPrintable(device));
            QCOMPARE(row->local.diary.body, expected);
            QCOMPARE(row->local.diary.title, u"雨天"_s);
            QCOMPARE(row->local.diary.revision, 3);
            QVERIFY(!row->local.pending);
            QVERIFY(row->base.has_value());
            QCOMPARE(row->base->body, expected);
            QCOMPARE(pending(device), 0);
        }
    }

    void anEditRacingADeleteIsKept_data()
    {
        QTest::addColumn<bool>("deleteArrivesFirst");
        QTest::newRow("the delete reaches the server first") << true;
        QTest::newRow("the edit reaches the server first") << false;
    }

    void anEditRacingADeleteIsKept()
    {
        QFETCH(bool, deleteArrivesFirst);
        const QString id = sharedDiary(kBase);
        QVERIFY(!id.isEmpty());

        m_server.stop();
        QCOMPARE(on(kDesk, {u"diary"_s, u"delete"_s, id}).code, 0);
        const QString edited = kBase + u"\n在火车上又写了一段。"_s;
        QCOMPARE(on(kLaptop, {u"diary"_s, u"edit"_s, id}, edited).code, 0);

        QVERIFY(m_server.start().ok());
        const QStringList order = deleteArrivesFirst ? QStringList{kDesk, kLaptop, kDesk} : QStringList{kLaptop, kDesk, kLaptop};
        QString notes;
        for (const QString &device : order) {
            const Run run = on(device, {u"sync"_s});
            QVERIFY2(run.code == 0, qPrintable(device + u": "_s + run.out + run.err));
            notes += run.err;
        }
        // The device that met the other's change says so (the laptop restoring, or the desk's delete giving way).
        QVERIFY2(notes.contains(u"was deleted on one device and changed on another; it is kept"_s), qPrintable(notes));

        // The diary lives on with the words written on the laptop, everywhere.
        const auto [status, serverBody] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(serverBody, edited);
        for (const QString &device : {kDesk, kLaptop}) {
            const auto row = stored(device, id);
            QVERIFY2(row.has_value(), qPrintable(device));
            QVERIFY(!row->deleted);
            QCOMPARE(row->local.diary.body, edited);
            QVERIFY(!row->local.pending);
            QCOMPARE(pending(device), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoDevices)
#include "tst_twodevices.moc"
