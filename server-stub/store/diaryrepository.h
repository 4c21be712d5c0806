#pragma once

#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! Diaries and their tombstones, and the newest-first pages a viewer may see (filtered in SQL by
//! audienceCondition, the SQL form of kj::canSee).
class DiaryRepository
{
public:
    explicit DiaryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! A diary or tombstone by id.
    [[nodiscard]] Result<std::optional<DiaryRecord>> find(const QString &id);
    [[nodiscard]] Status insert(const DiaryRecord &record);
    //! Writes title, body, visibility, revision, updatedAt and deletedAt of an existing row.
    [[nodiscard]] Status update(const DiaryRecord &record);

    //! The live diaries of owner that viewer (nullopt: anonymous) may see, newest first, after a keyset.
    [[nodiscard]] Result<DiaryPage> listByOwner(qint64 owner, std::optional<qint64> viewer,
                                                const std::optional<DiaryKeyset> &after, int limit);
    //! The viewer's own diaries and those of their friends that the viewer may see, newest first.
    [[nodiscard]] Result<DiaryPage> feed(qint64 viewer, const std::optional<PageStart> &after, int limit);
    //! The ids of owner's live diaries of one visibility (to withdraw them from an ex-friend's cache).
    [[nodiscard]] Result<QStringList> liveIds(qint64 owner, Visibility visibility);

private:
    Result<DiaryPage> page(const QString &condition, const QVariantList &values, const std::optional<PageStart> &after,
                           int limit);
    //! Runs a query of limit + 1 rows of readRecord's columns; the extra row sets the page's next.
    Result<DiaryPage> readPage(const QString &sql, const QVariantList &bound, int limit);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
