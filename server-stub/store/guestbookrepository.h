#pragma once

#include "models/domain/guestbook.h"
#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A guestbook message as stored: the wire entry plus the ids of the space's owner and the author, and
//! for a tombstone when it was deleted.
struct GuestbookRecord {
    GuestbookEntry entry;
    qint64 ownerId = 0;
    qint64 authorId = 0;
    QDateTime deletedAt; // invalid unless deleted

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
    //! Whether `viewer` (nullopt: anonymous) may read it: a public message anyone, a private one only
    //! the space's owner and its author. A tombstone nobody.
    [[nodiscard]] bool visibleTo(std::optional<qint64> viewer) const;
};

//! One page of a guestbook, newest first, and where the next one starts (nullopt: no more).
struct GuestbookPage {
    QList<GuestbookEntry> items;
    std::optional<DiaryKeyset> next;
};

//! Guestbook messages and their tombstones.
class GuestbookRepository
{
public:
    explicit GuestbookRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::optional<GuestbookRecord>> find(const QString &id);
    [[nodiscard]] Status insert(const GuestbookRecord &record);
    //! Sets (or replaces) the owner's reply.
    [[nodiscard]] Status setReply(const QString &id, const GuestbookReply &reply);
    //! Turns a message into a tombstone: text and reply cleared, deletedAt set.
    [[nodiscard]] Status markDeleted(const QString &id, const QDateTime &now);
    //! The live messages in owner's guestbook that viewer may read (GuestbookRecord::visibleTo, in SQL),
    //! newest first, after a keyset.
    [[nodiscard]] Result<GuestbookPage> listByOwner(qint64 owner, std::optional<qint64> viewer,
                                                    const std::optional<DiaryKeyset> &after, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
