#include "server-stub/configcheck.h"
#include "server-stub/serveroptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using kj::server::ServerOptions;

// kongjian-server's settings: its configuration file, the command line on top, every value checked with a message
// that names it; and --check-config's findings.
class TestServerOptions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    kj::Result<ServerOptions> parse(const QStringList &arguments)
    {
        QCommandLineParser parser;
        kj::server::addServerOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("kongjian-server")} + arguments))
            return kj::fail(kj::ErrorCode::InvalidField, parser.errorText());
        return kj::server::serverOptions(parser);
    }

    QString writeConfig(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("server.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void defaultsWithoutAnything()
    {
        const kj::Result<ServerOptions> options = parse({});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->action, ServerOptions::Action::Serve);
        QCOMPARE(options->config.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(options->config.port, quint16(8080));
        QVERIFY(options->config.dataDir.endsWith(QStringLiteral("/kongjian-server")));
        QCOMPARE(options->config.database, QString());
        QCOMPARE(options->config.threads, 0);
        QCOMPARE(options->config.quotaBytes, qint64(1024) * 1024 * 1024);
        QVERIFY(!options->config.seedDemo);
        QCOMPARE(options->configFile, QString());
    }

    void theShippedConfigurationFileParses()
    {
        // The file the server package installs as /etc/kongjian-server/kongjian-server.conf.
        const QString shipped = qEnvironmentVariable("KJ_SOURCE_DIR") + QStringLiteral("/packaging/server/kongjian-server.conf");
        const kj::Result<ServerOptions> options = parse({QStringLiteral("--config"), shipped});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->config.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(options->config.port, quint16(8080));
        QCOMPARE(options->config.dataDir, QStringLiteral("/var/lib/kongjian-server"));
        QCOMPARE(options->config.database, QString());
        QCOMPARE(options->config.threads, 0);
        QCOMPARE(options->config.quotaBytes, qint64(1024) * 1024 * 1024);
        QVERIFY(!options->config.seedDemo);
    }

    void theCommandLineOverridesTheFile()
    {
        const QString file = writeConfig("# a comment\n#threads = 9\n; another\n  listen = [::1]:9000\ndata-dir=/srv/a   # shared\n"
                                         "database = \"postgresql://u:p,w; #\\x@db/k?sslmode=require\"  # quoted\nthreads = 3 ;x\n"
                                         "quota-mib = 5\t; MiB\nseed-demo = yes\n");
        QVERIFY(!file.isEmpty());
        kj::Result<ServerOptions> options = parse({QStringLiteral("--config"), file});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->config.address, QStringLiteral("::1"));
        QCOMPARE(options->config.port, quint16(9000));
        QCOMPARE(options->config.dataDir, QStringLiteral("/srv/a"));
        QCOMPARE(options->config.database, QStringLiteral("postgresql://u:p,w; #\\x@db/k?sslmode=require"));
        QCOMPARE(options->config.threads, 3);
        QCOMPARE(options->config.quotaBytes, qint64(5) * 1024 * 1024);
        QVERIFY(options->config.seedDemo);
        QCOMPARE(options->configFile, file);

        options = parse({QStringLiteral("--config"), file, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:1234"),
                         QStringLiteral("--data-dir"), QStringLiteral("/srv/b"), QStringLiteral("--threads"),
                         QStringLiteral("0"), QStringLiteral("--migrate")});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->action, ServerOptions::Action::Migrate);
        QCOMPARE(options->config.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(options->config.port, quint16(1234));
        QCOMPARE(options->config.dataDir, QStringLiteral("/srv/b"));
        QCOMPARE(options->config.threads, 0);
        QCOMPARE(options->config.quotaBytes, qint64(5) * 1024 * 1024); // from the file still
    }

    void badSettingsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown key") << QByteArray("listen = 127.0.0.1:1\nlisen = x\n") << QStringList() << QStringLiteral("unknown key \"lisen\"");
        QTest::newRow("a section") << QByteArray("[server]\nthreads = 2\n") << QStringList() << QStringLiteral("server.conf:1: not a \"key = value\" line");
        QTest::newRow("no value") << QByteArray("threads = 2\n\nseed-demo\n") << QStringList() << QStringLiteral("server.conf:3: not a \"key = value\" line");
        QTest::newRow("unclosed quote") << QByteArray("database = \"postgresql://x\n") << QStringList() << QStringLiteral("server.conf:1: database: a quoted value must end with its quote");
        QTest::newRow("text after a quote") << QByteArray("database = \"a\" b\n") << QStringList() << QStringLiteral("server.conf:1: database: a quoted value must end with its quote");
        QTest::newRow("set twice") << QByteArray("threads = 2\nthreads = 3\n") << QStringList() << QStringLiteral("server.conf:2: threads is set twice (also on line 1)");
        QTest::newRow("bad listen") << QByteArray("listen = nowhere\n") << QStringList() << QStringLiteral("listen takes HOST:PORT");
        QTest::newRow("bad threads") << QByteArray("threads = -1\n") << QStringList() << QStringLiteral("threads takes a count");
        QTest::newRow("bad quota") << QByteArray("quota-mib = 0\n") << QStringList() << QStringLiteral("quota-mib takes a size in MiB");
        QTest::newRow("bad boolean") << QByteArray("seed-demo = maybe\n") << QStringList() << QStringLiteral("seed-demo takes true or false");
        QTest::newRow("empty data-dir") << QByteArray("data-dir =\n") << QStringList() << QStringLiteral("data-dir names no folder");
        QTest::newRow("bad option") << QByteArray() << QStringList{QStringLiteral("--quota-mib"), QStringLiteral("lots")}
                                    << QStringLiteral("--quota-mib takes a size in MiB");
        QTest::newRow("check and migrate") << QByteArray() << QStringList{QStringLiteral("--check-config"), QStringLiteral("--migrate")}
                                           << QStringLiteral("--check-config and --migrate do not go together");
        QTest::newRow("stray argument") << QByteArray() << QStringList{QStringLiteral("serve")} << QStringLiteral("unexpected argument \"serve\"");
    }

    void badSettingsAreNamed()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        if (!file.isEmpty())
            arguments << QStringLiteral("--config") << writeConfig(file);
        const kj::Result<ServerOptions> options = parse(arguments);
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(named), qPrintable(options.error().message));
    }

    void theMetricsTokenComesFromItsFile()
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("metrics-token"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("  0123456789abcdef-scraper  \nsecond line\n");
        file.close();
        kj::Result<ServerOptions> options = parse({QStringLiteral("--metrics-token-file"), tokenFile});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->config.metricsToken, QByteArray("0123456789abcdef-scraper"));
        QCOMPARE(options->metricsTokenFile, tokenFile);

        // An empty key in the file: no token (the shipped file has it so).
        options = parse({QStringLiteral("--config"), writeConfig("metrics-token-file =\n")});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QVERIFY(options->config.metricsToken.isEmpty());

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("short\n");
        file.close();
        options = parse({QStringLiteral("--config"), writeConfig("metrics-token-file = " + tokenFile.toUtf8() + "\n")});
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(QStringLiteral("at least 16 characters")), qPrintable(options.error().message));

        const QString missing = m_dir.filePath(QStringLiteral("no-token"));
        options = parse({QStringLiteral("--metrics-token-file"), missing});
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(QStringLiteral("--metrics-token-file: cannot read ") + missing),
                 qPrintable(options.error().message));
    }

    void aMissingFileIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("absent.conf"));
        const kj::Result<ServerOptions> options = parse({QStringLiteral("--config"), missing});
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(missing), qPrintable(options.error().message));
    }

    void checkFindsAUsableDataDirAndStore()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        kj::Result<ServerOptions> options = parse({QStringLiteral("--data-dir"), data, QStringLiteral("--check-config")});
        QVERIFY(options);
        QCOMPARE(options->action, ServerOptions::Action::CheckConfig);
        kj::server::ConfigCheck check = kj::server::checkConfiguration(*options);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        QVERIFY2(check.findings.join(u'\n').contains(QStringLiteral("not there yet")), qPrintable(check.findings.join(u'\n')));
        QVERIFY(!QFileInfo::exists(data)); // a check changes nothing

        QVERIFY(QDir().mkpath(data)); // as kongjian-server --migrate does
        QVERIFY(kj::server::migrateStore(options->config));
        check = kj::server::checkConfiguration(*options);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        const QString found = check.findings.join(u'\n');
        QVERIFY2(found.contains(data + QStringLiteral(" (writable)")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("reachable")), qPrintable(found));
        QCOMPARE(QDir(data).entryList({QStringLiteral(".kongjian-check-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void checkReportsADataDirThatIsAFile()
    {
        const QString file = writeConfig("threads = 1\n");
        const kj::Result<ServerOptions> options = parse({QStringLiteral("--data-dir"), file});
        QVERIFY(options);
        const kj::server::ConfigCheck check = kj::server::checkConfiguration(*options);
        QVERIFY2(check.problems.join(u'\n').contains(QStringLiteral("is not a folder")), qPrintable(check.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
