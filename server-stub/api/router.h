#pragma once

#include "models/domain/result.h"
#include "server-stub/http/bodysink.h"
#include "server-stub/http/lane.h"
#include "server-stub/http/request.h"
#include "server-stub/http/response.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace kj::server::api {

//! The signed-in user a request was made by.
struct Caller {
    qint64 userId = 0;
    QString username;
    QByteArray tokenHash;
};

//! What a handler gets: the request, the values of the pattern's {params}, and the caller if signed in.
struct Call {
    const http::Request &request;
    QHash<QString, QString> params;
    std::optional<Caller> caller;

    [[nodiscard]] QString param(const QString &name) const { return params.value(name); }
    //! The caller's user id, if signed in.
    [[nodiscard]] std::optional<qint64> viewer() const { return caller ? std::optional(caller->userId) : std::nullopt; }
};

//! Who may call a route: anyone without looking at a token, anyone (a token given must be valid), or only
//! signed-in users.
enum class Access { Public, OptionalSignIn, SignedIn };

using ApiResult = Result<http::Response>;
using RouteHandler = std::function<ApiResult(const Call &)>;
//! Opens the sink a streamed route's body goes to, once its head has arrived and the caller is known;
//! an Error refuses the request before its body is read.
using BodyOpener = std::function<Result<std::shared_ptr<http::BodySink>>(const Call &)>;
//! Resolves the Authorization header: nullopt without one, Unauthorized for a bad or expired token.
using Authenticator = std::function<Result<std::optional<Caller>>(const http::Request &)>;

//! What a route's handler costs: most are cheap and run on the worker pool; a costly one (password hashing: tens
//! of milliseconds of CPU and 19 MiB) runs on the server's small pool for those, so few run at once and no cheap
//! request waits behind them; a trivial one (microseconds, never waits on a lock or the disk) is answered on the
//! I/O thread that read it (http/lane.h).
enum class Cost { Trivial, Cheap, Costly };

//! One route as the API documents it, e.g. {"PUT", "/api/v1/diaries/{id}"}.
struct RouteInfo {
    QByteArray method;
    QString pattern;
    friend bool operator==(const RouteInfo &, const RouteInfo &) = default;
};

//! Dispatches requests by method and path pattern ("/api/v1/diaries/{id}"): an unknown path is 404,
//! a known path with another method 405 with Allow. Resolves the caller before the handler runs and
//! turns every Error a handler returns into the wire's error answer.
class Router
{
public:
    explicit Router(Authenticator authenticate);

    void add(const QByteArray &method, const QString &pattern, Access access, RouteHandler handler,
             Cost cost = Cost::Cheap);
    //! A route whose body streams to the sink `open` makes (uploads) instead of into memory; the handler
    //! then finds it in call.request.bodySink.
    void addStreamed(const QByteArray &method, const QString &pattern, Access access, BodyOpener open,
                     RouteHandler handler);
    //! The transport's BodyPlanner: streamed routes get their sink (or their refusal, in the wire's
    //! error format), every other request its body in memory. Thread-safe once all routes are added.
    [[nodiscard]] http::BodyPlan planBody(const http::Request &head) const;
    //! The transport's LaneTest: the lane of the route the request goes to, by the Cost it was added with
    //! (Lane::Ordinary when none matches: its 404 or 405). Thread-safe once all routes are added.
    [[nodiscard]] http::Lane laneOf(const http::Request &request) const;
    //! Thread-safe once all routes are added.
    [[nodiscard]] http::Response handle(const http::Request &request) const;
    //! An answer and the route that gave it.
    struct Routed {
        http::Response response;
        int route = -1; // index in routes(); -1 when none matched (404, 405)
    };
    //! handle(), telling which route answered (a HEAD is answered by its GET route). Thread-safe once all routes are added.
    [[nodiscard]] Routed dispatch(const http::Request &request) const;
    //! The index in routes() of the route `request` goes to, -1 if none. Thread-safe once all routes are added.
    [[nodiscard]] int routeOf(const http::Request &request) const;
    [[nodiscard]] QList<RouteInfo> routes() const;

private:
    struct Route {
        RouteInfo info;
        QStringList segments;
        Access access;
        RouteHandler handler;
        BodyOpener open; // streamed routes only
        Cost cost = Cost::Cheap;
    };
    static std::optional<QHash<QString, QString>> match(const Route &route, const QStringList &segments);
    http::Response run(const Route &route, const http::Request &request, QHash<QString, QString> params) const;
    //! Resolves the caller as the route's access demands; the error answer otherwise.
    Result<std::optional<Caller>> caller(const Route &route, const http::Request &request) const;
    http::Response answerError(const Route &route, const http::Request &request, Error error) const;

    QList<Route> m_routes;
    Authenticator m_authenticate;
};

} // namespace kj::server::api
