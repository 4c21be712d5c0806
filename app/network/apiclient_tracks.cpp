// ApiClient's calls for tracks (the bytes go up first with MediaUpload, kind track).
#include "app/network/apiclient.h"
#include "app/network/apireply.h"

#include <QJsonArray>

namespace kj::app {

using namespace apireply;

namespace {
const QString kTrackKey = QStringLiteral("track");

kj::Result<TrackItem> decodeTrackItem(const QJsonObject &json, const QString &what)
{
    return decodeWithReactions<TrackItem, kj::Track>(json, what);
}

kj::Result<TrackPage> decodeTrackPage(const QJsonObject &json, const QString &what)
{
    return decodePage<TrackPage>(json, what, decodeTrackItem);
}
} // namespace

void ApiClient::putTrack(const QString &id, const kj::TrackWrite &write, const QObject *context, Callback<TrackWriteResult> done)
{
    send("PUT", api(QStringLiteral("/tracks/") + pathPart(id)), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::Track> track = decodeOne<kj::Track>(unwrap(*raw, kTrackKey), QStringLiteral("writing a track"));
             if (!track) {
                 done(track.error());
                 return;
             }
             done(TrackWriteResult{*track, status == 201});
         });
}

void ApiClient::track(const QString &id, const QObject *context, Callback<TrackItem> done)
{
    send("GET", api(QStringLiteral("/tracks/") + pathPart(id)), {}, std::nullopt, context,
         typed<TrackItem>(std::move(done), [](const QJsonObject &json) {
             return decodeTrackItem(unwrap(json, kTrackKey), QStringLiteral("a track request"));
         }));
}

void ApiClient::deleteTrack(const QString &id, const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/tracks/") + pathPart(id)), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::userTracks(const QString &username, const QString &cursor, int limit, const QObject *context,
                           Callback<TrackPage> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/tracks")),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<TrackPage>(std::move(done), [](const QJsonObject &json) {
             return decodeTrackPage(json, QStringLiteral("a track list"));
         }));
}

} // namespace kj::app
