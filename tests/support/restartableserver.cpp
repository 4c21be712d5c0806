#include "tests/support/restartableserver.h"

#include "server-stub/server.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTcpServer>

RestartableServer::RestartableServer(bool seedDemo)
    : m_seedDemo(seedDemo)
{
    if (qEnvironmentVariableIntValue("KJ_ACCESS_LOG") != 1)
        QLoggingCategory::setFilterRules(QStringLiteral("kj.server.access.info=false"));
    // A port the system just handed out and took back is free, and stays ours in practice: the server binds it
    // on every start so that clients keep the one URL they were given.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost))
        m_port = probe.serverPort();
}

RestartableServer::~RestartableServer()
{
    stop();
}

kj::Status RestartableServer::start()
{
    if (m_server)
        return {};
    if (!m_dir.isValid())
        return kj::fail(kj::ErrorCode::Internal, QStringLiteral("cannot create a temporary directory"));
    if (m_port == 0)
        return kj::fail(kj::ErrorCode::Internal, QStringLiteral("no free loopback port was found"));
    kj::server::ServerConfig config;
    config.address = QStringLiteral("127.0.0.1");
    config.port = m_port;
    if (!m_store.status())
        return m_store.status();
    config.dataDir = m_dir.path();
    config.database = m_store.database();
    config.seedDemo = m_seedDemo;
    config.threads = 2;
    auto server = std::make_unique<kj::server::Server>(config);
    const kj::Status started = server->start();
    if (started)
        m_server = std::move(server);
    return started;
}

void RestartableServer::stop()
{
    m_server.reset();
}

QString RestartableServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}
