#include "app/network/apiclient.h"

#include "app/network/apireply.h"
#include "models/domain/apiversion.h"
#include "models/domain/jsonreader.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kj::app {

using namespace apireply;

namespace {

const QString kDiaryKind = QStringLiteral("diary");

kj::Result<DiaryPage> decodeDiaryPage(const QJsonObject &json, const QString &what)
{
    kj::Result<QList<kj::Diary>> items = decodeList<kj::Diary>(json, QStringLiteral("items"), what);
    if (!items)
        return items.error();
    kj::Result<QString> next = nextCursor(json, what);
    if (!next)
        return next.error();
    kj::Result<QList<kj::Reactions>> reactions = decodeList<kj::Reactions>(json, QStringLiteral("items"), what);
    if (!reactions)
        return reactions.error();
    return DiaryPage{*items, *next, *reactions};
}

// Without an answer's own code (a proxy's error page, say), the status decides.
kj::ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400: return kj::ErrorCode::BadRequest;
    case 401: return kj::ErrorCode::Unauthorized;
    case 403: return kj::ErrorCode::Forbidden;
    case 404: return kj::ErrorCode::NotFound;
    case 405: return kj::ErrorCode::MethodNotAllowed;
    case 409: return kj::ErrorCode::Conflict;
    case 413: return kj::ErrorCode::PayloadTooLarge;
    case 415: return kj::ErrorCode::UnsupportedMediaType;
    case 429: return kj::ErrorCode::TooManyRequests;
    case 431: return kj::ErrorCode::HeaderTooLarge;
    case 502:
    case 503:
    case 504: return kj::ErrorCode::Unavailable;
    default: return status >= 500 ? kj::ErrorCode::Internal : kj::ErrorCode::BadResponse;
    }
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager &network, QObject *parent) : QObject(parent), m_network(network) {}

ApiClient::~ApiClient()
{
    // Replies belong to the network manager, which may outlive us: no callback may reach a dead client.
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->setProperty("kjCancelled", true);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiClient::setServer(const QUrl &server)
{
    m_server = server;
}

void ApiClient::setToken(const QString &token)
{
    m_token = token;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

bool ApiClient::sendsPasswordsInClear(const QUrl &server)
{
    if (server.scheme() != u"http")
        return false;
    const QString host = server.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

bool ApiClient::isTransient(const kj::Error &error)
{
    switch (error.code) {
    case kj::ErrorCode::NetworkError:
    case kj::ErrorCode::Timeout:
    case kj::ErrorCode::Internal:
    case kj::ErrorCode::Unavailable:
    case kj::ErrorCode::TooManyRequests:
        return true;
    default:
        return false;
    }
}

std::optional<kj::Diary> ApiClient::conflictCurrent(const kj::Error &error)
{
    if (error.code != kj::ErrorCode::Conflict)
        return std::nullopt;
    const QJsonValue current = error.details.value(QStringLiteral("current"));
    if (!current.isObject())
        return std::nullopt;
    kj::Result<kj::Diary> diary = kj::Diary::fromJson(unwrap(current.toObject(), kDiaryKind));
    if (!diary)
        return std::nullopt;
    return *diary;
}

std::optional<qint64> ApiClient::conflictTombstoneRevision(const kj::Error &error)
{
    if (error.code != kj::ErrorCode::Conflict)
        return std::nullopt;
    const QJsonObject current = error.details.value(QStringLiteral("current")).toObject();
    const QJsonValue revision = current.value(QStringLiteral("revision"));
    if (!current.value(QStringLiteral("deleted")).toBool() || !revision.isDouble() || revision.toDouble() < 1)
        return std::nullopt;
    return static_cast<qint64>(revision.toDouble());
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const std::optional<QJsonObject> &body, const QObject *context, RawCallback done)
{
    if (!m_server.isValid() || m_server.host().isEmpty()) {
        // Answer asynchronously like every other outcome, so callers never see a callback inside the call.
        QMetaObject::invokeMethod(context ? const_cast<QObject *>(context) : this, [done = std::move(done)] {
            done(kj::fail(kj::ErrorCode::NetworkError, QStringLiteral("no server is set")), 0);
        }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const bool authenticated = !m_token.isEmpty();
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QByteArray data;
    if (body) {
        data = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, data);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight.remove(reply);
        reply->deleteLater();
    });
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [this, reply, authenticated, done = std::move(done)] {
                int status = 0;
                kj::Result<QJsonObject> result = interpret(*reply, status);
                if (status == 401 && authenticated)
                    Q_EMIT unauthorized();
                done(std::move(result), status);
            });
}

kj::Result<QJsonObject> ApiClient::interpret(QNetworkReply &reply, int &status) const
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QString where = reply.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (status == 0) {
        // Qt ends a transfer that stays silent past the transfer time-out by cancelling it.
        if (reply.error() == QNetworkReply::OperationCanceledError && !reply.property("kjCancelled").toBool())
            return kj::fail(kj::ErrorCode::Timeout, QStringLiteral("%1 did not answer in time").arg(where));
        if (reply.error() == QNetworkReply::TimeoutError)
            return kj::fail(kj::ErrorCode::Timeout, QStringLiteral("%1 did not answer in time").arg(where));
        if (reply.error() == QNetworkReply::OperationCanceledError)
            return kj::fail(kj::ErrorCode::Cancelled, QStringLiteral("the request was cancelled"));
        return kj::fail(kj::ErrorCode::NetworkError,
                        QStringLiteral("cannot reach %1: %2").arg(m_server.toDisplayString(), reply.errorString()));
    }
    const QByteArray bytes = reply.readAll();
    if (status >= 200 && status < 300) {
        if (bytes.trimmed().isEmpty())
            return QJsonObject();
        kj::Result<QJsonObject> json = kj::parseJsonObject(bytes);
        if (!json)
            return badResponse(where, json.error());
        return json;
    }
    if (status >= 400) {
        kj::Result<QJsonObject> json = kj::parseJsonObject(bytes);
        if (json && json->value(QStringLiteral("error")).isObject()) {
            kj::Error error = kj::Error::fromJson(*json);
            // A code this client does not know yet counts like the others of its status.
            if (error.code == kj::ErrorCode::BadResponse
                && json->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
                       != kj::errorCodeName(kj::ErrorCode::BadResponse)) {
                error.code = codeForStatus(status);
            }
            if (error.message.isEmpty())
                error.message = QStringLiteral("HTTP %1").arg(status);
            if (const QByteArray retryAfter = reply.rawHeader("Retry-After"); !retryAfter.isEmpty())
                error.details.insert(QStringLiteral("retryAfter"), QString::fromLatin1(retryAfter));
            return error;
        }
        return kj::fail(codeForStatus(status), QStringLiteral("%1 answered HTTP %2").arg(where).arg(status));
    }
    return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("%1 answered HTTP %2").arg(where).arg(status));
}

