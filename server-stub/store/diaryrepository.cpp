#include "server-stub/store/diaryrepository.h"

#include "server-stub/store/audiencesql.h"
#include "server-stub/store/feedsql.h"
#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

namespace {
const QString kColumns = QStringLiteral("d.id, d.owner_id, u.username, u.display_name, d.title, d.body, d.visibility, "
                                         "d.revision, d.created_ms, d.updated_ms, d.deleted_ms");
const QString kSelect =
    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM diaries d JOIN users u ON u.id = d.owner_id WHERE ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

DiaryRecord readRecord(const Query &query)
{
    DiaryRecord record;
    record.diary.id = query.text(0);
    record.ownerId = query.int64(1);
    record.diary.author = User{query.text(2), query.text(3), {}};
    record.diary.title = query.text(4);
    record.diary.body = query.text(5);
    record.diary.visibility = visibilityFromName(query.text(6)).value_or(Visibility::Private);
    record.diary.revision = query.int64(7);
    record.diary.createdAt = fromMs(query.int64(8));
    record.diary.updatedAt = fromMs(query.int64(9));
    if (!query.isNull(10))
        record.deletedAt = fromMs(query.int64(10));
    return record;
}

QVariant deletedValue(const DiaryRecord &record)
{
    return record.deleted() ? QVariant(record.deletedAt.toMSecsSinceEpoch()) : QVariant();
}
} // namespace

Result<std::optional<DiaryRecord>> DiaryRepository::find(const QString &id)
{
    Query query(m_db, kSelect + QStringLiteral("d.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<DiaryRecord>();
    return std::optional<DiaryRecord>(readRecord(query));
}

Status DiaryRepository::insert(const DiaryRecord &record)
{
    const Diary &d = record.diary;
    return execute(m_db,
                   QStringLiteral("INSERT INTO diaries (id, owner_id, title, body, visibility, revision, created_ms, "
                                  "updated_ms, deleted_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {d.id, record.ownerId, textValue(d.title), textValue(d.body), visibilityName(d.visibility), d.revision,
                    d.createdAt.toMSecsSinceEpoch(), d.updatedAt.toMSecsSinceEpoch(), deletedValue(record)});
}

Status DiaryRepository::update(const DiaryRecord &record)
{
    const Diary &d = record.diary;
    return execute(m_db,
                   QStringLiteral("UPDATE diaries SET title = ?, body = ?, visibility = ?, revision = ?, updated_ms = ?, "
                                  "deleted_ms = ? WHERE id = ?"),
                   {textValue(d.title), textValue(d.body), visibilityName(d.visibility), d.revision, d.updatedAt.toMSecsSinceEpoch(),
                    deletedValue(record), d.id});
}

Result<DiaryPage> DiaryRepository::page(const QString &condition, const QVariantList &values,
                                        const std::optional<PageStart> &after, int limit)
{
    QString sql = kSelect + QStringLiteral("d.deleted_ms IS NULL AND ") + condition;
    QVariantList bound = values;
    if (after) {
        sql += after->inclusive ? QStringLiteral(" AND (d.created_ms < ? OR (d.created_ms = ? AND d.id <= ?))")
                                : QStringLiteral(" AND (d.created_ms < ? OR (d.created_ms = ? AND d.id < ?))");
        bound << after->keyset.createdMs << after->keyset.createdMs << after->keyset.id;
    }
    sql += QStringLiteral(" ORDER BY d.created_ms DESC, d.id DESC LIMIT ?");
    bound << limit + 1; // one more tells whether there is a next page
    return readPage(sql, bound, limit);
}

Result<DiaryPage> DiaryRepository::readPage(const QString &sql, const QVariantList &bound, int limit)
{
    Query query(m_db, sql);
    for (const QVariant &value : std::as_const(bound))
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    DiaryPage result;
    while (query.next())
        result.items.append(readRecord(query).diary);
    if (result.items.size() > limit) {
        result.items.removeLast();
        const Diary &last = result.items.constLast();
        result.next = DiaryKeyset{last.createdAt.toMSecsSinceEpoch(), last.id};
    }
    return result;
}

Result<DiaryPage> DiaryRepository::listByOwner(qint64 owner, std::optional<qint64> viewer,
                                               const std::optional<DiaryKeyset> &after, int limit)
{
    const SqlCondition audience = audienceCondition(viewer, ItemKind::Diary, QStringLiteral("d.id"), QStringLiteral("d.owner_id"),
                                                    QStringLiteral("d.visibility"));
    const std::optional<PageStart> start = after ? std::optional(PageStart{*after, false}) : std::nullopt;
    return page(QStringLiteral("d.owner_id = ? AND ") + audience.sql, QVariantList{owner} + audience.values, start, limit);
}

Result<DiaryPage> DiaryRepository::feed(qint64 viewer, const std::optional<PageStart> &after, int limit)
{
    const FeedTable table{QStringLiteral("diaries"), QStringLiteral("d"), kColumns, ItemKind::Diary};
    return readFeedPage<DiaryPage>(m_db, table, viewer, after, limit, [&](const QString &sql, const QVariantList &values) {
        return readPage(sql, values, limit);
    });
}

Result<QStringList> DiaryRepository::liveIds(qint64 owner, Visibility visibility)
{
    Query query(m_db, QStringLiteral("SELECT id FROM diaries WHERE owner_id = ? AND visibility = ? AND deleted_ms IS NULL"));
    query.bind(owner).bind(visibilityName(visibility));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

} // namespace kj::server::store
