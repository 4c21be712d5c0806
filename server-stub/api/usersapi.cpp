#include "server-stub/api/routes.h"

#include "server-stub/store/spacerepository.h"
#include "server-stub/store/trackrepository.h"
#include "server-stub/store/userrepository.h"

namespace kj::server::api {

namespace {
// "space" is the whole SpaceSettings (a superset of the foundation's {title, motto}). A profile is the
// same to everyone but for the playlist, which holds only the tracks the viewer may see; only /me, the
// owner's own view, carries hideMyVisits.
ApiResult profileResponse(const ApiContext &context, const store::UserRecord &record, SpaceSettings::View view,
                          std::optional<qint64> viewer)
{
    Result<SpaceSettings> space = store::SpaceRepository(context.db()).load(record.id);
    if (!space)
        return space.error();
    Result<QStringList> playlist = store::TrackRepository(context.db()).visibleTrackIds(space->music.trackIds, viewer);
    if (!playlist)
        return playlist.error();
    space->music.trackIds = *playlist;
    return http::Response::json(200, {{QStringLiteral("user"), record.user.toJson()},
                                      {QStringLiteral("space"), space->toJson(view)}});
}

ApiResult me(const ApiContext &context, const Call &call)
{
    Result<std::optional<store::UserRecord>> user = store::UserRepository(context.db()).findById(call.caller->userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"));
    return profileResponse(context, **user, SpaceSettings::View::Owner, call.viewer());
}

ApiResult userProfile(const ApiContext &context, const Call &call)
{
    Result<std::optional<store::UserRecord>> user =
        store::UserRepository(context.db()).findByUsername(call.param(QStringLiteral("username")));
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    return profileResponse(context, **user, SpaceSettings::View::Visitor, call.viewer());
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
