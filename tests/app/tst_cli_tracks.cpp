// kongjian-cli's track and tracks commands and `space music`, as a separate process against the in-process
// server: uploads read by TagLib on the server (one of them large enough for several PATCH chunks), who hears
// what, the playlist, a track for one friend group, and the mistakes people make.
#include "models/domain/ids.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/clirunner.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTracks : public QObject
{
    Q_OBJECT

    using Run = CliRunner::Run;

    TestServer m_server;
    CliRunner m_cli;

    Run cli(const QString &who, const QStringList &args, const QByteArray &input = {}) const
    {
        return m_cli.run(who, args, input);
    }

    //! A file in the runner's home, outside every profile.
    QString homeFile(const QString &name) const { return QDir(m_cli.homeDir()).filePath(name); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(homeFile(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        m_cli.setServerUrl(m_server.baseUrl());
        m_cli.setTimeoutMs(120000); // uploads of large files in several chunks
        for (const QString &who : {u"alice"_s, u"bob"_s, u"carol"_s}) {
            const Run run = cli(who, {u"register"_s, who}, CliRunner::password(who));
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        QCOMPARE(cli(u"alice"_s, {u"friends"_s, u"add"_s, u"bob"_s}).code, 0);
        QCOMPARE(cli(u"bob"_s, {u"friends"_s, u"accept"_s, u"alice"_s}).code, 0);
    }

    void uploadsListsAndPlays()
    {
        // Tags and cover art come from the file.
        const QByteArray mp3 = AudioFixtures::tagged(AudioFixtures::mp3(120), u"mp3"_s,
                                                     {u"夜曲"_s, u"周杰伦"_s, MediaClient::encoded(MediaClient::testImage(300, 300), "jpeg"),
                                                      "image/jpeg", false});
        const QString song = writeFile(u"yequ.mp3"_s, mp3);
        Run run = cli(u"alice"_s, {u"track"_s, u"upload"_s, song});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString first = run.out.trimmed();
        QVERIFY2(kj::isValidItemId(first), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"yequ.mp3: 100%"_s), qPrintable(run.err)); // progress on stderr
        QVERIFY2(run.err.contains(u"夜曲 · 周杰伦 (0:03, with cover art)"_s), qPrintable(run.err));

        // Over 8 MiB: several PATCH chunks. The caller's words win over the (absent) tags.
        const QString big = writeFile(u"long recording.wav"_s, AudioFixtures::wav(600'000)); // 9.6 MB
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, big, u"--title"_s, u"录音"_s, u"--artist"_s, u"Alice"_s,
                               u"--visibility"_s, u"friends"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString second = run.out.trimmed();
        QVERIFY(kj::isValidItemId(second));
        QVERIFY2(run.err.contains(u"录音 · Alice (10:00)"_s), qPrintable(run.err));

        // A friend hears both, a stranger only the public one.
        run = cli(u"bob"_s, {u"tracks"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(first) && run.out.contains(second), qPrintable(run.out));
        QVERIFY(run.out.contains(u"周杰伦 — 夜曲"_s));
        QVERIFY(run.out.contains(u"10:00  friends"_s));
        run = cli(u"carol"_s, {u"tracks"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(first));
        QVERIFY(!run.out.contains(second));

        // The playlist: my own tracks, in order.
        run = cli(u"alice"_s, {u"space"_s, u"music"_s, second, first, u"--autoplay"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"music: 2 tracks, plays on opening"_s);
        run = cli(u"carol"_s, {u"space"_s, u"show"_s, u"alice"_s});
        QVERIFY2(run.out.contains(u"1 track, plays on opening"_s), qPrintable(run.out)); // the friends-only one is not hers to hear
        const Run bobs = cli(u"bob"_s, {u"track"_s, u"upload"_s, writeFile(u"bob.wav"_s, AudioFixtures::wav(777))});
        QCOMPARE(bobs.code, 0);
        run = cli(u"alice"_s, {u"space"_s, u"music"_s, first, bobs.out.trimmed()});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"not one of your tracks"_s), qPrintable(run.err));

        // A deleted track leaves the playlist.
        QCOMPARE(cli(u"alice"_s, {u"track"_s, u"delete"_s, second}).code, 0);
        run = cli(u"alice"_s, {u"space"_s, u"show"_s});
        QVERIFY2(run.out.contains(u"1 track, plays on opening"_s), qPrintable(run.out));
        run = cli(u"bob"_s, {u"track"_s, u"delete"_s, first});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"not mine"_s));
        QCOMPARE(cli(u"alice"_s, {u"space"_s, u"music"_s}).out.trimmed(), u"music: none"_s);
    }

    void mistakesAreReported()
    {
        const QString text = writeFile(u"notes.mp3"_s, "just some text, not music\n");
        // Queued (its id printed at once), then refused by the server: kept among the rejected changes.
        Run run = cli(u"alice"_s, {u"track"_s, u"upload"_s, text});
        QCOMPARE(run.code, 1);
        QVERIFY(kj::isValidItemId(run.out.trimmed()));
        QVERIFY2(run.err.contains(u"notes.mp3 was refused"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, homeFile(u"none.mp3"_s)});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"not a file"_s));
        const QString wav = writeFile(u"ok.wav"_s, AudioFixtures::wav(123));
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav, u"--title"_s, u"  "_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"title"_s));
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav, u"--visibility"_s, u"everyone"_s});
        QCOMPARE(run.code, 1);
        run = cli(u"alice"_s, {u"tracks"_s, u"nobody_here"_s});
        QCOMPARE(run.code, 1);
        QCOMPARE(cli(u"alice"_s, {u"track"_s}).code, 2);
        QVERIFY(cli(u"alice"_s, {u"--help"_s}).out.contains(u"track upload"_s));
    }

    void groupsAudience()
    {
        // bob is in alice's group; carol, a friend too now, is not.
        QCOMPARE(cli(u"alice"_s, {u"friends"_s, u"add"_s, u"carol"_s}).code, 0);
        QCOMPARE(cli(u"carol"_s, {u"friends"_s, u"accept"_s, u"alice"_s}).code, 0);
        const Run made = cli(u"alice"_s, {u"group"_s, u"put"_s, u"new"_s, u"--name"_s, u"乐迷"_s, u"--members"_s, u"bob"_s});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QString group = made.out.section(u' ', 0, 0);
        QVERIFY2(kj::isValidItemId(group), qPrintable(made.out));
        const QString wav = writeFile(u"fans.wav"_s, AudioFixtures::wav(1234));
        Run run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav, u"--title"_s, u"只给乐迷"_s, u"--visibility"_s, u"groups"_s,
                                   u"--groups"_s, group});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        QVERIFY(kj::isValidItemId(id));
        run = cli(u"bob"_s, {u"tracks"_s, u"alice"_s});
        QVERIFY2(run.out.contains(id) && run.out.contains(u"groups"_s), qPrintable(run.out));
        QVERIFY(!cli(u"carol"_s, {u"tracks"_s, u"alice"_s}).out.contains(id));

        // The options' own mistakes are caught before the upload; a group that is not mine by the server.
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav, u"--visibility"_s, u"groups"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"--groups"_s) && !run.err.contains(u"100%"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav, u"--groups"_s, group});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"--visibility groups"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav, u"--visibility"_s, u"groups"_s, u"--groups"_s, kj::newItemId()});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"group"_s), qPrintable(run.err));
    }

    //! Last: it stops the server.
    void waitsForTheServer()
    {
        const QString wav = writeFile(u"away.wav"_s, AudioFixtures::wav(321));
        m_server.stop();
        Run run = cli(u"alice"_s, {u"track"_s, u"upload"_s, wav});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(kj::isValidItemId(run.out.trimmed()));
        QVERIFY2(run.err.contains(u"not sent yet"_s) && run.err.contains(u"cannot reach"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 1"_s), qPrintable(run.out));
        // Listing needs the server.
        run = cli(u"alice"_s, {u"tracks"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"server"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTracks)
#include "tst_cli_tracks.moc"
