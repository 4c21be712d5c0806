#include "tests/support/privatecluster.h"

#include <QCoreApplication>
#include <QDebug>
#include <QProcess>

PrivateCluster::PrivateCluster()
    : m_dir(QStringLiteral("/tmp/kj-pg-own-%1").arg(QCoreApplication::applicationPid())) // short: a socket path
{
}

PrivateCluster::~PrivateCluster()
{
    (void)run(QStringLiteral("stop"));
}

bool PrivateCluster::start()
{
    return run(QStringLiteral("start"), &m_url);
}

bool PrivateCluster::halt()
{
    return run(QStringLiteral("halt"));
}

bool PrivateCluster::run(const QString &action, QString *output) const
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {qEnvironmentVariable("KJ_SOURCE_DIR") + QStringLiteral("/tests/postgresql/cluster.sh"), action, m_dir});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        qWarning() << "cluster.sh" << action << script.readAllStandardError();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    return true;
}
