#include "server-stub/configcheck.h"

#include "server-stub/listenaddress.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace kj::server {

namespace {

QString dataDirFinding(const QString &path, QStringList &problems)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir()) {
            problems << QStringLiteral("data-dir %1 is not a folder").arg(path);
            return path;
        }
        // A file made and removed again: the only test that also sees read-only mounts and ACLs.
        QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".kongjian-check-XXXXXX")));
        if (!probe.open()) {
            problems << QStringLiteral("data-dir %1 is not writable by this user: %2").arg(path, probe.errorString());
            return path;
        }
        return path + QStringLiteral(" (writable)");
    }
    QFileInfo parent(info.absolutePath());
    while (!parent.exists() && !parent.isRoot())
        parent.setFile(parent.absolutePath());
    if (!parent.isDir() || !parent.isWritable()) {
        problems << QStringLiteral("data-dir %1 does not exist and %2 is not writable by this user")
                        .arg(path, parent.absoluteFilePath());
        return path;
    }
    return path + QStringLiteral(" (not there yet; made on the first start)");
}

} // namespace

ConfigCheck checkConfiguration(const ServerOptions &options)
{
    ConfigCheck check;
    const ServerConfig &config = options.config;
    check.findings << QStringLiteral("configuration file: %1")
                          .arg(options.configFile.isEmpty() ? QStringLiteral("none (command line only)") : options.configFile);
    const QString host = config.address.contains(u':') ? u'[' + config.address + u']' : config.address;
    check.findings << QStringLiteral("listen: %1:%2%3")
                          .arg(host)
                          .arg(config.port)
                          .arg(isLoopback(config.address) ? QStringLiteral(" (this machine only)")
                                                          : QStringLiteral(" (the network, without TLS: put a reverse proxy with TLS in front)"));
    check.findings << QStringLiteral("data-dir: ") + dataDirFinding(config.dataDir, check.problems);
    if (Result<QString> store = describeStore(config); store)
        check.findings << QStringLiteral("store: ") + *store;
    else
        check.problems << QStringLiteral("store: ") + store.error().message;
    check.findings << QStringLiteral("threads: %1").arg(config.threads == 0 ? QStringLiteral("one per core, at least 2")
                                                                            : QString::number(config.threads));
    check.findings << QStringLiteral("quota: %1 MiB per user").arg(config.quotaBytes / (1024 * 1024));
    check.findings << QStringLiteral("metrics: %1")
                          .arg(options.metricsTokenFile.isEmpty()
                                   ? QStringLiteral("GET /metrics for loopback peers only")
                                   : QStringLiteral("GET /metrics for loopback peers and the token in %1").arg(options.metricsTokenFile));
    check.findings << QStringLiteral("demo data: %1").arg(config.seedDemo ? QStringLiteral("added on start") : QStringLiteral("no"));
    return check;
}

} // namespace kj::server
