#pragma once

#include "models/domain/itemkind.h"
#include "server-stub/store/audiencesql.h"
#include "server-stub/store/query.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A table of feed items (diaries, posts) as the feed queries read it: `columns` is the select list the
//! repository's readRecord expects, naming the table by `alias` and the author's users row by `u`.
struct FeedTable {
    QString table;   // "diaries"
    QString alias;   // "d"
    QString columns; // "d.id, d.owner_id, u.username, ..."
    ItemKind kind = ItemKind::Diary;
};

//! How many of everyone's newest rows feedWindowQuery looks at for a page of `limit`.
[[nodiscard]] int feedWindowRows(int limit);

//! The viewer's and their friends' live items the viewer may see, newest first, after `after`, at most
//! limit + 1 rows, taken from the feedWindowRows(limit) newest rows of the whole table only: one walk down
//! the time index. Exact whenever it yields limit + 1 rows (anything older than the window is older than
//! all of them); fewer means "ask feedPerAuthorQuery".
[[nodiscard]] SqlCondition feedWindowQuery(const FeedTable &table, qint64 viewer, const std::optional<PageStart> &after,
                                           int limit);

//! The same page, always exact: each author's (the viewer's and each friend's) own newest limit + 1 rows
//! the viewer may see, merged. Reads at most (friends + 1) x (limit + 1) rows, however much they wrote.
[[nodiscard]] SqlCondition feedPerAuthorQuery(const QSqlDatabase &db, const FeedTable &table, qint64 viewer,
                                              const std::optional<PageStart> &after, int limit);

//! Whether the window of feedWindowQuery holds every row after `after` (the table has no more than
//! feedWindowRows(limit) of them): then a short page from the window is exact as well.
[[nodiscard]] Result<bool> feedWindowHoldsAll(const QSqlDatabase &db, const FeedTable &table,
                                              const std::optional<PageStart> &after, int limit);

//! A feed page the cheap way that is exact: the window, then (when it falls short of a page and did not
//! hold everything) the per-author merge. readPage(sql, values) runs one of them into a Page with `next`.
template<typename Page, typename ReadPage>
[[nodiscard]] Result<Page> readFeedPage(const QSqlDatabase &db, const FeedTable &table, qint64 viewer,
                                        const std::optional<PageStart> &after, int limit, ReadPage readPage)
{
    const SqlCondition window = feedWindowQuery(table, viewer, after, limit);
    Result<Page> recent = readPage(window.sql, window.values);
    if (!recent || recent->next)
        return recent;
    const Result<bool> holdsAll = feedWindowHoldsAll(db, table, after, limit);
    if (!holdsAll)
        return holdsAll.error();
    if (*holdsAll)
        return recent;
    const SqlCondition merged = feedPerAuthorQuery(db, table, viewer, after, limit);
    return readPage(merged.sql, merged.values);
}

} // namespace kj::server::store
