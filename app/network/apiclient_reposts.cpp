#include "app/network/apiclient.h"

#include "app/network/apireply.h"

namespace kj::app {

using namespace apireply;

namespace {
const QString kRepostKey = QStringLiteral("repost");

kj::Result<RepostItem> decodeRepostItem(const QJsonObject &json, const QString &what)
{
    return decodeWithReactions<RepostItem, kj::Repost>(json, what);
}

kj::Result<RepostPage> decodeRepostPage(const QJsonObject &json, const QString &what)
{
    return decodePage<RepostPage>(json, what, decodeRepostItem);
}
} // namespace

void ApiClient::putRepost(const QString &id, const kj::RepostWrite &write, const QObject *context,
                          Callback<RepostWriteResult> done)
{
    send("PUT", api(QStringLiteral("/reposts/") + pathPart(id)), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::Repost> repost = decodeOne<kj::Repost>(unwrap(*raw, kRepostKey), QStringLiteral("a repost write"));
             if (!repost) {
                 done(repost.error());
                 return;
             }
             done(RepostWriteResult{*repost, status == 201});
         });
}

void ApiClient::repost(const QString &id, const QObject *context, Callback<RepostItem> done)
{
    send("GET", api(QStringLiteral("/reposts/") + pathPart(id)), {}, std::nullopt, context,
         typed<RepostItem>(std::move(done), [](const QJsonObject &json) {
             return decodeRepostItem(unwrap(json, kRepostKey), QStringLiteral("a repost request"));
         }));
}

void ApiClient::deleteRepost(const QString &id, const QObject *context, Callback<void> done)
{
    send("DELETE", api(QStringLiteral("/reposts/") + pathPart(id)), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::userReposts(const QString &username, const QString &cursor, int limit, const QObject *context,
                            Callback<RepostPage> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/reposts")),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<RepostPage>(std::move(done), [](const QJsonObject &json) {
             return decodeRepostPage(json, QStringLiteral("a repost list"));
         }));
}

void ApiClient::notifications(const QString &cursor, int limit, const QObject *context,
                              Callback<kj::NotificationPage> done)
{
    send("GET", api(QStringLiteral("/me/notifications")), pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt,
         context, typed<kj::NotificationPage>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::NotificationPage>(json, QStringLiteral("a notification list"));
         }));
}

void ApiClient::markNotificationsRead(const kj::NotificationsRead &read, const QObject *context, Callback<int> done)
{
    send("POST", api(QStringLiteral("/me/notifications/read")), {}, read.toJson(), context,
         typed<int>(std::move(done), [](const QJsonObject &json) -> kj::Result<int> {
             kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
             const qint64 unread = reader.integer(QStringLiteral("unreadCount"));
             if (kj::Status status = reader.finish(); !status)
                 return badResponse(QStringLiteral("marking notifications read"), status.error());
             return int(unread);
         }));
}

} // namespace kj::app
