#include "server-stub/api/routes.h"

#include "server-stub/store/userrepository.h"

namespace kj::server::api {

namespace {
QJsonObject profileJson(const store::UserRecord &record)
{
    return {{QStringLiteral("user"), record.user.toJson()}, {QStringLiteral("space"), record.space.toJson()}};
}

ApiResult me(const ApiContext &context, const Call &call)
{
    Result<std::optional<store::UserRecord>> user = store::UserRepository(context.db()).findById(call.caller->userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
    return http::Response::json(200, profileJson(**user));
}

ApiResult userProfile(const ApiContext &context, const Call &call)
{
    Result<std::optional<store::UserRecord>> user =
        store::UserRepository(context.db()).findByUsername(call.param(QStringLiteral("username")));
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    return http::Response::json(200, profileJson(**user));
}
} // namespace

void addUserRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/me"), Access::SignedIn,
               [context](const Call &call) { return me(context, call); });
    router.add("GET", QStringLiteral("/api/v1/users/{username}"), Access::OptionalSignIn,
               [context](const Call &call) { return userProfile(context, call); });
}

} // namespace kj::server::api
