#pragma once

#include "models/domain/repost.h"
#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A repost row: the wire Repost (without its "original", which depends on the reader), its owner's id, how
//! deep it stands in a chain of reposts and, for a tombstone, when it was deleted.
struct RepostRecord {
    Repost repost;
    qint64 ownerId = 0;
    int depth = 1; // 1: a repost of an item that is not a repost
    QDateTime deletedAt; // invalid unless deleted

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
};

//! One page of reposts, newest first, and where the next one starts (nullopt: no more); the keyset is
//! (createdAt ms, id) like a diary list's.
struct RepostPage {
    QList<RepostRecord> items;
    std::optional<DiaryKeyset> next;
};

//! Reposts and their tombstones, and the newest-first pages a viewer may see (filtered in SQL by
//! audienceCondition, the SQL form of the one audience rule).
class RepostRepository
{
public:
    explicit RepostRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! A repost or tombstone by id.
    [[nodiscard]] Result<std::optional<RepostRecord>> find(const QString &id);
    [[nodiscard]] Status insert(const RepostRecord &record);
    //! Writes comment, visibility, revision, updatedAt and deletedAt of an existing row.
    [[nodiscard]] Status update(const RepostRecord &record);

    //! The live reposts of owner that viewer (nullopt: anonymous) may see, newest first.
    [[nodiscard]] Result<RepostPage> listByOwner(qint64 owner, std::optional<qint64> viewer,
                                                 const std::optional<PageStart> &start, int limit);
    //! The viewer's own reposts and those of their friends that the viewer may see, newest first.
    [[nodiscard]] Result<RepostPage> feed(qint64 viewer, const std::optional<PageStart> &start, int limit);
    //! The ids of owner's live reposts of one visibility (to withdraw them from an ex-friend's cache).
    [[nodiscard]] Result<QStringList> liveIds(qint64 owner, Visibility visibility);

private:
    Result<RepostPage> page(const QString &condition, const QVariantList &values, const std::optional<PageStart> &start,
                            int limit);
    //! Runs a query of limit + 1 rows of readRecord's columns; the extra row sets the page's next.
    Result<RepostPage> readPage(const QString &sql, const QVariantList &bound, int limit);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
