#pragma once

#include "models/domain/result.h"
#include "models/domain/visit.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kj::server::store {

//! Visits to spaces: at most one per visitor per space per UTC day (a later visit that day moves its time).
class VisitRepository
{
public:
    explicit VisitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Records that visitor opened owner's space at `now`.
    [[nodiscard]] Status record(qint64 owner, qint64 visitor, const QDateTime &now);
    //! The most recent visitors of owner's space, each once (with their latest visit), newest first.
    [[nodiscard]] Result<QList<Visit>> recentVisitors(qint64 owner, int limit);
    //! All visits recorded to owner's space (visitor-days).
    [[nodiscard]] Result<qint64> total(qint64 owner);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
