#include "server-stub/store/storelocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace kj::server::store {

namespace {
Error invalid(const QString &why)
{
    return fail(ErrorCode::InvalidField, QStringLiteral("--database: ") + why);
}

// libpq's connection parameters that a URL's query may carry (libpq-connect "Parameter Key Words"), less the
// ones the URL's own parts give.
bool isConnectParameter(const QString &key)
{
    static const QStringList known{
        QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"), QStringLiteral("dbname"),
        QStringLiteral("user"), QStringLiteral("connect_timeout"), QStringLiteral("client_encoding"),
        QStringLiteral("options"), QStringLiteral("application_name"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("sslmode"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcrl"), QStringLiteral("sslcompression"),
        QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("requirepeer"), QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"),
        QStringLiteral("target_session_attrs"), QStringLiteral("load_balance_hosts"), QStringLiteral("passfile"),
        QStringLiteral("channel_binding"), QStringLiteral("service")};
    return known.contains(key);
}

// A value as libpq's conninfo string takes it: quoted, with \ and ' escaped. QPSQL joins its connect options
// with spaces after turning each ';' into one, so a value may hold neither ';' nor, unquoted, a space.
Result<QString> conninfoValue(const QString &key, const QString &value)
{
    if (value.contains(u';'))
        return invalid(QStringLiteral("the value of %1 may not contain ';'").arg(key));
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return QString(u'\'' + escaped + u'\'');
}

Result<StoreLocation> parsePostgresql(const QString &database)
{
    const QUrl url(database, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QStringLiteral("not a valid URL: %1").arg(url.errorString()));
    if (url.hasFragment())
        return invalid(QStringLiteral("a PostgreSQL URL has no #fragment"));
    StoreLocation location;
    location.engine = StoreLocation::Engine::Postgresql;
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        return invalid(QStringLiteral("the path of a PostgreSQL URL is one database name, not %1").arg(path));
    location.databaseName = path;
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isConnectParameter(key))
            return invalid(QStringLiteral("unknown connection parameter %1").arg(key));
        if (key == QLatin1String("host") && location.host.isEmpty()) { // a socket folder: ?host=/run/postgresql
            location.host = value;
            continue;
        }
        if (key == QLatin1String("port") && location.port < 0 && !value.contains(u',')) { // one port; a list: below
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port < 1 || location.port > 65535)
                return invalid(QStringLiteral("port %1 is not a port number").arg(value));
            continue;
        }
        if (key == QLatin1String("dbname") && location.databaseName.isEmpty()) {
            location.databaseName = value;
            continue;
        }
        if (key == QLatin1String("user") && location.user.isEmpty()) {
            location.user = value;
            continue;
        }
        Result<QString> quoted = conninfoValue(key, value);
        if (!quoted)
            return quoted.error();
        options.append(key + u'=' + *quoted);
    }
    location.connectOptions = options.join(u';');
    return location;
}
} // namespace

QString StoreLocation::describe() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("SQLite %1").arg(sqlitePath);
    const QString where = host.isEmpty() ? QStringLiteral("the local socket") : host;
    return QStringLiteral("PostgreSQL database %1 on %2%3%4")
        .arg(databaseName.isEmpty() ? QStringLiteral("(the user's)") : databaseName, where,
             port > 0 ? QStringLiteral(":%1").arg(port) : QString(),
             user.isEmpty() ? QString() : QStringLiteral(" as %1").arg(user));
}

QSqlDatabase openConnection(const StoreLocation &location, const QString &connectionName)
{
    if (location.engine == StoreLocation::Engine::Postgresql) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(location.connectOptions);
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(location.sqlitePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

Result<StoreLocation> parseStoreLocation(const QString &database, const QString &dataDir)
{
    if (database.isEmpty())
        return StoreLocation::sqlite(QDir(dataDir).filePath(QStringLiteral("kongjian.sqlite")));
    if (database.startsWith(QLatin1String("postgresql://")) || database.startsWith(QLatin1String("postgres://")))
        return parsePostgresql(database);
    if (database.startsWith(QLatin1String("sqlite:"))) {
        if (database.size() == 7)
            return invalid(QStringLiteral("sqlite: names no file"));
        return StoreLocation::sqlite(database.mid(7));
    }
    return invalid(QStringLiteral("\"%1\" is neither postgresql://… nor sqlite:FILE").arg(database));
}

} // namespace kj::server::store
