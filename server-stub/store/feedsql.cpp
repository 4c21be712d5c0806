#include "server-stub/store/feedsql.h"

#include "server-stub/store/engine.h"

#include <limits>

// A feed page is the newest items of a set of authors. Reading every item of every friend and sorting them
// (what one plain query does) costs what they ever wrote; these two forms cost a page's worth. When the
// viewer's authors wrote a fair share of what is new on the server (a small server of friends and family),
// the window answers from one walk down the time index; otherwise the per-author merge is bounded by the
// number of friends. The repository runs the window first and the merge only when the window falls short.

namespace kj::server::store {

namespace {
// How much of what everyone wrote lately the window looks at, per row of the page: authors who wrote an
// eighth of it still get their page from the window.
constexpr int kWindowFactor = 8;

SqlCondition afterKeyset(const QString &alias, const std::optional<PageStart> &after)
{
    if (!after)
        return {};
    const QString created = alias + QStringLiteral(".created_ms");
    const QString id = alias + QStringLiteral(".id");
    return {QStringLiteral(" AND (") + created + QStringLiteral(" < ? OR (") + created + QStringLiteral(" = ? AND ") + id
                + (after->inclusive ? QStringLiteral(" <= ?))") : QStringLiteral(" < ?))")),
            {after->keyset.createdMs, after->keyset.createdMs, after->keyset.id}};
}

SqlCondition audienceOf(const FeedTable &table, const QString &alias, qint64 viewer)
{
    return audienceCondition(viewer, table.kind, alias + QStringLiteral(".id"), alias + QStringLiteral(".owner_id"),
                             alias + QStringLiteral(".visibility"));
}

QString newestFirst(const QString &alias)
{
    return QStringLiteral(" ORDER BY ") + alias + QStringLiteral(".created_ms DESC, ") + alias + QStringLiteral(".id DESC");
}
} // namespace

int feedWindowRows(int limit)
{
    return kWindowFactor * (limit + 1);
}

SqlCondition feedWindowQuery(const FeedTable &table, qint64 viewer, const std::optional<PageStart> &after, int limit)
{
    const QString &t = table.alias;
    const SqlCondition audience = audienceOf(table, t, viewer);
    const SqlCondition keyset = afterKeyset(t, after);
    const SqlCondition windowKeyset = afterKeyset(QStringLiteral("w"), after);
    // The unary + keeps SQLite off the owner index: the time index gives the order, and the scan stops at
    // the page's last row or at the window's oldest time, whichever comes first. The window's bound is the
    // time of its last row (no such row: the table is smaller than the window, so no bound).
    const QString sql = QStringLiteral("SELECT ") + table.columns + QStringLiteral(" FROM ") + table.table + u' ' + t
                        + QStringLiteral(" JOIN users u ON u.id = ") + t + QStringLiteral(".owner_id WHERE ") + t
                        + QStringLiteral(".deleted_ms IS NULL AND (+") + t + QStringLiteral(".owner_id = ? OR +") + t
                        + QStringLiteral(".owner_id IN (SELECT friend_id FROM friendships WHERE user_id = ?)) AND ") + audience.sql
                        + keyset.sql + QStringLiteral(" AND ") + t + QStringLiteral(".created_ms >= COALESCE((SELECT w.created_ms FROM ")
                        + table.table + QStringLiteral(" w WHERE TRUE") + windowKeyset.sql + newestFirst(QStringLiteral("w"))
                        + QStringLiteral(" LIMIT 1 OFFSET ?), ?)") + newestFirst(t) + QStringLiteral(" LIMIT ?");
    QVariantList values{viewer, viewer};
    values += audience.values;
    values += keyset.values;
    values += windowKeyset.values;
    values << feedWindowRows(limit) - 1 << std::numeric_limits<qint64>::min() << limit + 1;
    return {sql, values};
}

Result<bool> feedWindowHoldsAll(const QSqlDatabase &db, const FeedTable &table, const std::optional<PageStart> &after,
                                int limit)
{
    // The same rows the window's bound counts (deleted ones too): no row at its last place, no bound.
    const SqlCondition keyset = afterKeyset(QStringLiteral("w"), after);
    Query query(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM ") + table.table + QStringLiteral(" w WHERE TRUE") + keyset.sql
                        + newestFirst(QStringLiteral("w")) + QStringLiteral(" LIMIT 1 OFFSET ?)"));
    for (const QVariant &value : keyset.values)
        query.bind(value);
    query.bind(feedWindowRows(limit) - 1);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return storeError(QStringLiteral("no answer to the feed window's size"));
    return query.int64(0) != 0;
}

SqlCondition feedPerAuthorQuery(const QSqlDatabase &db, const FeedTable &table, qint64 viewer,
                                const std::optional<PageStart> &after, int limit)
{
    const QString &t = table.alias;
    const SqlCondition audience = audienceOf(table, QStringLiteral("w"), viewer);
    const SqlCondition keyset = afterKeyset(QStringLiteral("w"), after);
    // For each author, their newest rows come from the owner index (owner_id, created_ms, id) and stop at
    // limit + 1; only those rows are sorted together.
    const QString authors = QStringLiteral(" FROM (SELECT CAST(? AS BIGINT) AS author UNION ALL SELECT friend_id FROM friendships "
                                           "WHERE user_id = ?) a ");
    const QString newestOfAuthor = table.table + QStringLiteral(" w WHERE w.owner_id = a.author AND w.deleted_ms IS NULL AND ")
                                   + audience.sql + keyset.sql + newestFirst(QStringLiteral("w")) + QStringLiteral(" LIMIT ?");
    // SQLite has no LATERAL; its rowid makes the correlated IN as cheap.
    const QString eachAuthor = isPostgresql(db)
                                   ? QString(QStringLiteral("CROSS JOIN LATERAL (SELECT w.* FROM ") + newestOfAuthor + QStringLiteral(") ") + t)
                                   : QString(QStringLiteral("JOIN ") + table.table + u' ' + t + QStringLiteral(" ON ") + t
                                             + QStringLiteral(".rowid IN (SELECT w.rowid FROM ") + newestOfAuthor + u')');
    const QString sql = QStringLiteral("SELECT ") + table.columns + authors + eachAuthor + QStringLiteral(" JOIN users u ON u.id = ") + t + QStringLiteral(".owner_id") + newestFirst(t)
                        + QStringLiteral(" LIMIT ?");
    QVariantList values{viewer, viewer};
    values += audience.values;
    values += keyset.values;
    values << limit + 1 << limit + 1;
    return {sql, values};
}

} // namespace kj::server::store
