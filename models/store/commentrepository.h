#pragma once

#include "models/domain/comment.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! A comment as this device knows it: from the server, or mine not confirmed yet (pending).
struct LocalComment {
    kj::Comment comment;
    bool pending = false; // a write or delete of it waits in the outbox
    bool deleted = false; // deleted here, the delete not sent yet
};

//! Comments cached in the `items` table (kind "comment", parent = the item they answer) and my own new
//! comments and deletes, each written with its outbox entry in one transaction. The outbox payload of a
//! comment carries its text, so a comment the server refuses keeps its words among the rejected changes.
class CommentRepository
{
public:
    static inline const QString kKind = QStringLiteral("comment");

    explicit CommentRepository(ClientStore &store);

    //! Saves my comment on an item (or my reply to one of its comments) and queues it. `id` empty: a new id.
    [[nodiscard]] Result<kj::Comment> addMine(kj::ItemKind itemKind, const QString &itemId, const QString &text,
                                              const std::optional<QString> &replyTo, const QString &id = {});
    //! Deletes a comment (mine, or one on my item): hidden here at once, the delete queued.
    [[nodiscard]] Status remove(const QString &commentId);

    [[nodiscard]] std::optional<LocalComment> find(const QString &commentId) const;
    //! An item's comments, oldest first, without the ones deleted here.
    [[nodiscard]] QList<LocalComment> commentsOf(kj::ItemKind itemKind, const QString &itemId) const;
    //! Whether this device has ever cached the comments of the item (or written one).
    [[nodiscard]] bool knows(kj::ItemKind itemKind, const QString &itemId) const;

    //! Replaces the cached comments of an item with the server's list; my pending ones stay.
    [[nodiscard]] Status replaceFetched(kj::ItemKind itemKind, const QString &itemId, const QList<kj::Comment> &fetched);
    //! The server stored the comment of outbox entry `seq`: cached as the server has it, entry removed.
    [[nodiscard]] Status recordPushed(qint64 seq, const kj::Comment &stored);
    //! The delete of outbox entry `seq` went through (or the comment was gone already).
    [[nodiscard]] Status recordDeletePushed(qint64 seq, const QString &commentId);
    //! A comment the server sent through /changes (added, on an item I see): cached, unless a write or delete of
    //! mine of it is queued (mine wins here until it is sent). Gives whether the cache changed.
    [[nodiscard]] Result<bool> applyServerComment(const kj::Comment &comment);
    //! The server says the comment is gone (deleted by its author or the item's owner): dropped, unless a write
    //! or delete of mine of it is queued. A comment never cached here is a no-op. Gives whether it was removed.
    [[nodiscard]] Result<bool> removeServerComment(const QString &commentId);
    //! Drops the local copy of a comment the server refused (its words stay among the rejected changes).
    [[nodiscard]] Status forget(const QString &commentId);

private:
    ClientStore &m_store;
};

} // namespace kj::store
