#pragma once

#include "models/domain/comment.h"
#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace kj::server::store {

//! A comment row: the wire Comment plus its author's id.
struct CommentRecord {
    Comment comment;
    qint64 authorId = 0;
};

//! One page of an item's comments, oldest first, and where the next one starts (nullopt: no more).
struct CommentPage {
    QList<Comment> items;
    std::optional<DiaryKeyset> next; // (createdAt ms, id) of the last comment given
};

//! The comments of items of every kind. Whether the caller may see the item is decided before any of
//! these is called (api/itemaccess.h); a comment lives and dies with its item (see 0002_posts.sql).
class CommentRepository
{
public:
    explicit CommentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::optional<CommentRecord>> find(const QString &id);
    [[nodiscard]] Status insert(const CommentRecord &record);
    //! The ids of the replies to a comment (replies answer top-level comments only, so these are all that
    //! remove() takes with it).
    [[nodiscard]] Result<QStringList> replyIds(const QString &id);
    //! Removes a comment and, with it, the replies to it.
    [[nodiscard]] Status remove(const QString &id);
    //! The comments of one item oldest first, after a keyset.
    [[nodiscard]] Result<CommentPage> listForItem(ItemKind kind, const QString &itemId,
                                                  const std::optional<DiaryKeyset> &after, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
