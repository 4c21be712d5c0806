// ApiClient's calls for my friend groups (an audience items can name).
#include "app/network/apiclient.h"
#include "app/network/apireply.h"

namespace kj::app {

using namespace apireply;

namespace {
const QString kGroup = QStringLiteral("group");

QString groupPath(const QString &id)
{
    return api(QStringLiteral("/me/groups/") + pathPart(id));
}
} // namespace

void ApiClient::myGroups(const QObject *context, Callback<QList<kj::FriendGroup>> done)
{
    send("GET", api(QStringLiteral("/me/groups")), {}, std::nullopt, context,
         typed<QList<kj::FriendGroup>>(std::move(done), [](const QJsonObject &json) {
             return decodeList<kj::FriendGroup>(json, QStringLiteral("items"), QStringLiteral("my friend groups"));
         }));
}

void ApiClient::myGroup(const QString &id, const QObject *context, Callback<kj::FriendGroup> done)
{
    send("GET", groupPath(id), {}, std::nullopt, context, typed<kj::FriendGroup>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::FriendGroup>(unwrap(json, kGroup), QStringLiteral("a friend group"));
         }));
}

void ApiClient::putMyGroup(const QString &id, const kj::FriendGroupWrite &write, const QObject *context,
                           Callback<GroupWriteResult> done)
{
    send("PUT", groupPath(id), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::FriendGroup> group = decodeOne<kj::FriendGroup>(unwrap(*raw, kGroup), QStringLiteral("saving a friend group"));
             if (!group) {
                 done(group.error());
                 return;
             }
             done(GroupWriteResult{*group, status == 201});
         });
}

void ApiClient::deleteMyGroup(const QString &id, const QObject *context, Callback<void> done)
{
    send("DELETE", groupPath(id), {}, std::nullopt, context, noContent(std::move(done)));
}

} // namespace kj::app
