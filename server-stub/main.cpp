// kongjian-server: the reference server. Reads its settings (serveroptions.h), then checks them, migrates the store
// or serves until SIGINT/SIGTERM.
#include "server-stub/configcheck.h"
#include "server-stub/listenaddress.h"
#include "server-stub/loglines.h"
#include "server-stub/server.h"
#include "server-stub/serveroptions.h"
#include "server-stub/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstdio>

namespace {

int checkConfig(const kj::server::ServerOptions &options)
{
    const kj::server::ConfigCheck check = kj::server::checkConfiguration(options);
    for (const QString &line : check.findings)
        std::printf("%s\n", qPrintable(line));
    for (const QString &problem : check.problems)
        std::fprintf(stderr, "kongjian-server: %s\n", qPrintable(problem));
    std::printf("%s\n", check.problems.isEmpty() ? "configuration OK" : "configuration NOT OK");
    return check.problems.isEmpty() ? 0 : 1;
}

int migrate(const kj::server::ServerConfig &config)
{
    // As a start would: an SQLite store lives in the data directory. A PostgreSQL one does not need it, so a
    // folder that cannot be made is left for the store to report.
    QDir().mkpath(config.dataDir);
    if (kj::Status status = kj::server::migrateStore(config); !status) {
        std::fprintf(stderr, "kongjian-server: migration failed: %s\n", qPrintable(status.error().message));
        return 1;
    }
    const kj::Result<QString> store = kj::server::describeStore(config);
    std::printf("migrated: %s\n", store ? qPrintable(*store) : qPrintable(store.error().message));
    return store ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    kj::server::writeLogLinesDirectly();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kongjian-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KJ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Kongjian reference server (wire API v1). See kongjian-server(8)."));
    parser.addHelpOption();
    parser.addVersionOption();
    kj::server::addServerOptions(parser);
    parser.process(app);
    const kj::Result<kj::server::ServerOptions> options = kj::server::serverOptions(parser);
    if (!options) {
        std::fprintf(stderr, "kongjian-server: %s\n", qPrintable(options.error().message));
        return parser.isSet(QStringLiteral("check-config")) ? 1 : 2;
    }
    using Action = kj::server::ServerOptions::Action;
    if (options->action == Action::CheckConfig)
        return checkConfig(*options);
    if (options->action == Action::Migrate)
        return migrate(options->config);

    const kj::server::ServerConfig &config = options->config;
    if (!kj::server::isLoopback(config.address)) {
        std::fprintf(stderr, "kongjian-server: WARNING: listening on %s without TLS (not built in yet); passwords and "
                             "tokens cross the network in clear. Put a reverse proxy with TLS in front (see "
                             "docs/deploy.md).\n",
                     qPrintable(config.address));
    }
    kj::server::ShutdownSignals signals; // before start(): a signal from then on stops the server cleanly
    kj::server::Server server(config);
    if (kj::Status status = server.start(); !status) {
        std::fprintf(stderr, "kongjian-server: %s\n", qPrintable(status.error().message));
        return 1;
    }
    std::fprintf(stderr, "kongjian-server: listening on %s, data in %s\n", qPrintable(server.baseUrl()),
                 qPrintable(config.dataDir));

    QObject::connect(&signals, &kj::server::ShutdownSignals::received, &app, &QCoreApplication::quit);
    const int code = app.exec();
    server.stop();
    std::fprintf(stderr, "kongjian-server: stopped\n");
    return code;
}
