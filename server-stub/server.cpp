#include "server-stub/server.h"

#include "models/domain/timestamp.h"
#include "server-stub/api/feedpagecache.h"
#include "server-stub/api/routes.h"
#include "server-stub/api/uploadsweep.h"
#include "server-stub/demo/demoseeder.h"
#include "server-stub/http/httpserver.h"
#include "server-stub/media/mediastore.h"
#include "server-stub/metrics/observedrouter.h"
#include "server-stub/metrics/servermetrics.h"
#include "server-stub/security/passwordhasher.h"
#include "server-stub/store/database.h"
#include "server-stub/store/migrations.h"
#include "server-stub/store/query.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

namespace kj::server {

class Server::Impl
{
public:
    explicit Impl(ServerConfig config) : config(std::move(config)) {}

    ServerConfig config;
    PasswordHasher passwords;
    std::unique_ptr<QLockFile> dataLock; // held while running: one server per data directory
    std::unique_ptr<store::Database> database;
    std::unique_ptr<api::FeedPageCache> feedPages;
    std::unique_ptr<media::MediaStore> media;
    std::unique_ptr<metrics::ServerMetrics> metrics;
    std::unique_ptr<api::Router> router;
    std::unique_ptr<metrics::ObservedRouter> observedRouter; // the router with metrics and the access log
    std::unique_ptr<http::HttpServer> http;
};

namespace {
// Held while the server runs: FILE.lock beside the SQLite file.
Result<std::unique_ptr<QLockFile>> lockSqliteStore(const QString &sqlitePath)
{
    const QFileInfo file(sqlitePath);
    if (!QDir().mkpath(file.absolutePath()))
        return fail(ErrorCode::Internal, QStringLiteral("cannot create the folder of %1").arg(sqlitePath));
    const QString lockPath = file.absoluteFilePath() + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it has run
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, application;
    const bool known = lock->getLockInfo(&pid, &host, &application);
    return fail(ErrorCode::Unavailable,
                known ? QStringLiteral("another server uses %1 (process %2 on %3)").arg(sqlitePath).arg(pid).arg(host)
                      : QStringLiteral("cannot lock %1 (%2)").arg(sqlitePath, lockPath));
}
} // namespace

Server::Server(ServerConfig config) : m_impl(std::make_unique<Impl>(std::move(config))) {}

Server::~Server()
{
    stop();
}

Status Server::start()
{
    if (m_impl->http)
        return fail(ErrorCode::Internal, QStringLiteral("the server is already running"));
    const ServerConfig &config = m_impl->config;
    if (config.dataDir.isEmpty())
        return fail(ErrorCode::Internal, QStringLiteral("no data directory given"));
    if (!QDir().mkpath(config.dataDir))
        return fail(ErrorCode::Internal, QStringLiteral("cannot create the data directory %1").arg(config.dataDir));
    Result<store::StoreLocation> location = store::parseStoreLocation(config.database, config.dataDir);
    if (!location)
        return location.error();
    std::unique_ptr<QLockFile> dataLock;
    if (location->engine == store::StoreLocation::Engine::Sqlite) {
        // One server per SQLite file: a second one's writes would be invisible to the first's kept feed pages
        // (api/feedpagecache.h). Servers over one PostgreSQL database share their data directory (media) instead.
        Result<std::unique_ptr<QLockFile>> locked = lockSqliteStore(location->sqlitePath);
        if (!locked)
            return locked.error();
        dataLock = std::move(*locked);
    }

    auto database = std::make_unique<store::Database>(*location);
    if (Status status = database->open(); !status)
        return status;
    if (config.seedDemo) {
        if (Status status = seedDemo(*database, m_impl->passwords); !status)
            return status;
    }

    media::MediaLimits mediaLimits;
    mediaLimits.quotaBytes = config.quotaBytes;
    auto mediaStore = std::make_unique<media::MediaStore>(config.dataDir, mediaLimits);
    if (Status status = mediaStore->prepare(); !status)
        return status;
    if (Status status = api::sweepAbandonedUploads(database->connection(), *mediaStore, nowUtc()); !status)
        return status;

    auto feedPages = std::make_unique<api::FeedPageCache>();
    auto serverMetrics = std::make_unique<metrics::ServerMetrics>();
    const api::ApiContext context{database.get(),      &m_impl->passwords,  mediaStore.get(),
                                  feedPages.get(),     serverMetrics.get(), config.metricsToken};
    auto router = std::make_unique<api::Router>(api::bearerAuthenticator(context));
    api::addApiRoutes(*router, context);
    serverMetrics->describeRoutes(router->routes());
    auto observedRouter = std::make_unique<metrics::ObservedRouter>(*router, *serverMetrics);

    http::ServerOptions options;
    options.address = config.address;
    options.port = config.port;
    options.threads = config.threads;
    const api::Router *routerPointer = router.get();
    const metrics::ObservedRouter *observed = observedRouter.get();
    options.planBody = [observed](const http::Request &head) { return observed->planBody(head); };
    options.laneOf = [routerPointer](const http::Request &request) { return routerPointer->laneOf(request); };
    auto httpServer = std::make_unique<http::HttpServer>(
        options, [observed](const http::Request &request) { return observed->handle(request); });
    if (Status status = httpServer->start(); !status)
        return status;

    m_impl->database = std::move(database);
    m_impl->media = std::move(mediaStore);
    m_impl->feedPages = std::move(feedPages);
    m_impl->dataLock = std::move(dataLock);
    m_impl->metrics = std::move(serverMetrics);
    m_impl->router = std::move(router);
    m_impl->observedRouter = std::move(observedRouter);
    m_impl->http = std::move(httpServer);
    return {};
}

void Server::stop()
{
    // The transport's threads go first: nobody may use the router or the store after this.
    if (m_impl->http)
        m_impl->http->stop();
    m_impl->http.reset();
    m_impl->observedRouter.reset();
    m_impl->router.reset();
    m_impl->metrics.reset();
    m_impl->media.reset();
    m_impl->feedPages.reset();
    m_impl->dataLock.reset(); // unlocks
    m_impl->database.reset();
}

quint16 Server::port() const
{
    return m_impl->http ? m_impl->http->port() : 0;
}

QString Server::baseUrl() const
{
    const QString host = m_impl->config.address.contains(u':') ? u'[' + m_impl->config.address + u']'
                                                                : m_impl->config.address;
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

Status migrateStore(const ServerConfig &config)
{
    Result<store::StoreLocation> location = store::parseStoreLocation(config.database, config.dataDir);
    if (!location)
        return location.error();
    store::Database database(*location);
    return database.open();
}

Result<QString> describeStore(const ServerConfig &config)
{
    Result<store::StoreLocation> location = store::parseStoreLocation(config.database, config.dataDir);
    if (!location)
        return location.error();
    if (location->engine == store::StoreLocation::Engine::Sqlite && !QFileInfo::exists(location->sqlitePath))
        return QStringLiteral("%1: not there yet; made on the first start").arg(location->describe());
    store::Database database(*location);
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return fail(ErrorCode::Unavailable, QStringLiteral("cannot reach %1").arg(location->describe()));
    Result<QList<store::Migration>> bundled = store::bundledMigrations(
        database.isPostgresql() ? store::MigrationEngine::Postgresql : store::MigrationEngine::Sqlite);
    if (!bundled)
        return bundled.error();
    store::Query known(db, database.isPostgresql()
                               ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                                "current_schema() AND table_name = 'schema_migrations'")
                               : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
    if (Status status = known.exec(); !status || !known.next())
        return fail(ErrorCode::Unavailable, QStringLiteral("cannot read %1").arg(location->describe()));
    const int latest = bundled->isEmpty() ? 0 : bundled->constLast().version;
    if (known.int64(0) == 0)
        return QStringLiteral("%1: reachable, empty (schema %2 is made on the first start or by --migrate)").arg(location->describe()).arg(latest);
    Result<QList<int>> applied = store::appliedMigrations(db);
    if (!applied)
        return applied.error();
    const int current = applied->isEmpty() ? 0 : applied->constLast();
    if (current > latest)
        return fail(ErrorCode::Unavailable, QStringLiteral("%1 has schema %2, newer than this server's %3: upgrade the server")
                                                .arg(location->describe()).arg(current).arg(latest));
    return QStringLiteral("%1: reachable, schema %2 of %3%4")
        .arg(location->describe()).arg(current).arg(latest)
        .arg(current < latest ? QStringLiteral(" (the next start or --migrate applies the rest)") : QString());
}

} // namespace kj::server
