#pragma once

// Internal to ApiClient: the pieces every apiclient*.cpp file uses to build paths and to decode answers.
// Not for other callers; ApiClient's public interface is apiclient.h.

#include "app/network/apiclient.h"
#include "models/domain/apiversion.h"
#include "models/domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace kj::app::apireply {

//! BadResponse naming the call, for an answer that does not hold what the contract says.
[[nodiscard]] inline kj::Error badResponse(const QString &what, const kj::Error &cause)
{
    return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 is not as expected: %2")
                                                    .arg(what, cause.message));
}

//! The contract wraps single items ({"diary": {...}}); take the inner object when it is there.
[[nodiscard]] inline QJsonObject unwrap(const QJsonObject &json, const QString &key)
{
    const QJsonValue inner = json.value(key);
    return inner.isObject() ? inner.toObject() : json;
}

template<typename T>
[[nodiscard]] kj::Result<T> decodeOne(const QJsonObject &json, const QString &what)
{
    kj::Result<T> result = T::fromJson(json);
    if (!result)
        return badResponse(what, result.error());
    return result;
}

template<typename T>
[[nodiscard]] kj::Result<QList<T>> decodeList(const QJsonObject &json, const QString &key, const QString &what)
{
    kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
    const QJsonArray array = reader.array(key);
    if (kj::Status status = reader.finish(); !status)
        return badResponse(what, status.error());
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 lists a non-object").arg(what));
        kj::Result<T> item = T::fromJson(value.toObject());
        if (!item)
            return badResponse(what, item.error());
        items.append(*item);
    }
    return items;
}

//! The `nextCursor` of a page answer; empty on the last page.
[[nodiscard]] inline kj::Result<QString> nextCursor(const QJsonObject &json, const QString &what)
{
    kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
    const std::optional<QString> next = reader.optionalString(QStringLiteral("nextCursor"), 0, 1024);
    if (kj::Status status = reader.finish(); !status)
        return badResponse(what, status.error());
    return next.value_or(QString());
}

//! An item of a list or a single answer with its reactions: Item is an aggregate {T value; kj::Reactions}
//! (PostItem, RepostItem, TrackItem), T decoded by its fromJson.
template<typename Item, typename T>
[[nodiscard]] kj::Result<Item> decodeWithReactions(const QJsonObject &json, const QString &what)
{
    kj::Result<T> value = decodeOne<T>(json, what);
    if (!value)
        return value.error();
    kj::Result<kj::Reactions> reactions = decodeOne<kj::Reactions>(json, what);
    if (!reactions)
        return reactions.error();
    return Item{*value, *reactions};
}

//! A page answer {items: [...], nextCursor}: Page has `items` and `nextCursor`, each item decoded by
//! decodeItem(QJsonObject, what) -> kj::Result<item>.
template<typename Page, typename DecodeItem>
[[nodiscard]] kj::Result<Page> decodePage(const QJsonObject &json, const QString &what, DecodeItem decodeItem)
{
    kj::JsonReader reader(json, kj::JsonReader::Mode::Lenient);
    const QJsonArray array = reader.array(QStringLiteral("items"));
    if (kj::Status status = reader.finish(); !status)
        return badResponse(what, status.error());
    Page page;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 lists a non-object").arg(what));
        auto item = decodeItem(value.toObject(), what);
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

//! One path segment, percent-encoded.
[[nodiscard]] inline QString pathPart(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

//! A raw answer handler that decodes a success with `decode` and hands errors on.
template<typename T, typename Decode>
[[nodiscard]] auto typed(ApiClient::Callback<T> done, Decode decode)
{
    return [done = std::move(done), decode = std::move(decode)](kj::Result<QJsonObject> raw, int) {
        if (!done)
            return;
        if (!raw) {
            done(raw.error());
            return;
        }
        done(decode(*raw));
    };
}

//! A raw answer handler for calls whose success carries nothing.
[[nodiscard]] inline auto noContent(ApiClient::Callback<void> done)
{
    return [done = std::move(done)](kj::Result<QJsonObject> raw, int) {
        if (!done)
            return;
        if (!raw)
            done(raw.error());
        else
            done(kj::Status());
    };
}

//! An API path under /api/v1.
[[nodiscard]] inline QString api(const QString &path)
{
    return kj::kApiPrefix + path;
}

//! The query of a paged call: the cursor (under `cursorName`) when there is one, the limit when positive.
[[nodiscard]] inline QUrlQuery pageQuery(const QString &cursorName, const QString &cursor, int limit)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(cursorName, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

} // namespace kj::app::apireply
