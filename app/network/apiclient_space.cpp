// ApiClient's calls for the space itself: its settings (decoration), the guestbook and visitors.
#include "app/network/apiclient.h"
#include "app/network/apireply.h"

namespace kj::app {

using namespace apireply;

namespace {
const QString kSpace = QStringLiteral("space");
const QString kEntry = QStringLiteral("entry");

kj::Result<kj::SpaceSettings> decodeSpace(const QJsonObject &json, const QString &what)
{
    if (!json.value(kSpace).isObject())
        return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 has no \"space\"").arg(what));
    return decodeOne<kj::SpaceSettings>(json.value(kSpace).toObject(), what);
}

QString guestbookPath(const QString &username)
{
    return api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/guestbook"));
}

QString entryPath(const QString &entryId)
{
    return api(QStringLiteral("/guestbook/") + pathPart(entryId));
}
} // namespace

void ApiClient::mySpace(const QObject *context, Callback<kj::SpaceSettings> done)
{
    send("GET", api(QStringLiteral("/me/space")), {}, std::nullopt, context,
         typed<kj::SpaceSettings>(std::move(done), [](const QJsonObject &json) {
             return decodeSpace(json, QStringLiteral("reading my space"));
         }));
}

void ApiClient::putMySpace(const kj::SpaceSettings &settings, const QObject *context, Callback<kj::SpaceSettings> done)
{
    send("PUT", api(QStringLiteral("/me/space")), {}, settings.toJson(kj::SpaceSettings::View::Owner), context,
         typed<kj::SpaceSettings>(std::move(done), [](const QJsonObject &json) {
             return decodeSpace(json, QStringLiteral("decorating my space"));
         }));
}

void ApiClient::guestbook(const QString &username, const QString &cursor, int limit, const QObject *context,
                          Callback<GuestbookPage> done)
{
    send("GET", guestbookPath(username), pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<GuestbookPage>(std::move(done), [](const QJsonObject &json) -> kj::Result<GuestbookPage> {
             const QString what = QStringLiteral("a guestbook");
             kj::Result<QList<kj::GuestbookEntry>> items = decodeList<kj::GuestbookEntry>(json, QStringLiteral("items"), what);
             if (!items)
                 return items.error();
             kj::Result<QString> next = nextCursor(json, what);
             if (!next)
                 return next.error();
             return GuestbookPage{*items, *next};
         }));
}

void ApiClient::signGuestbook(const QString &username, const kj::GuestbookWrite &write, const QObject *context,
                              Callback<GuestbookWriteResult> done)
{
    send("POST", guestbookPath(username), {}, write.toJson(), context,
         [done = std::move(done)](kj::Result<QJsonObject> raw, int status) {
             if (!done)
                 return;
             if (!raw) {
                 done(raw.error());
                 return;
             }
             kj::Result<kj::GuestbookEntry> entry =
                 decodeOne<kj::GuestbookEntry>(unwrap(*raw, kEntry), QStringLiteral("signing a guestbook"));
             if (!entry) {
                 done(entry.error());
                 return;
             }
             done(GuestbookWriteResult{*entry, status == 201});
         });
}

void ApiClient::replyToGuestbookEntry(const QString &entryId, const kj::GuestbookReplyWrite &reply,
                                      const QObject *context, Callback<kj::GuestbookEntry> done)
{
    send("POST", entryPath(entryId) + QStringLiteral("/reply"), {}, reply.toJson(), context,
         typed<kj::GuestbookEntry>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::GuestbookEntry>(unwrap(json, kEntry), QStringLiteral("a guestbook reply"));
         }));
}

void ApiClient::deleteGuestbookEntry(const QString &entryId, const QObject *context, Callback<void> done)
{
    send("DELETE", entryPath(entryId), {}, std::nullopt, context, noContent(std::move(done)));
}

void ApiClient::recordVisit(const QString &username, const QObject *context, Callback<void> done)
{
    send("POST", api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/visits")), {}, std::nullopt,
         context, noContent(std::move(done)));
}

void ApiClient::myVisitors(int limit, const QObject *context, Callback<kj::VisitorList> done)
{
    send("GET", api(QStringLiteral("/me/visitors")), pageQuery(QStringLiteral("cursor"), QString(), limit), std::nullopt,
         context, typed<kj::VisitorList>(std::move(done), [](const QJsonObject &json) {
             return decodeOne<kj::VisitorList>(json, QStringLiteral("my visitors"));
         }));
}

} // namespace kj::app