// --- typed calls (the whole space's are in apiclient_*.cpp) ---

void ApiClient::health(const QObject *context, Callback<void> done)
{
    send("GET", QStringLiteral("/healthz"), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::registerAccount(const kj::AccountRegistration &registration, const QObject *context,
                                Callback<kj::User> done)
{
    send("POST", api(QStringLiteral("/accounts")), {}, registration.toJson(), context,
         typed<kj::User>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::User>(unwrap(json, QStringLiteral("user")), QStringLiteral("registering"));
         }));
}

void ApiClient::createSession(const kj::SessionRequest &request, const QObject *context, Callback<kj::SessionGrant> done)
{
    send("POST", api(QStringLiteral("/sessions")), {}, request.toJson(), context,
         typed<kj::SessionGrant>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::SessionGrant>(json, QStringLiteral("signing in"));
         }));
}

void ApiClient::deleteCurrentSession(const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/sessions/current")), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::me(const QObject *context, Callback<kj::User> done)
{
    send("GET", api(QStringLiteral("/me")), {}, std::nullopt, context,
         typed<kj::User>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::User>(unwrap(json, QStringLiteral("user")), QStringLiteral("/me"));
         }));
}

void ApiClient::userProfile(const QString &username, const QObject *context, Callback<UserProfile> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username)), {}, std::nullopt, context,
         typed<UserProfile>(std::move(done), [](const QJsonObject &json) -> kj::Result<UserProfile> {
             const QString what = QStringLiteral("a profile request");
             kj::Result<kj::User> user = decodeOne<kj::User>(unwrap(json, QStringLiteral("user")), what);
             if (!user)
                 return user.error();
             UserProfile profile{*user, {}};
             if (json.value(QStringLiteral("space")).isObject()) {
                 kj::Result<kj::SpaceSettings> space =
                     decodeOne<kj::SpaceSettings>(json.value(QStringLiteral("space")).toObject(), what);
                 if (!space)
                     return space.error();
                 profile.space = *space;
             }
             return profile;
         }));
}

