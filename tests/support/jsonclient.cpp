#include "tests/support/jsonclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString TestReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

JsonClient::JsonClient(QString baseUrl) : m_baseUrl(std::move(baseUrl))
{
    // Tests talk to loopback only; an http_proxy in the environment must not get in between.
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

TestReply JsonClient::get(const QString &path, const QString &token)
{
    return send("GET", path, {}, {}, token);
}

TestReply JsonClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token);
}

TestReply JsonClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token);
}

TestReply JsonClient::del(const QString &path, const QString &token)
{
    return send("DELETE", path, {}, {}, token);
}

TestReply JsonClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, const QString &token)
{
    TestReply result = sendOnce(method, path, body, contentType, token);
    // A test comparing statuses then shows why there was none (a bad URL found this way: "Connection refused").
    if (result.status == 0 && !result.transportError.isEmpty())
        qWarning("JsonClient: %s %s got no answer: %s", method.constData(), qUtf8Printable(path),
                 qUtf8Printable(result.transportError));
    return result;
}

TestReply JsonClient::sendOnce(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QByteArray &contentType, const QString &token)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    // A custom "HEAD" would wait for the body its Content-Length announces: Qt knows HEAD only through head().
    QNetworkReply *reply = method == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(30000);
    if (!reply->isFinished())
        loop.exec();

    TestReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.json = QJsonDocument::fromJson(result.body).object();
        if (result.status == 0)
            result.transportError = reply->errorString();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

QString JsonClient::passwordFor(const QString &username)
{
    return QStringLiteral("correct horse ") + username;
}

QString JsonClient::signUp(const QString &username)
{
    const TestReply created = post(QStringLiteral("/api/v1/accounts"),
                                   {{QStringLiteral("username"), username},
                                    {QStringLiteral("password"), passwordFor(username)},
                                    {QStringLiteral("displayName"), username}});
    if (created.status != 201)
        return {};
    return signIn(username, passwordFor(username));
}

QString JsonClient::signIn(const QString &username, const QString &password)
{
    const TestReply session = post(QStringLiteral("/api/v1/sessions"),
                                   {{QStringLiteral("username"), username},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("device"), QStringLiteral("test")}});
    return session.status == 201 ? session.json.value(QStringLiteral("token")).toString() : QString();
}

QJsonObject JsonClient::diaryWrite(const QString &title, const QString &body, const QString &visibility,
                                   std::optional<qint64> baseRevision)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("visibility"), visibility},
            {QStringLiteral("baseRevision"), baseRevision ? QJsonValue(*baseRevision) : QJsonValue()}};
}

bool JsonClient::befriend(const QString &tokenA, const QString &usernameB, const QString &tokenB)
{
    const TestReply request = post(QStringLiteral("/api/v1/friends/requests"), {{QStringLiteral("username"), usernameB}}, tokenA);
    if (request.status != 201)
        return false;
    const QString id = request.json.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toString();
    return post(QStringLiteral("/api/v1/friends/requests/") + id + QStringLiteral("/accept"), {}, tokenB).status == 200;
}
