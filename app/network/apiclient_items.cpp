#include "app/network/apiclient.h"
#include "app/network/apireply.h"

#include "models/domain/ids.h"

#include <QJsonArray>

// Items that are written like diaries (说说, reposts, albums, photos, tracks) as plain JSON, for the sync,
// which keeps them as the server's JSON and sends each kind's write fields (app/sync/revisionedkinds.h).

namespace kj::app {

using namespace apireply;

namespace {
QString itemPath(const QString &collection, const QString &id)
{
    return api(u'/' + pathPart(collection) + u'/' + pathPart(id));
}

//! The item an answer holds under `key`, checked for what the cache needs: an object with a valid id.
kj::Result<QJsonObject> itemOf(const QJsonObject &json, const QString &key, const QString &what)
{
    const QJsonValue inner = json.value(key);
    if (!inner.isObject() || !kj::isValidItemId(inner.toObject().value(QStringLiteral("id")).toString())) {
        return kj::fail(kj::ErrorCode::BadResponse,
                        QStringLiteral("the server's answer to %1 holds no \"%2\" with an id").arg(what, key));
    }
    return inner.toObject();
}
} // namespace

void ApiClient::putItemJson(const QString &collection, const QString &id, const QJsonObject &body, const QString &answerKey,
                            const QObject *context, Callback<ItemJsonWrite> done)
{
    send("PUT", itemPath(collection, id), {}, body, context,
         [done = std::move(done), answerKey, collection](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<QJsonObject> item = itemOf(*raw, answerKey, QStringLiteral("a write of %1").arg(collection));
             if (!item) {
                 done(item.error());
                 return;
             }
             done(ItemJsonWrite{*item, status == 201});
         });
}

void ApiClient::deleteItemJson(const QString &collection, const QString &id, const QObject *context, Callback<void> done)
{
    send("DELETE", itemPath(collection, id), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::userItemsJson(const QString &username, const QString &collection, const QString &cursor, int limit,
                              const QObject *context, Callback<ItemJsonPage> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username) + u'/' + pathPart(collection)),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<ItemJsonPage>(std::move(done), [collection](const QJsonObject &json) -> kj::Result<ItemJsonPage> {
             const QString what = QStringLiteral("a list of %1").arg(collection);
             return decodePage<ItemJsonPage>(json, what, [](const QJsonObject &item, const QString &about) -> kj::Result<QJsonObject> {
                 if (!kj::isValidItemId(item.value(QStringLiteral("id")).toString()))
                     return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 lists an item without an id").arg(about));
                 return item;
             });
         }));
}

} // namespace kj::app
