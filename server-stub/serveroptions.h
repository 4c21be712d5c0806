#pragma once

#include "models/domain/result.h"
#include "server-stub/server.h"

#include <QString>

class QCommandLineParser;

namespace kj::server {

//! What kongjian-server was asked to do, and with which settings: built from its configuration file (--config) with
//! the command line on top, every value checked.
struct ServerOptions {
    enum class Action { Serve, CheckConfig, Migrate };

    Action action = Action::Serve;
    ServerConfig config;
    QString configFile;       // empty: none was given
    QString metricsTokenFile; // where config.metricsToken was read from; empty: no token
};

//! Declares kongjian-server's options (besides --help and --version) on parser.
void addServerOptions(QCommandLineParser &parser);

//! The options parser was given (after parse() or process()), on top of --config's file when one is named. An
//! InvalidField error names the option or the file's key and what is wrong with it.
[[nodiscard]] Result<ServerOptions> serverOptions(const QCommandLineParser &parser);

//! The settings a configuration file may hold, in the order the man page and the default file list them.
[[nodiscard]] QStringList configurationKeys();

} // namespace kj::server
