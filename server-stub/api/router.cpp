#include "server-stub/api/router.h"

#include "server-stub/api/errorstatus.h"

#include <QLoggingCategory>
#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcApi, "kj.server.api")

namespace kj::server::api {

Router::Router(Authenticator authenticate) : m_authenticate(std::move(authenticate)) {}

void Router::add(const QByteArray &method, const QString &pattern, Access access, RouteHandler handler, Cost cost)
{
    m_routes.append(Route{{method, pattern}, pattern.split(u'/'), access, std::move(handler), {}, cost});
}

void Router::addStreamed(const QByteArray &method, const QString &pattern, Access access, BodyOpener open,
                         RouteHandler handler)
{
    m_routes.append(Route{{method, pattern}, pattern.split(u'/'), access, std::move(handler), std::move(open)});
}

http::BodyPlan Router::planBody(const http::Request &head) const
{
    const QStringList segments = head.path.split(u'/');
    for (const Route &route : m_routes) {
        if (!route.open || route.info.method != head.method)
            continue;
        std::optional<QHash<QString, QString>> params = match(route, segments);
        if (!params)
            continue;
        Result<std::shared_ptr<http::BodySink>> sink = fail(ErrorCode::Internal, QStringLiteral("no sink"));
        try {
            Result<std::optional<Caller>> who = caller(route, head);
            if (!who)
                return http::BodyPlan::refuse(answerError(route, head, who.error()));
            sink = route.open(Call{head, std::move(*params), *who});
        } catch (const std::exception &e) {
            sink = fail(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
        }
        if (!sink)
            return http::BodyPlan::refuse(answerError(route, head, sink.error()));
        return http::BodyPlan::stream(std::move(sink).value());
    }
    return http::BodyPlan::inMemory();
}

http::Lane Router::laneOf(const http::Request &request) const
{
    const QStringList segments = request.path.split(u'/');
    for (const Route &route : m_routes) {
        const bool sameMethod = route.info.method == request.method
                                || (request.method == "HEAD" && route.info.method == "GET"); // as handle() does
        if (route.cost != Cost::Cheap && sameMethod && match(route, segments))
            return route.cost == Cost::Costly ? http::Lane::Costly : http::Lane::Inline;
    }
    return http::Lane::Ordinary;
}

Result<std::optional<Caller>> Router::caller(const Route &route, const http::Request &request) const
{
    if (route.access == Access::Public)
        return std::optional<Caller>();
    Result<std::optional<Caller>> caller = m_authenticate(request);
    if (caller && !caller->has_value() && route.access == Access::SignedIn)
        return fail(ErrorCode::Unauthorized, QStringLiteral("sign in first (Authorization: Bearer <token>)"));
    return caller;
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> infos;
    for (const Route &route : m_routes)
        infos.append(route.info);
    return infos;
}

std::optional<QHash<QString, QString>> Router::match(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (segments.at(i).isEmpty())
                return std::nullopt;
            params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return std::nullopt;
        }
    }
    return params;
}

http::Response Router::handle(const http::Request &request) const
{
    return dispatch(request).response;
}

int Router::routeOf(const http::Request &request) const
{
    const QStringList segments = request.path.split(u'/');
    int getForHead = -1;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        const bool sameMethod = route.info.method == request.method;
        const bool headOfGet = request.method == "HEAD" && route.info.method == "GET" && getForHead < 0;
        if (!sameMethod && !headOfGet)
            continue;
        if (!match(route, segments))
            continue;
        if (sameMethod)
            return int(i);
        getForHead = int(i);
    }
    return getForHead;
}

Router::Routed Router::dispatch(const http::Request &request) const
{
    const QStringList segments = request.path.split(u'/');
    QByteArrayList allowed;
    int getForHead = -1;
    std::optional<QHash<QString, QString>> getParams;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        std::optional<QHash<QString, QString>> params = match(route, segments);
        if (!params)
            continue;
        if (route.info.method == request.method)
            return {run(route, request, std::move(*params)), int(i)};
        if (!allowed.contains(route.info.method))
            allowed.append(route.info.method);
        if (route.info.method == "GET" && getForHead < 0) {
            getForHead = int(i);
            getParams = std::move(params);
        }
    }
    // HEAD is GET without the body (RFC 9110 §9.3.2): the transport sends the GET route's head alone.
    if (request.method == "HEAD" && getForHead >= 0)
        return {run(m_routes.at(getForHead), request, std::move(*getParams)), getForHead};
    if (allowed.contains("GET") && !allowed.contains("HEAD"))
        allowed.append("HEAD");
    if (allowed.isEmpty())
        return {errorResponse(fail(ErrorCode::NotFound, QStringLiteral("there is nothing at %1").arg(request.path))), -1};
    std::sort(allowed.begin(), allowed.end());
    http::Response response = errorResponse(fail(
        ErrorCode::MethodNotAllowed,
        QStringLiteral("%1 is not allowed here").arg(QString::fromLatin1(request.method))));
    response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return {std::move(response), -1};
}

http::Response Router::run(const Route &route, const http::Request &request, QHash<QString, QString> params) const
{
    Call call{request, std::move(params), std::nullopt};
    ApiResult result = fail(ErrorCode::Internal, QStringLiteral("no answer"));
    try {
        Result<std::optional<Caller>> who = caller(route, request);
        if (!who) {
            result = who.error();
        } else {
            call.caller = *who;
            result = route.handler(call);
        }
    } catch (const std::exception &e) {
        result = fail(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
    }
    if (result)
        return std::move(result).value();
    return answerError(route, request, result.error());
}

http::Response Router::answerError(const Route &route, const http::Request &request, Error error) const
{
    if (httpStatusFor(error.code) >= 500) {
        // Store and other internal details go to the log, not to the client.
        qCWarning(lcApi).noquote() << request.method << route.info.pattern << error.message;
        error.message = QStringLiteral("the server failed to answer; the error is in its log");
        error.details = {};
    }
    http::Response response = errorResponse(error);
    if (error.code == ErrorCode::Unauthorized)
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return response;
}

} // namespace kj::server::api
