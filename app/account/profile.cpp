#include "app/account/profile.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace kj::app {

namespace {
const QString kSettingsFile = QStringLiteral("settings.json");
const QString kAccountFile = QStringLiteral("account.json");

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<QJsonObject> json = kj::parseJsonObject(file.readAll());
    if (!json)
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("%1 is damaged: %2").arg(path, json.error().message));
    return json;
}

Status writeJsonFile(const QString &path, const QJsonObject &json, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Before a single byte is written, so a token never sits in a file others may read.
    file.setPermissions(permissions);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

Profile::Profile(QString directory) : m_directory(QDir(directory).absolutePath()) {}

QString Profile::defaultDirectory()
{
    const QString location = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(location.isEmpty() ? QDir::homePath() : location).filePath(QStringLiteral("kongjian"));
}

QString Profile::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

Status Profile::ensureDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot create the profile folder %1").arg(m_directory));
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

QUrl Profile::server() const
{
    Result<QJsonObject> settings = readJsonFile(filePath(kSettingsFile));
    if (settings) {
        Result<QUrl> url = parseServerUrl(settings->value(QStringLiteral("server")).toString());
        if (url)
            return *url;
    }
    return kDefaultServer;
}

Status Profile::setServer(const QUrl &server)
{
    if (Status status = ensureDirectory(); !status)
        return status;
    Result<QJsonObject> settings = readJsonFile(filePath(kSettingsFile));
    QJsonObject json = settings ? *settings : QJsonObject();
    json.insert(QStringLiteral("server"), server.toString());
    return writeJsonFile(filePath(kSettingsFile), json, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

std::optional<Account> Profile::account() const
{
    Result<QJsonObject> json = readJsonFile(filePath(kAccountFile));
    if (!json || json->isEmpty())
        return std::nullopt;
    JsonReader reader(*json, JsonReader::Mode::Lenient);
    Account account;
    const QString server = reader.string(QStringLiteral("server"));
    const QJsonObject user = reader.object(QStringLiteral("user"));
    account.token = reader.optionalString(QStringLiteral("token")).value_or(QString());
    account.expiresAt = reader.optionalTimestamp(QStringLiteral("expiresAt")).value_or(QDateTime());
    if (!reader.finish())
        return std::nullopt;
    Result<QUrl> url = parseServerUrl(server);
    Result<kj::User> parsedUser = kj::User::fromJson(user);
    if (!url || !parsedUser)
        return std::nullopt;
    account.server = *url;
    account.user = *parsedUser;
    if (account.expiresAt.isValid() && account.expiresAt <= kj::nowUtc())
        account.token.clear(); // an expired session is a signed-out one
    return account;
}

Status Profile::saveAccount(const Account &account)
{
    if (Status status = ensureDirectory(); !status)
        return status;
    QJsonObject json{{QStringLiteral("server"), account.server.toString()}, {QStringLiteral("user"), account.user.toJson()}};
    if (!account.token.isEmpty())
        json.insert(QStringLiteral("token"), account.token);
    if (account.expiresAt.isValid())
        json.insert(QStringLiteral("expiresAt"), kj::toRfc3339(account.expiresAt));
    if (Status status = writeJsonFile(filePath(kAccountFile), json, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !status)
        return status;
    return setServer(account.server);
}

Status Profile::forgetToken()
{
    std::optional<Account> current = account();
    if (!current)
        return {};
    current->token.clear();
    current->expiresAt = QDateTime();
    return saveAccount(*current);
}

Result<QString> Profile::storePath(const QUrl &server, const QString &username) const
{
    if (!kj::isValidUsername(username))
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("\"%1\" is not a username").arg(username));
    const QString folder = filePath(QStringLiteral("accounts/%1/%2").arg(serverKey(server), username));
    if (!QDir().mkpath(folder))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot create the folder %1").arg(folder));
    return QDir(folder).filePath(QStringLiteral("kongjian.sqlite"));
}

QString Profile::serverKey(const QUrl &server)
{
    QString host = server.host(QUrl::FullyEncoded).toLower();
    // Only characters that are safe in a file name on every system.
    for (QChar &c : host) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            c = u'_';
    }
    const int port = server.port(server.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1_%2").arg(host).arg(port);
}

Result<QUrl> Profile::parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid())
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("\"%1\" is not a server address").arg(text));
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a server address starts with http:// or https:// (got \"%1\")").arg(text));
    }
    if (url.host().isEmpty())
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("\"%1\" names no host").arg(text));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/"))
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a server address is just scheme, host and port (got \"%1\")").arg(text));
    url.setPath(QString());
    return url;
}

} // namespace kj::app
