#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! One row of the change log: something happened to an item. Whether and how a caller learns of it
//! is decided when /changes is read, from the item's current state (see server-stub/api/changesapi.cpp).
struct ChangeRow {
    qint64 seq = 0;
    QString kind;                    // "diary", "post", ..., "comment", "friend", "friend_request"
    QString itemId;                  // diary id, comment id, friend's username, request id
    qint64 ownerId = 0;              // the diary's owner (a comment's: its item's); for addressed rows the user they concern
    std::optional<qint64> audienceId; // set: only this user reads the row
    std::optional<Visibility> previous; // a diary's visibility before the change (nullopt: nobody saw it)
    QString parentKind;              // a comment's item (kind name and id); empty for other rows
    QString parentId;
};

//! The change log behind GET /changes: an increasing seq, appended in the same transaction as each write.
class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db) : m_db(std::move(db)) {}

    //! A diary was created, edited, deleted or restored; read by its owner and the owner's friends.
    [[nodiscard]] Status appendDiary(const QString &id, qint64 owner, std::optional<Visibility> previous,
                                     const QDateTime &now);
    //! An item of another kind ("post", ...) was created, edited, deleted or restored; read like a diary's.
    [[nodiscard]] Status appendItem(const QString &kind, const QString &id, qint64 owner,
                                    std::optional<Visibility> previous, const QDateTime &now);
    //! Someone liked, unliked or commented on an item (kind, id) of owner: the item's reactions changed, not
    //! the item. Read like the item's own rows; gives the item, with its new counts, to whoever sees it now.
    [[nodiscard]] Status appendReaction(ItemKind kind, const QString &id, qint64 owner, const QDateTime &now);
    //! A comment on the item (itemKind, itemId) of owner was added or deleted; read by whoever sees that item.
    [[nodiscard]] Status appendComment(const QString &commentId, ItemKind itemKind, const QString &itemId, qint64 owner,
                                       const QDateTime &now);
    //! A row only `audience` reads (friendships, friend requests, withdrawals on unfriending).
    [[nodiscard]] Status appendAddressed(const QString &kind, const QString &itemId, qint64 owner, qint64 audience,
                                         std::optional<Visibility> previous, const QDateTime &now);

    struct Page {
        QList<ChangeRow> rows;
        bool more = false;
    };
    //! The rows after `since` that concern viewer: addressed to them, or about the diaries of the viewer
    //! and of the viewer's current friends. At most `limit` rows, in seq order.
    [[nodiscard]] Result<Page> read(qint64 viewer, qint64 since, int limit);

private:
    Status append(const QString &kind, const QString &itemId, qint64 owner, std::optional<qint64> audience,
                  std::optional<Visibility> previous, const QDateTime &now, const QString &parentKind = {},
                  const QString &parentId = {});

    QSqlDatabase m_db;
};

} // namespace kj::server::store
