#pragma once

#include "models/domain/photobatch.h"
#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A newest-first page of batches (by their latest photo) and whether more follow.
struct PhotoBatchPage {
    QList<PhotoBatch> items; // placed by their latest photo
    bool more = false;
};

//! Reads photos grouped per upload batch (same owner and album, each within ten minutes of the one
//! before; see migration 0008), for the feed: only live photos in live albums that the viewer
//! may see by both audiences (audienceCondition, the SQL form of kj::canSee).
class PhotoBatchRepository
{
public:
    explicit PhotoBatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! Batches of the viewer and their friends, newest first, starting at `start`.
    [[nodiscard]] Result<PhotoBatchPage> feed(qint64 viewer, const std::optional<PageStart> &start, int limit);

private:
    //! Fills each batch's photos (oldest first) and count.
    [[nodiscard]] Status fill(QList<PhotoBatch> &batches, qint64 viewer);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
