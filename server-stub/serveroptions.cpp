#include "server-stub/serveroptions.h"

#include "server-stub/listenaddress.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kj::server {

namespace {

const QString kListen = QStringLiteral("listen");
const QString kDataDir = QStringLiteral("data-dir");
const QString kDatabase = QStringLiteral("database");
const QString kThreads = QStringLiteral("threads");
const QString kQuota = QStringLiteral("quota-mib");
const QString kSeedDemo = QStringLiteral("seed-demo");
const QString kMetricsTokenFile = QStringLiteral("metrics-token-file");
const QString kConfig = QStringLiteral("config");
const QString kCheckConfig = QStringLiteral("check-config");
const QString kMigrate = QStringLiteral("migrate");

// One setting's value and where it came from, for messages: "--threads" or "FILE:LINE: threads".
struct Setting {
    QString value;
    QString origin;
    qsizetype line = 0; // in the file; 0: from the command line
};

Error invalid(const QString &message)
{
    return fail(ErrorCode::InvalidField, message);
}

// The file's settings: "key = value" lines, "#" or ";" comment lines, a comment also after a value (" # ..."), a value
// optionally in double quotes (taken as written: no escapes; a "#" inside is kept). Read by hand rather than by
// QSettings, which takes "#" lines holding "=" for keys, splits values at commas and unescapes backslashes.
Result<QHash<QString, Setting>> readConfigFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return invalid(QStringLiteral("the configuration file %1 does not exist").arg(path));
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return invalid(QStringLiteral("the configuration file %1 cannot be read").arg(path));
    QHash<QString, Setting> settings;
    const QStringList known = configurationKeys();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0 || line.startsWith(u'['))
            return invalid(QStringLiteral("%1: not a \"key = value\" line: %2").arg(where, line));
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.startsWith(u'"')) {
            const qsizetype close = value.indexOf(u'"', 1);
            const QString rest = close < 0 ? QString() : value.mid(close + 1).trimmed();
            if (close < 0 || !(rest.isEmpty() || rest.startsWith(u'#') || rest.startsWith(u';')))
                return invalid(QStringLiteral("%1: %2: a quoted value must end with its quote").arg(where, key));
            value = value.mid(1, close - 1);
        } else {
            static const QRegularExpression comment(QStringLiteral("\\s[#;]"));
            if (const QRegularExpressionMatch match = comment.match(value); match.hasMatch())
                value = value.left(match.capturedStart()).trimmed();
        }
        if (!known.contains(key))
            return invalid(QStringLiteral("%1: unknown key \"%2\" (known: %3)").arg(where, key, known.join(QStringLiteral(", "))));
        if (const auto earlier = settings.constFind(key); earlier != settings.cend())
            return invalid(QStringLiteral("%1: %2 is set twice (also on line %3)").arg(where, key).arg(earlier->line));
        settings.insert(key, {value, where + QStringLiteral(": ") + key, i + 1});
    }
    return settings;
}

Result<bool> parseBool(const Setting &setting)
{
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0")};
    const QString value = setting.value.toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return invalid(QStringLiteral("%1 takes true or false, not \"%2\"").arg(setting.origin, setting.value));
}

Result<qint64> parseCount(const Setting &setting, qint64 minimum, qint64 maximum, const QString &what)
{
    bool ok = false;
    const qint64 value = setting.value.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return invalid(QStringLiteral("%1 takes %2 from %3 to %4, not \"%5\"")
                           .arg(setting.origin, what).arg(minimum).arg(maximum).arg(setting.value));
    return value;
}

// The metrics token from the first line of its file: kept out of the command line (which any local user can read)
// and out of the configuration file.
Result<QByteArray> readMetricsToken(const Setting &setting)
{
    QFile file(setting.value);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return invalid(QStringLiteral("%1: cannot read %2: %3").arg(setting.origin, setting.value, file.errorString()));
    const QByteArray token = file.readLine(4096).trimmed();
    if (token.size() < 16)
        return invalid(QStringLiteral("%1: %2 must start with a token of at least 16 characters").arg(setting.origin, setting.value));
    return token;
}

} // namespace

