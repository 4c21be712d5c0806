#include "server-stub/store/commentrepository.h"

#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT c.id, c.item_kind, c.item_id, c.author_id, u.username, u.display_name, c.text, c.reply_to, c.created_ms "
    "FROM comments c JOIN users u ON u.id = c.author_id WHERE ");

CommentRecord readRecord(const Query &query)
{
    CommentRecord record;
    record.comment.id = query.text(0);
    record.comment.itemKind = itemKindFromName(query.text(1)).value_or(ItemKind::Diary);
    record.comment.itemId = query.text(2);
    record.authorId = query.int64(3);
    record.comment.author = User{query.text(4), query.text(5), {}};
    record.comment.text = query.text(6);
    if (!query.isNull(7))
        record.comment.replyTo = query.text(7);
    record.comment.createdAt = QDateTime::fromMSecsSinceEpoch(query.int64(8), QTimeZone::utc());
    return record;
}
} // namespace

Result<std::optional<CommentRecord>> CommentRepository::find(const QString &id)
{
    Query query(m_db, kSelect + QStringLiteral("c.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<CommentRecord>();
    return std::optional<CommentRecord>(readRecord(query));
}

Status CommentRepository::insert(const CommentRecord &record)
{
    const Comment &c = record.comment;
    return execute(m_db,
                   QStringLiteral("INSERT INTO comments (id, item_kind, item_id, author_id, text, reply_to, created_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {c.id, itemKindName(c.itemKind), c.itemId, record.authorId, textValue(c.text),
                    c.replyTo ? QVariant(*c.replyTo) : QVariant(), c.createdAt.toMSecsSinceEpoch()});
}

Result<QStringList> CommentRepository::replyIds(const QString &id)
{
    Query query(m_db, QStringLiteral("SELECT id FROM comments WHERE reply_to = ? ORDER BY created_ms, id"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

Status CommentRepository::remove(const QString &id)
{
    // Replies go by ON DELETE CASCADE of reply_to.
    return execute(m_db, QStringLiteral("DELETE FROM comments WHERE id = ?"), {id});
}

Result<CommentPage> CommentRepository::listForItem(ItemKind kind, const QString &itemId,
                                                   const std::optional<DiaryKeyset> &after, int limit)
{
    QString sql = kSelect + QStringLiteral("c.item_kind = ? AND c.item_id = ?");
    QVariantList bound{itemKindName(kind), itemId};
    if (after) {
        sql += QStringLiteral(" AND (c.created_ms > ? OR (c.created_ms = ? AND c.id > ?))");
        bound << after->createdMs << after->createdMs << after->id;
    }
    sql += QStringLiteral(" ORDER BY c.created_ms, c.id LIMIT ?");
    bound << limit + 1;
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(bound))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    CommentPage page;
    while (query.next())
        page.items.append(readRecord(query).comment);
    if (page.items.size() > limit) {
        page.items.removeLast();
        const Comment &last = page.items.constLast();
        page.next = DiaryKeyset{last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return page;
}

} // namespace kj::server::store
