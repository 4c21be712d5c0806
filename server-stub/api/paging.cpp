#include "server-stub/api/paging.h"

#include "models/domain/apiversion.h"
#include "models/domain/ids.h"
#include "server-stub/api/itemjson.h"

#include <algorithm>

namespace kj::server::api {

Result<int> pageLimit(const QUrlQuery &query, int defaultLimit, int maxLimit)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return defaultLimit;
    // Digits only: toInt() would also take " 5", "+5" and, past int, fail where the rule is "capped to the maximum".
    const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
    const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    qsizetype zeros = 0;
    while (zeros < text.size() && text.at(zeros) == u'0')
        ++zeros;
    const QStringView significant = QStringView(text).mid(zeros);
    if (!digits || significant.isEmpty())
        return fail(ErrorCode::BadRequest, QStringLiteral("\"limit\" must be a positive integer"));
    return significant.size() > 9 ? maxLimit : std::min(significant.toInt(), maxLimit);
}

QString encodeDiaryCursor(const store::DiaryKeyset &keyset)
{
    const QByteArray raw = QByteArray::number(keyset.createdMs) + ':' + keyset.id.toLatin1();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<std::optional<store::DiaryKeyset>> diaryCursor(const QUrlQuery &query)
{
    const QString text = query.queryItemValue(QStringLiteral("cursor"));
    if (text.isEmpty())
        return std::optional<store::DiaryKeyset>();
    const Error malformed = fail(ErrorCode::BadRequest, QStringLiteral("\"cursor\" is not one this server made"));
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 1)
        return malformed;
    bool ok = false;
    const qint64 createdMs = decoded.decoded.left(colon).toLongLong(&ok);
    const QString id = QString::fromLatin1(decoded.decoded.mid(colon + 1));
    if (!ok || !isValidItemId(id))
        return malformed;
    return std::optional<store::DiaryKeyset>(store::DiaryKeyset{createdMs, id});
}

Result<DiaryPageRequest> diaryPageRequest(const QUrlQuery &query)
{
    Result<int> limit = pageLimit(query, kDefaultPageSize, kMaxPageSize);
    if (!limit)
        return limit.error();
    Result<std::optional<store::DiaryKeyset>> after = diaryCursor(query);
    if (!after)
        return after.error();
    return DiaryPageRequest{*after, *limit};
}

Result<http::Response> diaryPageResponse(const QSqlDatabase &db, std::optional<qint64> viewer, const store::DiaryPage &page)
{
    QList<QJsonObject> items;
    items.reserve(page.items.size());
    for (const Diary &diary : page.items)
        items.append(diary.toJson());
    return itemPageResponse(db, viewer, items, page.next ? std::optional(encodeDiaryCursor(*page.next)) : std::nullopt);
}

} // namespace kj::server::api
