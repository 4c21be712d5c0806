#include "tests/support/teststore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {
QAtomicInteger<int> nextSchema{1};

QString baseUrl()
{
    return qEnvironmentVariable("KJ_TEST_POSTGRESQL");
}

// Runs one statement on the base database through a short-lived connection of its own.
kj::Status runOnBase(const QString &sql)
{
    const QString name = QStringLiteral("kj-test-store-admin-%1").arg(nextSchema.fetchAndAddRelaxed(1));
    kj::Status status;
    {
        kj::Result<kj::server::store::StoreLocation> location = kj::server::store::parseStoreLocation(baseUrl(), QString());
        if (!location)
            return location.error();
        QSqlDatabase db = kj::server::store::openConnection(*location, name);
        if (!db.isOpen()) {
            status = kj::fail(kj::ErrorCode::Unavailable, QStringLiteral("cannot reach KJ_TEST_POSTGRESQL: ") + db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                status = kj::fail(kj::ErrorCode::Internal, sql + QStringLiteral(": ") + query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}
} // namespace

bool TestStore::usesPostgresql()
{
    return !baseUrl().isEmpty();
}

TestStore::TestStore()
{
    if (!usesPostgresql())
        return;
    // Unique across the test processes ctest runs at once and the stores of one process.
    m_schema = QStringLiteral("kj_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(nextSchema.fetchAndAddRelaxed(1));
    m_status = runOnBase(QStringLiteral("CREATE SCHEMA %1").arg(m_schema));
    QUrl url(baseUrl());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path%3D") + m_schema);
    url.setQuery(query);
    m_url = url.toString();
}

TestStore::~TestStore()
{
    if (!m_schema.isEmpty())
        (void)runOnBase(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
}

kj::Result<kj::server::store::StoreLocation> TestStore::location(const QString &dataDir) const
{
    return kj::server::store::parseStoreLocation(m_url, dataDir);
}

QSqlDatabase TestStore::openInspection(const QString &connectionName, const QString &dataDir) const
{
    kj::Result<kj::server::store::StoreLocation> location = this->location(dataDir);
    if (!location)
        return {};
    return kj::server::store::openConnection(*location, connectionName);
}
