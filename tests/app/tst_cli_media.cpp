// kongjian-cli's album, photo and media commands as a separate process against the in-process server.
#include "models/domain/ids.h"
#include "tests/support/clirunner.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliMedia : public QObject
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
        for (const QString &who : {u"alice"_s, u"bob"_s}) {
            const Run run = cli(who, {u"register"_s, who}, CliRunner::password(who));
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
    }

    void albumsPhotosAndMedia()
    {
        Run run = cli(u"alice"_s, {u"album"_s, u"new"_s, u"--title"_s, u"西湖"_s, u"--visibility"_s, u"public"_s});
        QCOMPARE(run.code, 0);
        const QString album = run.out.trimmed();
        QVERIFY2(kj::isValidItemId(album), qPrintable(run.out + run.err));

        const QString big = writeFile(u"big.jpg"_s, MediaClient::encoded(MediaClient::testImage(2400, 1800), "jpeg"));
        const QString small = writeFile(u"small.png"_s, MediaClient::encoded(MediaClient::testImage(300, 200), "png"));
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, big, small, u"--album"_s, album, u"--caption"_s, u"春天"_s});
        QCOMPARE(run.code, 0);
        const QStringList photos = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(photos.size(), 2);
        QVERIFY(kj::isValidItemId(photos.first()) && kj::isValidItemId(photos.last()));
        QVERIFY2(run.err.contains(u"big.jpg: 100%"_s), qPrintable(run.err)); // progress on stderr

        run = cli(u"bob"_s, {u"album"_s, u"list"_s, u"--user"_s, u"alice"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(album));
        QVERIFY(run.out.contains(u"西湖"_s));
        QVERIFY(run.out.contains(u"(0 photos)"_s)); // friends-only photos, and bob is no friend
        run = cli(u"alice"_s, {u"album"_s, u"list"_s});
        QVERIFY(run.out.contains(u"(2 photos)"_s));

        run = cli(u"alice"_s, {u"album"_s, u"photos"_s, album});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(photos.first()));
        QVERIFY(run.out.contains(u"2400x1800"_s));
        QVERIFY(run.out.contains(u"春天"_s));
        const QString line = run.out.split(u'\n').filter(u"2400x1800"_s).first();
        const QString media = line.split(u"  "_s).at(1);
        QVERIFY(kj::isValidItemId(media));

        const QString saved = homeFile(u"thumb.jpg"_s);
        run = cli(u"alice"_s, {u"media"_s, u"get"_s, media, u"--size"_s, u"thumb"_s, u"-o"_s, saved});
        QCOMPARE(run.code, 0);
        QCOMPARE(QImage(saved).size(), QSize(256, 192));
        run = cli(u"bob"_s, {u"media"_s, u"get"_s, media, u"-o"_s, saved});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no media"_s));
    }

    void mistakesAreReported()
    {
        Run run = cli(u"alice"_s, {u"album"_s, u"new"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"--title"_s));
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, homeFile(u"none.jpg"_s), u"--album"_s, kj::newItemId()});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"not a file"_s));
        // Queued (the id is printed at once), then refused by the server: kept among the rejected changes.
        const QString text = writeFile(u"notes.jpg"_s, "just some text\n");
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, text, u"--album"_s, kj::newItemId()});
        QCOMPARE(run.code, 1);
        QVERIFY(kj::isValidItemId(run.out.trimmed()));
        QVERIFY2(run.err.contains(u"notes.jpg was refused"_s), qPrintable(run.err));
        const QString photo = writeFile(u"ok.png"_s, MediaClient::encoded(MediaClient::testImage(100, 90), "png"));
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, photo, u"--album"_s, kj::newItemId()});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no such album"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 0"_s), qPrintable(run.out));
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, photo, u"--album"_s, u"not-an-id"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty()); // a malformed album id is explained before anything is queued
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, photo});
        QCOMPARE(run.code, 1);
        run = cli(u"alice"_s, {u"media"_s, u"get"_s, kj::newItemId(), u"--size"_s, u"huge"_s, u"-o"_s, u"x"_s});
        QCOMPARE(run.code, 1);
        run = cli(u"alice"_s, {u"album"_s, u"photos"_s, kj::newItemId()});
        QCOMPARE(run.code, 1);
        run = cli(u"alice"_s, {u"album"_s});
        QCOMPARE(run.code, 2);
        QVERIFY(cli(u"alice"_s, {u"--help"_s}).out.contains(u"photo upload"_s));
    }

    //! Last: it stops the server.
    void offline()
    {
        Run run = cli(u"alice"_s, {u"album"_s, u"new"_s, u"--title"_s, u"离线"_s});
        QCOMPARE(run.code, 0);
        const QString album = run.out.trimmed();
        const QString file = writeFile(u"seen.png"_s, MediaClient::encoded(MediaClient::testImage(640, 480), "png"));
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, file, u"--album"_s, album});
        QCOMPARE(run.code, 0);
        run = cli(u"alice"_s, {u"album"_s, u"photos"_s, album});
        const QString media = run.out.split(u'\n').filter(u"640x480"_s).value(0).split(u"  "_s).value(1);
        QVERIFY2(kj::isValidItemId(media), qPrintable(run.out));
        const QString online = homeFile(u"online.jpg"_s);
        run = cli(u"alice"_s, {u"media"_s, u"get"_s, media, u"--size"_s, u"thumb"_s, u"-o"_s, online});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.err.contains(u"cache"_s));

        m_server.stop();
        // A thumbnail seen once reads offline, the same bytes.
        const QString offline = homeFile(u"offline.jpg"_s);
        run = cli(u"alice"_s, {u"media"_s, u"get"_s, media, u"--size"_s, u"thumb"_s, u"-o"_s, offline});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"from the cache here"_s), qPrintable(run.err));
        QFile a(online), b(offline);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        // What was never fetched needs the server.
        run = cli(u"alice"_s, {u"media"_s, u"get"_s, media, u"--size"_s, u"large"_s, u"-o"_s, offline});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"server"_s), qPrintable(run.err));

        // An upload while the server is away is queued here and waits (its id printed, nothing lost).
        const QString later = writeFile(u"later.png"_s, MediaClient::encoded(MediaClient::testImage(320, 200), "png"));
        run = cli(u"alice"_s, {u"photo"_s, u"upload"_s, later, u"--album"_s, album, u"--caption"_s, u"火车上"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(kj::isValidItemId(run.out.trimmed()));
        QVERIFY2(run.err.contains(u"not sent yet"_s), qPrintable(run.err));
        run = cli(u"alice"_s, {u"status"_s});
        QVERIFY2(run.out.contains(u"Pending changes: 1"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliMedia)
#include "tst_cli_media.moc"
