#include "app/network/apiclient.h"

#include "app/network/apireply.h"

namespace kj::app {

using namespace apireply;

namespace {
const QString kRepostKey = QStringLiteral("repost");

kj::Result<RepostItem> decodeRepostItem(const QJsonObject &json, const QString &what)
{
    kj::Result<kj::Repost> repost = decodeOne<kj::Repost>(json, what);
    if (!repost)
        return repost.error();
    kj::Result<kj::Reactions> reactions = decodeOne<kj::Reactions>(json, what);
    if (!reactions)
        return reactions.error();
    return RepostItem{*repost, *reactions};
}

kj::Result<RepostPage> decodeRepostPage(const QJsonObject &json, const QString &what)
{
    kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
    const QJsonArray array = reader.array(QStringLiteral("items"));
    if (kj::Status status = reader.finish(); !status)
        return badResponse(what, status.error());
    RepostPage page;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 lists a non-object").arg(what));
        kj::Result<RepostItem> item = decodeRepostItem(value.toObject(), what);
        if (!item)
            return item.error();
        page.items.append(*item);
    }
    kj::Result<QString> next = nextCursor(json, what);
    if (!next)
        return next.error();
    page.nextCursor = *next;
    return page;
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
