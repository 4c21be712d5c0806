#include "server-stub/store/postrepository.h"

#include "server-stub/store/audiencesql.h"
#include "server-stub/store/feedsql.h"
#include "server-stub/store/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kColumns = QStringLiteral("p.id, p.owner_id, u.username, u.display_name, p.text, p.photo_ids, p.visibility, "
                                         "p.revision, p.created_ms, p.updated_ms, p.deleted_ms");
const QString kSelect =
    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM posts p JOIN users u ON u.id = p.owner_id WHERE ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString photoIdsText(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList photoIdsFromText(const QString &text)
{
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        ids.append(value.toString());
    return ids;
}

PostRecord readRecord(const Query &query)
{
    PostRecord record;
    record.post.id = query.text(0);
    record.ownerId = query.int64(1);
    record.post.author = User{query.text(2), query.text(3), {}};
    record.post.text = query.text(4);
    record.post.photoIds = photoIdsFromText(query.text(5));
    record.post.visibility = visibilityFromName(query.text(6)).value_or(Visibility::Private);
    record.post.revision = query.int64(7);
    record.post.createdAt = fromMs(query.int64(8));
    record.post.updatedAt = fromMs(query.int64(9));
    if (!query.isNull(10))
        record.deletedAt = fromMs(query.int64(10));
    return record;
}

QVariant deletedValue(const PostRecord &record)
{
    return record.deleted() ? QVariant(record.deletedAt.toMSecsSinceEpoch()) : QVariant();
}
} // namespace

Result<std::optional<PostRecord>> PostRepository::find(const QString &id)
{
    Query query(m_db, kSelect + QStringLiteral("p.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<PostRecord>();
    return std::optional<PostRecord>(readRecord(query));
}

Status PostRepository::insert(const PostRecord &record)
{
    const Post &p = record.post;
    return execute(m_db,
                   QStringLiteral("INSERT INTO posts (id, owner_id, text, photo_ids, visibility, revision, created_ms, "
                                  "updated_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {p.id, record.ownerId, textValue(p.text), photoIdsText(p.photoIds), visibilityName(p.visibility),
                    p.revision, p.createdAt.toMSecsSinceEpoch(), p.updatedAt.toMSecsSinceEpoch(), deletedValue(record)});
}

Status PostRepository::update(const PostRecord &record)
{
    const Post &p = record.post;
    return execute(m_db,
                   QStringLiteral("UPDATE posts SET text = ?, photo_ids = ?, visibility = ?, revision = ?, updated_ms = ?, "
                                  "deleted_ms = ? WHERE id = ?"),
                   {textValue(p.text), photoIdsText(p.photoIds), visibilityName(p.visibility), p.revision,
                    p.updatedAt.toMSecsSinceEpoch(), deletedValue(record), p.id});
}

Result<PostPage> PostRepository::page(const QString &condition, const QVariantList &values,
                                      const std::optional<PostPageStart> &after, int limit)
{
    QString sql = kSelect + QStringLiteral("p.deleted_ms IS NULL AND ") + condition;
    QVariantList bound = values;
    if (after) {
        sql += after->inclusive ? QStringLiteral(" AND (p.created_ms < ? OR (p.created_ms = ? AND p.id <= ?))")
                                : QStringLiteral(" AND (p.created_ms < ? OR (p.created_ms = ? AND p.id < ?))");
        bound << after->keyset.createdMs << after->keyset.createdMs << after->keyset.id;
    }
    sql += QStringLiteral(" ORDER BY p.created_ms DESC, p.id DESC LIMIT ?");
    bound << limit + 1; // one more tells whether there is a next page
    return readPage(sql, bound, limit);
}

Result<PostPage> PostRepository::readPage(const QString &sql, const QVariantList &bound, int limit)
{
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(bound))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    PostPage result;
    while (query.next())
        result.items.append(readRecord(query).post);
    if (result.items.size() > limit) {
        result.items.removeLast();
        const Post &last = result.items.constLast();
        result.next = DiaryKeyset{last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return result;
}

Result<PostPage> PostRepository::listByOwner(qint64 owner, std::optional<qint64> viewer,
                                             const std::optional<PostPageStart> &after, int limit)
{
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Post, QStringLiteral("p.id"), QStringLiteral("p.owner_id"),
                                                    QStringLiteral("p.visibility"));
    return page(QStringLiteral("p.owner_id = ? AND ") + audience.sql, QVariantList{owner} + audience.values, after, limit);
}

Result<PostPage> PostRepository::feed(qint64 viewer, const std::optional<PostPageStart> &after, int limit)
{
    const FeedTable table{QStringLiteral("posts"), QStringLiteral("p"), kColumns, ItemKind::Post};
    return readFeedPage<PostPage>(m_db, table, viewer, after, limit, [&](const QString &sql, const QVariantList &values) {
        return readPage(sql, values, limit);
    });
}

Result<QStringList> PostRepository::liveIds(qint64 owner, Visibility visibility)
{
    Query query(m_db, QStringLiteral("SELECT id FROM posts WHERE owner_id = ? AND visibility = ? AND deleted_ms IS NULL"));
    query.bind(owner).bind(visibilityName(visibility));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

} // namespace kj::server::store
