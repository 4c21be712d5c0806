#pragma once

#include "models/domain/guestbook.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! A guestbook message as this device knows it.
struct LocalGuestbookEntry {
    kj::GuestbookEntry entry;
    bool pending = false; // a write, reply or delete of it waits in the outbox
};

//! Guestbook messages cached in the `items` table (kind "guestbook", parent "space"/owner) and my own
//! messages, replies and deletes, each written with its outbox entry in one transaction: "guestbook"
//! (a message by its client-made id: upsert signs, delete deletes) and "guestbook_reply" (by the message's
//! id; a newer reply replaces the one waiting, as on the server). Payloads carry the words.
class GuestbookRepository
{
public:
    static inline const QString kKind = QStringLiteral("guestbook");
    static inline const QString kReplyKind = QStringLiteral("guestbook_reply");

    explicit GuestbookRepository(ClientStore &store);

    //! Saves my message in `spaceOwner`'s guestbook and queues it.
    [[nodiscard]] Result<kj::GuestbookEntry> sign(const QString &spaceOwner, const QString &text, bool isPrivate,
                                                  const QString &id = {});
    //! Queues my reply to a message in my guestbook.
    [[nodiscard]] Status reply(const QString &entryId, const QString &text);
    //! Queues the delete of a message; hidden here at once.
    [[nodiscard]] Status remove(const QString &entryId);

    [[nodiscard]] std::optional<LocalGuestbookEntry> find(const QString &entryId) const;
    //! The cached messages of a guestbook (mine pending among them), newest first, without deleted ones.
    [[nodiscard]] QList<LocalGuestbookEntry> entriesOf(const QString &spaceOwner) const;
    //! Replaces the cached messages of a guestbook with the server's; pending ones stay.
    [[nodiscard]] Status replaceFetched(const QString &spaceOwner, const QList<kj::GuestbookEntry> &fetched);

    //! The server stored the message (or reply) of outbox entry `seq`.
    [[nodiscard]] Status recordPushed(qint64 seq, const kj::GuestbookEntry &stored);
    //! The delete of outbox entry `seq` went through (or the message was gone already).
    [[nodiscard]] Status recordDeletePushed(qint64 seq, const QString &entryId);
    //! Drops the local copy of a message the server refused (its words stay among the rejected changes).
    [[nodiscard]] Status forget(const QString &entryId);

private:
    ClientStore &m_store;
};

} // namespace kj::store
