#pragma once

#include "models/domain/itemkind.h"
#include "server-stub/store/audiencesql.h"
#include "server-stub/store/records.h"

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
[[nodiscard]] SqlCondition feedPerAuthorQuery(const FeedTable &table, qint64 viewer, const std::optional<PageStart> &after,
                                              int limit);

} // namespace kj::server::store
