#include "server-stub/api/routes.h"

#include "models/domain/timestamp.h"
#include "models/domain/user.h"
#include "server-stub/api/errorstatus.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/security/passwordhasher.h"
#include "server-stub/security/sessiontoken.h"
#include "server-stub/store/loginthrottle.h"
#include "server-stub/store/sessionrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

namespace kj::server::api {

namespace {
ApiResult createSession(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<SessionRequest> request = SessionRequest::fromRequest(*body);
    if (!request)
        return request.error();

    const QSqlDatabase db = context.db();
    store::LoginThrottle throttle(db);
    const QString address = call.request.remoteAddress;
    Result<std::optional<int>> wait = throttle.retryAfter(request->username, address, nowUtc());
    if (!wait)
        return wait.error();
    if (wait->has_value()) {
        http::Response response = errorResponse(
            fail(ErrorCode::TooManyRequests, QStringLiteral("too many failed sign-ins; try again in %1 seconds").arg(**wait)));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(**wait)});
        return response;
    }

    Result<std::optional<store::UserRecord>> user = store::UserRepository(db).findByUsername(request->username);
    if (!user)
        return user.error();
    // An unknown user costs one Argon2 verification too, so the answer's timing does not tell who exists.
    const std::optional<QString> hash = user->has_value() ? std::optional((*user)->passwordHash) : std::nullopt;
    const bool verified = context.passwords->verifyOrDummy(request->password, hash);

    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (!verified) {
        if (Status status = throttle.recordFailure(request->username, address, now); !status)
            return status.error();
        if (Status status = transaction->commit(); !status)
            return status.error();
        return fail(ErrorCode::BadCredentials, QStringLiteral("wrong username or password"));
    }
    const QByteArray token = SessionToken::generate();
    const QDateTime expiresAt = now.addDays(SessionToken::kLifetimeDays);
    store::SessionRepository sessions(db);
    if (Status status = throttle.clearAccount(request->username); !status)
        return status.error();
    if (Status status = sessions.purgeExpired(now); !status)
        return status.error();
    if (Status status = sessions.create(SessionToken::hash(token), (*user)->id, request->device, now, expiresAt); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    const SessionGrant grant{QString::fromLatin1(token), expiresAt, (*user)->user};
    return http::Response::json(201, grant.toJson());
}

ApiResult endSession(const ApiContext &context, const Call &call)
{
    if (Status status = store::SessionRepository(context.db()).revoke(call.caller->tokenHash); !status)
        return status.error();
    return http::Response::noContent();
}
} // namespace

void addSessionRoutes(Router &router, const ApiContext &context)
{
    router.add("POST", QStringLiteral("/api/v1/sessions"), Access::Public,
               [context](const Call &call) { return createSession(context, call); }, Cost::Costly); // Argon2id
    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), Access::SignedIn,
               [context](const Call &call) { return endSession(context, call); });
}

} // namespace kj::server::api