void ApiClient::friends(const QObject *context, Callback<QList<kj::Friend>> done)
{
    send("GET", api(QStringLiteral("/friends")), {}, std::nullopt, context,
         typed<QList<kj::Friend>>(std::move(done), [](const QJsonObject &json) {
             return decodeList<kj::Friend>(json, QStringLiteral("items"), QStringLiteral("the friends list"));
         }));
}

void ApiClient::sendFriendRequest(const QString &username, const QObject *context, Callback<kj::FriendRequest> done)
{
    send("POST", api(QStringLiteral("/friends/requests")), {}, QJsonObject{{QStringLiteral("username"), username}},
         context, typed<kj::FriendRequest>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::FriendRequest>(unwrap(json, QStringLiteral("request")), QStringLiteral("a friend request"));
         }));
}

void ApiClient::friendRequests(const QObject *context, Callback<FriendRequests> done)
{
    send("GET", api(QStringLiteral("/friends/requests")), {}, std::nullopt, context,
         typed<FriendRequests>(std::move(done), [](const QJsonObject &json) -> kj::Result<FriendRequests> {
             const QString what = QStringLiteral("the friend requests");
             kj::Result<QList<kj::FriendRequest>> incoming = decodeList<kj::FriendRequest>(json, QStringLiteral("incoming"), what);
             if (!incoming)
                 return incoming.error();
             kj::Result<QList<kj::FriendRequest>> outgoing = decodeList<kj::FriendRequest>(json, QStringLiteral("outgoing"), what);
             if (!outgoing)
                 return outgoing.error();
             return FriendRequests{*incoming, *outgoing};
         }));
}

void ApiClient::acceptFriendRequest(const QString &requestId, const QObject *context, Callback<kj::Friend> done)
{
    send("POST", api(QStringLiteral("/friends/requests/") + pathPart(requestId) + QStringLiteral("/accept")), {},
         std::nullopt, context, typed<kj::Friend>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::Friend>(unwrap(json, QStringLiteral("friend")), QStringLiteral("accepting a friend request"));
         }));
}

void ApiClient::declineFriendRequest(const QString &requestId, const QObject *context, Callback<void> done)
{
    send("POST", api(QStringLiteral("/friends/requests/") + pathPart(requestId) + QStringLiteral("/decline")), {},
         std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::removeFriend(const QString &username, const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/friends/") + pathPart(username)), {}, std::nullopt, context,
         noContent(std::move(done)));
}

void ApiClient::putDiary(const QString &id, const kj::DiaryWrite &write, const QObject *context,
                         Callback<DiaryWriteResult> done)
{
    send("PUT", api(QStringLiteral("/diaries/") + pathPart(id)), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::Diary> diary = decodeOne<kj::Diary>(unwrap(*raw, kDiaryKind), QStringLiteral("a diary write"));
             if (!diary) {
                 done(diary.error());
                 return;
             }
             done(DiaryWriteResult{*diary, status == 201});
         });
}

void ApiClient::diary(const QString &id, const QObject *context, Callback<kj::Diary> done)
{
    send("GET", api(QStringLiteral("/diaries/") + pathPart(id)), {}, std::nullopt, context,
         typed<kj::Diary>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::Diary>(unwrap(json, kDiaryKind), QStringLiteral("a diary request"));
         }));
}

void ApiClient::deleteDiary(const QString &id, const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/diaries/") + pathPart(id)), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::deleteDiary(const QString &id, qint64 baseRevision, const QObject *context, Callback<void> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("baseRevision"), QString::number(baseRevision));
    send("DELETE", api(QStringLiteral("/diaries/") + pathPart(id)), query, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::userDiaries(const QString &username, const QString &cursor, int limit, const QObject *context,
                            Callback<DiaryPage> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/diaries")),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<DiaryPage>(std::move(done), [](const QJsonObject &json) {
             return decodeDiaryPage(json, QStringLiteral("a diary list"));
         }));
}

void ApiClient::changes(const QString &since, int limit, const QObject *context, Callback<kj::ChangesPage> done)
{
    send("GET", api(QStringLiteral("/changes")), pageQuery(QStringLiteral("since"), since, limit), std::nullopt, context,
         typed<kj::ChangesPage>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::ChangesPage>(json, QStringLiteral("the changes"));
         }));
}

} // namespace kj::app
