#include "server-stub/store/visitrepository.h"

#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;
}

Status VisitRepository::record(qint64 owner, qint64 visitor, const QDateTime &now)
{
    const qint64 ms = now.toMSecsSinceEpoch();
    return execute(m_db,
                   QStringLiteral("INSERT INTO visits (owner_id, visitor_id, day, at_ms) VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (owner_id, visitor_id, day) DO UPDATE SET at_ms = excluded.at_ms"),
                   {owner, visitor, ms / kMsPerDay, ms});
}

Result<QList<Visit>> VisitRepository::recentVisitors(qint64 owner, int limit)
{
    Query query(m_db, QStringLiteral("SELECT u.username, u.display_name, MAX(v.at_ms) AS latest FROM visits v "
                                     "JOIN users u ON u.id = v.visitor_id WHERE v.owner_id = ? "
                                     "GROUP BY v.visitor_id, u.username, u.display_name "
                                     "ORDER BY latest DESC, u.username LIMIT ?"));
    query.bind(owner).bind(limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Visit> visits;
    while (query.next())
        visits.append(Visit{User{query.text(0), query.text(1), {}},
                            QDateTime::fromMSecsSinceEpoch(query.int64(2), QTimeZone::utc())});
    return visits;
}

Result<qint64> VisitRepository::total(qint64 owner)
{
    Query query(m_db, QStringLiteral("SELECT COUNT(*) FROM visits WHERE owner_id = ?"));
    query.bind(owner);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return storeError(QStringLiteral("COUNT(*) gave no row"));
    return query.int64(0);
}

} // namespace kj::server::store
