#include "tests/support/testserver.h"

#include <QDir>
#include <QLoggingCategory>

TestServer::TestServer(bool seedDemo) : m_seedDemo(seedDemo)
{
    if (qEnvironmentVariableIntValue("KJ_ACCESS_LOG") != 1)
        QLoggingCategory::setFilterRules(QStringLiteral("kj.server.access.info=false"));
}

TestServer::~TestServer()
{
    stop();
}

kj::Status TestServer::start()
{
    if (!m_dir.isValid())
        return kj::fail(kj::ErrorCode::Internal, QStringLiteral("cannot create a temporary directory"));
    kj::server::ServerConfig config;
    config.address = QStringLiteral("127.0.0.1");
    config.port = 0;
    if (!m_store.status())
        return m_store.status();
    config.dataDir = m_dir.path();
    config.database = m_store.database();
    config.seedDemo = m_seedDemo;
    config.threads = 2;
    if (m_quotaBytes > 0)
        config.quotaBytes = m_quotaBytes;
    m_server = std::make_unique<kj::server::Server>(config);
    return m_server->start();
}

void TestServer::stop()
{
    m_server.reset();
}
