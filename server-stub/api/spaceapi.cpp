#include "server-stub/api/routes.h"

#include "models/domain/spacesettings.h"
#include "models/domain/timestamp.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/store/mediarepository.h"
#include "server-stub/store/spacerepository.h"
#include "server-stub/store/trackrepository.h"
#include "server-stub/store/transaction.h"

namespace kj::server::api {

namespace {
http::Response spaceResponse(const SpaceSettings &settings)
{
    return http::Response::json(200, {{QStringLiteral("space"), settings.toJson(SpaceSettings::View::Owner)}});
}

// Images in a space must be photos the caller uploaded (404 otherwise, as for a photo's mediaId).
Status checkImages(const QSqlDatabase &db, qint64 caller, const SpaceSettings &settings)
{
    store::MediaRepository media(db);
    const QList<std::pair<QString, QString>> images = {{QStringLiteral("avatarMediaId"), settings.avatarMediaId},
                                                       {QStringLiteral("coverMediaId"), settings.coverMediaId},
                                                       {QStringLiteral("backgroundMediaId"), settings.backgroundMediaId}};
    for (const auto &[field, id] : images) {
        if (id.isEmpty())
            continue;
        Result<bool> granted = media.hasGrant(caller, id);
        if (!granted)
            return granted.error();
        Result<std::optional<store::MediaRecord>> record = *granted ? media.find(id) : std::optional<store::MediaRecord>();
        if (!record)
            return record.error();
        if (!record->has_value())
            return fail(ErrorCode::NotFound, QStringLiteral("\"%1\": no such media among the caller's uploads").arg(field));
        if ((*record)->kind != MediaKind::Photo)
            return fail(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be a photo").arg(field));
    }
    return {};
}

// A playlist plays the owner's own live tracks (someone else's, a deleted one and a missing one alike are
// named, so the owner sees which id is wrong).
Status checkPlaylist(const QSqlDatabase &db, qint64 caller, const SpaceMusic &music)
{
    Result<QStringList> wrong = store::TrackRepository(db).notLiveTracksOf(caller, music.trackIds);
    if (!wrong)
        return wrong.error();
    if (!wrong->isEmpty()) {
        return fail(ErrorCode::InvalidField, QStringLiteral("\"music.trackIds\" names %1, which is not one of your tracks")
                                                 .arg(wrong->constFirst()));
    }
    return {};
}

ApiResult mySpace(const ApiContext &context, const Call &call)
{
    Result<SpaceSettings> settings = store::SpaceRepository(context.db()).load(call.caller->userId);
    if (!settings)
        return settings.error().code == ErrorCode::NotFound
                   ? fail(ErrorCode::Unauthorized, QStringLiteral("the account no longer exists"))
                   : settings.error();
    return spaceResponse(*settings);
}

ApiResult putMySpace(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<SpaceSettings> settings = SpaceSettings::fromRequest(*body);
    if (!settings)
        return settings.error();
    const QSqlDatabase db = context.db();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status status = checkImages(db, call.caller->userId, *settings); !status)
        return status.error();
    if (Status status = checkPlaylist(db, call.caller->userId, settings->music); !status)
        return status.error();
    if (Status status = store::SpaceRepository(db).save(call.caller->userId, *settings, nowUtc()); !status)
        return status.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return spaceResponse(*settings);
}
} // namespace

void addSpaceRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/me/space"), Access::SignedIn,
               [context](const Call &call) { return mySpace(context, call); });
    router.add("PUT", QStringLiteral("/api/v1/me/space"), Access::SignedIn,
               [context](const Call &call) { return putMySpace(context, call); });
}

} // namespace kj::server::api
