#include "server-stub/api/routes.h"

#include "models/domain/timestamp.h"
#include "server-stub/security/sessiontoken.h"
#include "server-stub/store/sessionrepository.h"

namespace kj::server::api {

void addApiRoutes(Router &router, const ApiContext &context)
{
    addHealthRoutes(router, context);
    addMetricsRoutes(router, context);
    addAccountRoutes(router, context);
    addSessionRoutes(router, context);
    addUserRoutes(router, context);
    addFriendRoutes(router, context);
    addDiaryRoutes(router, context);
    addFeedRoutes(router, context);
    addChangeRoutes(router, context);
    addSpaceRoutes(router, context);
    addGuestbookRoutes(router, context);
    addVisitRoutes(router, context);
    addPostRoutes(router, context);
    addCommentRoutes(router, context);
    addLikeRoutes(router, context);
    addUploadRoutes(router, context);
    addAlbumRoutes(router, context);
    addPhotoRoutes(router, context);
    addMediaRoutes(router, context);
    addGroupRoutes(router, context);
    addTrackRoutes(router, context);
    addRepostRoutes(router, context);
    addNotificationRoutes(router, context);
}

QList<RouteInfo> apiRoutes()
{
    Router router([](const http::Request &) { return Result<std::optional<Caller>>(std::nullopt); });
    addApiRoutes(router, ApiContext{}); // handlers are only listed, never called
    return router.routes();
}

Authenticator bearerAuthenticator(const ApiContext &context)
{
    return [context](const http::Request &request) -> Result<std::optional<Caller>> {
        const QByteArray header = request.header("authorization").trimmed();
        if (header.isEmpty())
            return std::optional<Caller>();
        if (!header.startsWith("Bearer ") || header.size() <= 7)
            return fail(ErrorCode::Unauthorized, QStringLiteral("the Authorization header must be \"Bearer <token>\""));
        const QByteArray tokenHash = SessionToken::hash(header.mid(7).trimmed());
        Result<std::optional<store::UserRecord>> user = store::SessionRepository(context.db()).findUser(tokenHash, nowUtc());
        if (!user)
            return user.error();
        if (!user->has_value())
            return fail(ErrorCode::Unauthorized, QStringLiteral("the session has expired or was ended; sign in again"));
        return std::optional<Caller>(Caller{(*user)->id, (*user)->user.username, tokenHash});
    };
}

} // namespace kj::server::api