QStringList configurationKeys()
{
    return {kListen, kDataDir, kDatabase, kThreads, kQuota, kSeedDemo, kMetricsTokenFile};
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {kConfig, QStringLiteral("Read settings from FILE, an INI file of key = value lines (keys: %1); the options "
                                 "below override it.").arg(configurationKeys().join(QStringLiteral(", "))),
         QStringLiteral("FILE")},
        {kListen, QStringLiteral("Address and port to listen on (default 127.0.0.1:8080; [::1]:8080 for IPv6)."),
         QStringLiteral("HOST:PORT")},
        {kDataDir, QStringLiteral("Where the media and the SQLite database live (default: <data location>/kongjian-server)."),
         QStringLiteral("DIR")},
        {kDatabase, QStringLiteral("The store: empty for SQLite in the data directory (the default), or a "
                                   "postgresql://USER:PASSWORD@HOST:PORT/DATABASE URL."),
         QStringLiteral("URL")},
        {kThreads, QStringLiteral("I/O threads (default 0: one per core, at least 2)."), QStringLiteral("N")},
        {kQuota, QStringLiteral("Upload quota of each user in MiB: media uploaded plus open uploads (default 1024)."),
         QStringLiteral("MIB")},
        {kSeedDemo, QStringLiteral("Add the demo accounts demo, xiaohong and dawei, password kongjian-demo (idempotent).")},
        {kMetricsTokenFile, QStringLiteral("Let whoever sends the token on FILE's first line as a Bearer token read "
                                           "/metrics from any address (default: loopback peers only)."),
         QStringLiteral("FILE")},
        {kCheckConfig, QStringLiteral("Check the settings, the data directory and the store, say what was found, and "
                                      "exit (0 when all is well, 1 otherwise).")},
        {kMigrate, QStringLiteral("Apply the store's pending schema migrations and exit.")},
    });
}

Result<ServerOptions> serverOptions(const QCommandLineParser &parser)
{
    ServerOptions options;
    if (parser.isSet(kCheckConfig) && parser.isSet(kMigrate))
        return invalid(QStringLiteral("--check-config and --migrate do not go together"));
    if (parser.isSet(kCheckConfig))
        options.action = ServerOptions::Action::CheckConfig;
    else if (parser.isSet(kMigrate))
        options.action = ServerOptions::Action::Migrate;
    if (!parser.positionalArguments().isEmpty())
        return invalid(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    QHash<QString, Setting> settings;
    if (parser.isSet(kConfig)) {
        options.configFile = parser.value(kConfig);
        Result<QHash<QString, Setting>> file = readConfigFile(options.configFile);
        if (!file)
            return file.error();
        settings = std::move(*file);
    }
    for (const QString &key : configurationKeys()) {
        if (!parser.isSet(key))
            continue;
        // A flag on the command line says "true"; its file key takes a value.
        const QString value = key == kSeedDemo ? QStringLiteral("true") : parser.value(key);
        settings.insert(key, {value, QStringLiteral("--") + key});
    }

    ServerConfig &config = options.config;
    if (const auto it = settings.constFind(kListen); it != settings.cend()) {
        const std::optional<ListenAddress> address = parseListenAddress(it->value);
        if (!address)
            return invalid(QStringLiteral("%1 takes HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080), not \"%2\"")
                               .arg(it->origin, it->value));
        config.address = address->host;
        config.port = address->port;
    }
    if (const auto it = settings.constFind(kDataDir); it != settings.cend()) {
        if (it->value.isEmpty())
            return invalid(QStringLiteral("%1 names no folder").arg(it->origin));
        config.dataDir = it->value;
    } else {
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kongjian-server");
    }
    if (const auto it = settings.constFind(kDatabase); it != settings.cend())
        config.database = it->value;
    if (const auto it = settings.constFind(kThreads); it != settings.cend()) {
        Result<qint64> threads = parseCount(*it, 0, 1024, QStringLiteral("a count of threads"));
        if (!threads)
            return threads.error();
        config.threads = int(*threads);
    }
    if (const auto it = settings.constFind(kQuota); it != settings.cend()) {
        Result<qint64> mib = parseCount(*it, 1, qint64(1) << 30, QStringLiteral("a size in MiB"));
        if (!mib)
            return mib.error();
        config.quotaBytes = *mib * 1024 * 1024;
    }
    if (const auto it = settings.constFind(kSeedDemo); it != settings.cend()) {
        Result<bool> seed = parseBool(*it);
        if (!seed)
            return seed.error();
        config.seedDemo = *seed;
    }
    if (const auto it = settings.constFind(kMetricsTokenFile); it != settings.cend() && !it->value.isEmpty()) {
        Result<QByteArray> token = readMetricsToken(*it);
        if (!token)
            return token.error();
        config.metricsToken = *token;
        options.metricsTokenFile = it->value;
    }
    return options;
}

} // namespace kj::server
