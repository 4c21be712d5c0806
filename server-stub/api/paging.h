#pragma once

#include "models/domain/result.h"
#include "server-stub/http/response.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <QUrlQuery>
#include <optional>

namespace kj::server::api {

//! The `limit` query parameter: absent gives defaultLimit, above max is capped, anything but a
//! positive integer is BadRequest.
[[nodiscard]] Result<int> pageLimit(const QUrlQuery &query, int defaultLimit, int maxLimit);

//! List cursors are opaque to clients: base64url of "<createdAt ms>:<id>", where the next page starts.
[[nodiscard]] QString encodeDiaryCursor(const store::DiaryKeyset &keyset);
//! The `cursor` query parameter: absent or empty gives nullopt (the first page), malformed is BadRequest.
[[nodiscard]] Result<std::optional<store::DiaryKeyset>> diaryCursor(const QUrlQuery &query);

//! Where a page of diaries starts and how long it is.
struct DiaryPageRequest {
    std::optional<store::DiaryKeyset> after;
    int limit = 0;
};
//! The `cursor` and `limit` of a diary list or the feed (default and maximum from the wire contract).
[[nodiscard]] Result<DiaryPageRequest> diaryPageRequest(const QUrlQuery &query);

//! A page of diaries as lists answer it: {items, nextCursor: string|null}, each diary with its reactions
//! for viewer (see itemPageResponse).
[[nodiscard]] Result<http::Response> diaryPageResponse(const QSqlDatabase &db, std::optional<qint64> viewer,
                                                       const store::DiaryPage &page);

} // namespace kj::server::api
