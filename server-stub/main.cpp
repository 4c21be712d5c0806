// kongjian-server: the reference server. Parses options, starts kj::server::Server, stops on SIGINT/SIGTERM.
#include "server-stub/listenaddress.h"
#include "server-stub/loglines.h"
#include "server-stub/server.h"
#include "server-stub/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

int main(int argc, char *argv[])
{
    kj::server::writeLogLinesDirectly();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kongjian-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KJ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Kongjian reference server (wire API v1)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port to listen on (default 127.0.0.1:8080; [::1]:8080 for IPv6)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Where the database lives (default: <data location>/kongjian-server)."), QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kongjian-server"));
    const QCommandLineOption seedDemo(QStringLiteral("seed-demo"),
                                      QStringLiteral("Add the demo accounts demo, xiaohong and dawei, password kongjian-demo (idempotent)."));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("I/O threads (default: one per core, at least 2)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption quota(QStringLiteral("quota-mib"),
                                   QStringLiteral("Upload quota of each user in MiB: media uploaded plus open uploads (default 1024)."),
                                   QStringLiteral("MIB"), QStringLiteral("1024"));
    parser.addOptions({listen, dataDir, seedDemo, threads, quota});
    parser.process(app);

    const std::optional<kj::server::ListenAddress> address = kj::server::parseListenAddress(parser.value(listen));
    bool threadsOk = false;
    const int threadCount = parser.value(threads).toInt(&threadsOk);
    bool quotaOk = false;
    const qint64 quotaMiB = parser.value(quota).toLongLong(&quotaOk);
    if (!address || !threadsOk || threadCount < 0 || !quotaOk || quotaMiB < 1) {
        std::fprintf(stderr, "kongjian-server: --listen takes HOST:PORT (e.g. 127.0.0.1:8080), --threads a count, "
                             "--quota-mib a positive number\n");
        return 2;
    }
    if (!kj::server::isLoopback(address->host)) {
        std::fprintf(stderr, "kongjian-server: WARNING: listening on %s without TLS (not built in yet); passwords and "
                             "tokens cross the network in clear. Put a reverse proxy with TLS in front (see "
                             "docs/architecture.md).\n",
                     qPrintable(address->host));
    }

    kj::server::ShutdownSignals signals; // before start(): a signal from then on stops the server cleanly
    kj::server::Server server(
        {address->host, address->port, parser.value(dataDir), parser.isSet(seedDemo), threadCount, quotaMiB * 1024 * 1024});
    if (kj::Status status = server.start(); !status) {
        std::fprintf(stderr, "kongjian-server: %s\n", qPrintable(status.error().message));
        return 1;
    }
    std::fprintf(stderr, "kongjian-server: listening on %s, data in %s\n", qPrintable(server.baseUrl()),
                 qPrintable(parser.value(dataDir)));

    QObject::connect(&signals, &kj::server::ShutdownSignals::received, &app, &QCoreApplication::quit);
    const int code = app.exec();
    server.stop();
    std::fprintf(stderr, "kongjian-server: stopped\n");
    return code;
}
