#include "server-stub/store/guestbookrepository.h"

#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT g.id, g.owner_id, o.username, o.display_name, g.author_id, a.username, a.display_name, g.text, g.private, "
    "g.reply_text, g.reply_ms, g.created_ms, g.deleted_ms FROM guestbook_entries g "
    "JOIN users o ON o.id = g.owner_id JOIN users a ON a.id = g.author_id WHERE ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

GuestbookRecord readRecord(const Query &query)
{
    GuestbookRecord record;
    GuestbookEntry &entry = record.entry;
    entry.id = query.text(0);
    record.ownerId = query.int64(1);
    entry.spaceOwner = User{query.text(2), query.text(3), {}};
    record.authorId = query.int64(4);
    entry.author = User{query.text(5), query.text(6), {}};
    entry.text = query.text(7);
    entry.isPrivate = query.int64(8) != 0;
    if (!query.isNull(9))
        entry.reply = GuestbookReply{query.text(9), fromMs(query.int64(10))};
    entry.createdAt = fromMs(query.int64(11));
    if (!query.isNull(12))
        record.deletedAt = fromMs(query.int64(12));
    return record;
}
} // namespace

bool GuestbookRecord::visibleTo(std::optional<qint64> viewer) const
{
    if (deleted())
        return false;
    if (!entry.isPrivate)
        return true;
    return viewer && (*viewer == ownerId || *viewer == authorId);
}

Result<std::optional<GuestbookRecord>> GuestbookRepository::find(const QString &id)
{
    Query query(m_db, kSelect + QStringLiteral("g.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<GuestbookRecord>();
    return std::optional<GuestbookRecord>(readRecord(query));
}

Status GuestbookRepository::insert(const GuestbookRecord &record)
{
    const GuestbookEntry &e = record.entry;
    return execute(m_db,
                   QStringLiteral("INSERT INTO guestbook_entries (id, owner_id, author_id, text, private, reply_text, "
                                  "reply_ms, created_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"),
                   {e.id, record.ownerId, record.authorId, textValue(e.text), int(e.isPrivate),
                    e.reply ? QVariant(e.reply->text) : QVariant(),
                    e.reply ? QVariant(e.reply->at.toMSecsSinceEpoch()) : QVariant(), e.createdAt.toMSecsSinceEpoch()});
}

Status GuestbookRepository::setReply(const QString &id, const GuestbookReply &reply)
{
    return execute(m_db, QStringLiteral("UPDATE guestbook_entries SET reply_text = ?, reply_ms = ? WHERE id = ?"),
                   {textValue(reply.text), reply.at.toMSecsSinceEpoch(), id});
}

Status GuestbookRepository::markDeleted(const QString &id, const QDateTime &now)
{
    return execute(m_db,
                   QStringLiteral("UPDATE guestbook_entries SET text = '', reply_text = NULL, reply_ms = NULL, "
                                  "deleted_ms = ? WHERE id = ?"),
                   {now.toMSecsSinceEpoch(), id});
}

Result<GuestbookPage> GuestbookRepository::listByOwner(qint64 owner, std::optional<qint64> viewer,
                                                       const std::optional<DiaryKeyset> &after, int limit)
{
    QString sql = kSelect + QStringLiteral("g.owner_id = ? AND g.deleted_ms IS NULL");
    QVariantList bound{owner};
    if (!viewer)
        sql += QStringLiteral(" AND g.private = 0");
    else if (*viewer != owner) {
        sql += QStringLiteral(" AND (g.private = 0 OR g.author_id = ?)");
        bound << *viewer;
    }
    if (after) {
        sql += QStringLiteral(" AND (g.created_ms < ? OR (g.created_ms = ? AND g.id < ?))");
        bound << after->createdMs << after->createdMs << after->id;
    }
    sql += QStringLiteral(" ORDER BY g.created_ms DESC, g.id DESC LIMIT ?");
    bound << limit + 1; // one more tells whether there is a next page
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(bound))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    GuestbookPage page;
    while (query.next())
        page.items.append(readRecord(query).entry);
    if (page.items.size() > limit) {
        page.items.removeLast();
        const GuestbookEntry &last = page.items.constLast();
        page.next = DiaryKeyset{last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return page;
}

} // namespace kj::server::store
