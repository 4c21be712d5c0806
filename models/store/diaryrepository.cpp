#include "models/store/diaryrepository.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/sqlquery.h"

namespace kj::store {

namespace {
const QString kKind = QStringLiteral("diary");

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.author, d.author_display_name, d.title, d.body, d.visibility, d.revision, d.created_at,"
    " d.updated_at, d.deleted,"
    " EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'diary' AND o.item_id = d.id) AS pending, d.groups,"
    " d.base_title, d.base_body, d.like_count, d.comment_count, d.liked_by_me"
    " FROM diaries d");

DiaryRepository::Row readRow(const QSqlQuery &query)
{
    DiaryRepository::Row row;
    kj::Diary &diary = row.local.diary;
    diary.id = query.value(0).toString();
    diary.author.username = query.value(1).toString();
    diary.author.displayName = query.value(2).toString();
    diary.title = query.value(3).toString();
    diary.body = query.value(4).toString();
    diary.visibility = kj::visibilityFromName(query.value(5).toString()).value_or(kj::Visibility::Private);
    diary.revision = query.value(6).toLongLong();
    diary.createdAt = fromMs(query.value(7));
    diary.updatedAt = fromMs(query.value(8));
    row.deleted = query.value(9).toBool();
    row.local.pending = query.value(10).toBool();
    if (diary.visibility == kj::Visibility::Groups)
        diary.groups = query.value(11).toString().split(u',', Qt::SkipEmptyParts);
    if (!query.value(12).isNull() && !query.value(13).isNull())
        row.base = DiaryRepository::Row::Base{query.value(12).toString(), query.value(13).toString()};
    row.local.reactions = {query.value(14).toInt(), query.value(15).toInt(), query.value(16).toBool()};
    return row;
}

QList<LocalDiary> readAll(Result<QSqlQuery> query)
{
    QList<LocalDiary> result;
    if (!query)
        return result;
    while (query->next())
        result.append(readRow(*query).local);
    return result;
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}

QVariantList columns(const kj::Diary &diary, bool deleted)
{
    return {diary.id,
            diary.author.username,
            diary.author.displayName,
            diary.title,
            diary.body,
            kj::visibilityName(diary.visibility),
            diary.revision,
            diary.createdAt.toMSecsSinceEpoch(),
            diary.updatedAt.toMSecsSinceEpoch(),
            deleted ? 1 : 0,
            diary.visibility == kj::Visibility::Groups ? diary.groups.join(u',') : QStringLiteral("")};
}

// A copy the server sent: it is also the base of a later three-way merge. Its reactions stay as they are.
const QString kWriteServerCopy = QStringLiteral(
    "INSERT INTO diaries (id, author, author_display_name, title, body, visibility, revision,"
    " created_at, updated_at, deleted, groups, base_title, base_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET author = excluded.author, author_display_name = excluded.author_display_name,"
    " title = excluded.title, body = excluded.body, visibility = excluded.visibility, revision = excluded.revision,"
    " created_at = excluded.created_at, updated_at = excluded.updated_at, deleted = excluded.deleted,"
    " groups = excluded.groups, base_title = excluded.base_title, base_body = excluded.base_body");

// A copy the server sent of a diary not cached yet, with what the server said of its likes and comments.
const QString kInsertServerCopy = QStringLiteral(
    "INSERT INTO diaries (id, author, author_display_name, title, body, visibility, revision,"
    " created_at, updated_at, deleted, groups, base_title, base_body, like_count, comment_count, liked_by_me)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");

Status writeReactions(const QSqlDatabase &database, const QString &id, const kj::Reactions &reactions)
{
    return done(runSql(database, QStringLiteral("UPDATE diaries SET like_count = ?, comment_count = ?, liked_by_me = ? WHERE id = ?"),
                       {reactions.likeCount, reactions.commentCount, reactions.likedByMe ? 1 : 0, id}));
}

QVariantList serverCopyColumns(const kj::Diary &diary)
{
    return columns(diary, false) << diary.title << diary.body;
}

// My own edit: everything but the merge base, which stays what the server last had.
const QString kWriteLocal = QStringLiteral(
    "INSERT INTO diaries (id, author, author_display_name, title, body, visibility, revision,"
    " created_at, updated_at, deleted, groups) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET author = excluded.author, author_display_name = excluded.author_display_name,"
    " title = excluded.title, body = excluded.body, visibility = excluded.visibility, revision = excluded.revision,"
    " created_at = excluded.created_at, updated_at = excluded.updated_at, deleted = excluded.deleted,"
    " groups = excluded.groups");

// LIMIT -1 means no limit in SQLite.
QVariantList page(QVariantList values, int limit, int offset)
{
    values << (limit < 0 ? -1 : limit) << qMax(0, offset);
    return values;
}
} // namespace

DiaryRepository::DiaryRepository(ClientStore &store) : m_store(store) {}

Result<LocalDiary> DiaryRepository::saveMyDiary(const QString &id, const QString &title, const QString &body,
                                                kj::Visibility visibility, const QStringList &groups)
{
    if (title.size() > kj::Diary::kMaxTitleLength) {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a title may have at most %1 characters").arg(kj::Diary::kMaxTitleLength));
    }
    if (body.size() > kj::Diary::kMaxBodyLength) {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a diary may have at most %1 characters").arg(kj::Diary::kMaxBodyLength));
    }
    if (title.contains(QChar(0)) || body.contains(QChar(0)))
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("a diary must not contain NUL characters"));
    if (!id.isEmpty() && !kj::isValidItemId(id))
        return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not a diary id").arg(id));

    QStringList audienceGroups = visibility == kj::Visibility::Groups ? groups : QStringList();
    audienceGroups.sort();
    audienceGroups.removeDuplicates();
    for (const QString &group : std::as_const(audienceGroups)) {
        if (!kj::isValidItemId(group))
            return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not a group id").arg(group));
    }
    if (visibility == kj::Visibility::Groups && (audienceGroups.isEmpty() || audienceGroups.size() > kj::Audience::kMaxGroups)) {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("a diary for friend groups names 1 to %1 groups").arg(kj::Audience::kMaxGroups));
    }
    const QString diaryId = id.isEmpty() ? kj::newItemId() : id;
    Status status = m_store.transaction([&]() -> Status {
        const std::optional<Row> existing = findRow(diaryId);
        kj::Diary diary;
        if (existing) {
            if (existing->local.diary.author.username != m_store.owner().username)
                return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("this diary belongs to someone else"));
            if (existing->deleted)
                return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("this diary was deleted"));
            diary = existing->local.diary;
            if (diary.title == title && diary.body == body && diary.visibility == visibility && diary.groups == audienceGroups)
                return {}; // nothing changed: nothing to push
        } else {
            diary.id = diaryId;
            diary.createdAt = kj::nowUtc();
        }
        diary.author = m_store.owner();
        diary.author.createdAt = QDateTime();
        diary.title = title;
        diary.body = body;
        diary.visibility = visibility;
        diary.groups = audienceGroups;
        diary.updatedAt = kj::nowUtc();
        if (Status written = done(runSql(m_store.database(), kWriteLocal, columns(diary, false))); !written)
            return written;
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return m_store.outbox().enqueue(kKind, diaryId, OutboxEntry::Op::Upsert);
    });
    if (!status)
        return status.error();
    std::optional<LocalDiary> saved = find(diaryId);
    if (!saved)
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("the saved diary could not be read back"));
    return *saved;
}

Status DiaryRepository::deleteMyDiary(const QString &id)
{
    return m_store.transaction([&]() -> Status {
        const std::optional<Row> existing = findRow(id);
        if (!existing || existing->deleted)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no diary %1").arg(id));
        if (existing->local.diary.author.username != m_store.owner().username)
            return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("this diary belongs to someone else"));
        m_store.noteChanged(ClientStore::Topic::Diaries);

        // A diary the server never saw, and whose create is not on its way, can simply vanish.
        const bool maybeOnServer =
            existing->local.diary.revision > 0
            || scalar(m_store.database(),
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE kind = ? AND item_id = ? AND in_flight = 1)"),
                      {kKind, id}) != 0;
        if (!maybeOnServer) {
            if (Status removed = done(runSql(m_store.database(), QStringLiteral("DELETE FROM diaries WHERE id = ?"), {id}));
                !removed)
                return removed;
            return m_store.outbox().removeItem(kKind, id);
        }
        if (Status marked = done(runSql(m_store.database(),
                                        QStringLiteral("UPDATE diaries SET deleted = 1, updated_at = ? WHERE id = ?"),
                                        {kj::nowUtc().toMSecsSinceEpoch(), id}));
            !marked)
            return marked;
        return m_store.outbox().enqueue(kKind, id, OutboxEntry::Op::Delete);
    });
}

std::optional<LocalDiary> DiaryRepository::find(const QString &id) const
{
    const std::optional<Row> row = findRow(id);
    if (!row || row->deleted)
        return std::nullopt;
    return row->local;
}

std::optional<DiaryRepository::Row> DiaryRepository::findRow(const QString &id) const
{
    Result<QSqlQuery> query = runSql(m_store.database(), kSelect + QStringLiteral(" WHERE d.id = ?"), {id});
    if (!query || !query->next())
        return std::nullopt;
    return readRow(*query);
}

QList<LocalDiary> DiaryRepository::listByAuthor(const QString &username, int limit, int offset) const
{
    return readAll(runSql(m_store.database(),
                          kSelect + QStringLiteral(" WHERE d.author = ? AND d.deleted = 0"
                                                   " ORDER BY d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?"),
                          page({username}, limit, offset)));
}

int DiaryRepository::countByAuthor(const QString &username) const
{
    return int(scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM diaries WHERE author = ? AND deleted = 0"),
                      {username}));
}

QList<LocalDiary> DiaryRepository::feed(int limit, int offset) const
{
    // "+d.author": not the author index. Through it SQLite gathered every diary of me and my friends and
    // sorted them all for each page (0.2 s at 100,000 diaries); walking diaries_by_time newest first, a
    // page stops once it has its rows.
    return readAll(runSql(m_store.database(),
                          kSelect + QStringLiteral(" WHERE d.deleted = 0 AND (+d.author = ? OR +d.author IN (SELECT username FROM friends))"
                                                   " ORDER BY d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?"),
                          page({m_store.owner().username}, limit, offset)));
}

QList<LocalDiary> DiaryRepository::feedAfter(const QDateTime &updatedAt, const QString &id, int limit) const
{
    // "updated_at <= ?" is the range diaries_by_time walks from; the rest only breaks ties within its first ms.
    const qint64 ms = updatedAt.toMSecsSinceEpoch();
    return readAll(runSql(m_store.database(),
                          kSelect + QStringLiteral(" WHERE d.updated_at <= ? AND (d.updated_at < ? OR d.id < ?) AND d.deleted = 0"
                                                   " AND (+d.author = ? OR +d.author IN (SELECT username FROM friends))"
                                                   " ORDER BY d.updated_at DESC, d.id DESC LIMIT ?"),
                          {ms, ms, id, m_store.owner().username, limit < 0 ? -1 : limit}));
}

int DiaryRepository::feedCount() const
{
    // Two counts added up, each answered by diaries_live_by_author alone: one condition with OR made SQLite
    // gather the rowids of both sides to drop doubles (55 ms at 100,000 diaries).
    const QString me = m_store.owner().username;
    return int(scalar(m_store.database(),
                      QStringLiteral("SELECT (SELECT COUNT(*) FROM diaries WHERE deleted = 0 AND author = ?)"
                                     " + (SELECT COUNT(*) FROM diaries WHERE deleted = 0"
                                     " AND author IN (SELECT username FROM friends WHERE username <> ?))"),
                      {me, me}));
}

Result<bool> DiaryRepository::applyServerDiary(const kj::Diary &diary, const std::optional<kj::Reactions> &reactions)
{
    bool written = false;
    Status status = m_store.transaction([&]() -> Status {
        // A diary not cached yet (every one of a first sync) takes one statement. It cannot have a change of
        // mine queued: a queued diary always keeps its row (tombstones included) until its push is done.
        kj::Diary stored = diary;
        stored.author.createdAt = QDateTime();
        const kj::Reactions known = reactions.value_or(kj::Reactions{});
        Result<int> inserted = m_store.execPrepared(kInsertServerCopy, serverCopyColumns(stored)
                                                                           << known.likeCount << known.commentCount
                                                                           << (known.likedByMe ? 1 : 0));
        if (!inserted)
            return inserted.error();
        if (*inserted > 0) {
            written = true;
            m_store.noteChanged(ClientStore::Topic::Diaries);
            return {};
        }

        const std::optional<Row> existing = findRow(diary.id);
        if (existing && existing->local.diary.revision > diary.revision)
            return {}; // an older copy (a backfill page that raced a change)
        // Likes and comments are the server's whatever my unsynced edit says.
        if (existing && reactions && existing->local.reactions != *reactions) {
            if (Status recorded = writeReactions(m_store.database(), diary.id, *reactions); !recorded)
                return recorded;
            m_store.noteChanged(ClientStore::Topic::Diaries);
        }
        // My unsynced change wins locally until its push meets this revision and merges.
        if (m_store.outbox().hasPending(kKind, diary.id))
            return {};
        if (existing && !existing->deleted && existing->local.diary == stored && existing->base
            && existing->base->title == stored.title && existing->base->body == stored.body) {
            return {};
        }
        if (Status replaced = done(runSql(m_store.database(), kWriteServerCopy, serverCopyColumns(stored))); !replaced)
            return replaced;
        written = true;
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return {};
    });
    if (!status)
        return status.error();
    return written;
}

Status DiaryRepository::recordLikeState(const QString &id, int likeCount, bool likedByMe)
{
    Result<QSqlQuery> query = runSql(m_store.database(),
                                     QStringLiteral("UPDATE diaries SET like_count = ?, liked_by_me = ? WHERE id = ?"),
                                     {likeCount, likedByMe ? 1 : 0, id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() > 0)
        m_store.noteChanged(ClientStore::Topic::Diaries);
    return {};
}

Result<bool> DiaryRepository::removeDiary(const QString &id)
{
    bool removed = false;
    Status status = m_store.transaction([&]() -> Status {
        if (m_store.outbox().hasPending(kKind, id))
            return {};
        Result<QSqlQuery> query = runSql(m_store.database(), QStringLiteral("DELETE FROM diaries WHERE id = ?"), {id});
        if (!query)
            return query.error();
        removed = query->numRowsAffected() > 0;
        if (removed)
            m_store.noteChanged(ClientStore::Topic::Diaries);
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

Status DiaryRepository::removeByAuthor(const QString &username)
{
    if (username == m_store.owner().username)
        return {};
    Result<QSqlQuery> query = runSql(m_store.database(),
        QStringLiteral("DELETE FROM diaries WHERE author = ? AND NOT EXISTS"
                       " (SELECT 1 FROM outbox o WHERE o.kind = 'diary' AND o.item_id = diaries.id)"),
        {username});
    if (!query)
        return query.error();
    if (query->numRowsAffected() > 0)
        m_store.noteChanged(ClientStore::Topic::Diaries);
    return {};
}

Status DiaryRepository::recordPushed(qint64 seq, const kj::Diary &server)
{
    return m_store.transaction([&]() -> Status {
        if (Status removed = m_store.outbox().remove(seq); !removed)
            return removed;
        Status status;
        if (m_store.outbox().hasPending(kKind, server.id)) {
            // A later edit is queued: keep its content, but it now builds on the revision just made.
            status = done(runSql(m_store.database(),
                                 QStringLiteral("UPDATE diaries SET revision = ?, created_at = ?, base_title = ?, base_body = ?"
                                                " WHERE id = ?"),
                                 {server.revision, server.createdAt.toMSecsSinceEpoch(), server.title, server.body, server.id}));
        } else {
            kj::Diary stored = server;
            stored.author.createdAt = QDateTime();
            status = done(runSql(m_store.database(), kWriteServerCopy, serverCopyColumns(stored)));
        }
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return status;
    });
}

Status DiaryRepository::recordDeletePushed(qint64 seq, const QString &id)
{
    return m_store.transaction([&]() -> Status {
        if (Status removed = m_store.outbox().remove(seq); !removed)
            return removed;
        if (m_store.outbox().hasPending(kKind, id))
            return {};
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return done(runSql(m_store.database(), QStringLiteral("DELETE FROM diaries WHERE id = ?"), {id}));
    });
}

Status DiaryRepository::rebase(const QString &id, const QString &title, const QString &body,
                               kj::Visibility visibility, qint64 revision, const QStringList &groups)
{
    return m_store.transaction([&]() -> Status {
        const QString groupList = visibility == kj::Visibility::Groups ? groups.join(u',') : QStringLiteral("");
        Result<QSqlQuery> query = runSql(m_store.database(),
            QStringLiteral("UPDATE diaries SET title = ?, body = ?, visibility = ?, revision = ?, updated_at = ?, groups = ?,"
                           " base_title = NULL, base_body = NULL WHERE id = ?"),
            {title, body, kj::visibilityName(visibility), revision, kj::nowUtc().toMSecsSinceEpoch(), groupList, id});
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no diary %1").arg(id));
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return {};
    });
}

Status DiaryRepository::rebaseOnto(const kj::Diary &server, const QString &title, const QString &body,
                                   kj::Visibility visibility, const QStringList &groups)
{
    return m_store.transaction([&]() -> Status {
        const QString groupList = visibility == kj::Visibility::Groups ? groups.join(u',') : QStringLiteral("");
        Result<QSqlQuery> query = runSql(m_store.database(),
            QStringLiteral("UPDATE diaries SET title = ?, body = ?, visibility = ?, revision = ?, updated_at = ?, groups = ?,"
                           " base_title = ?, base_body = ? WHERE id = ?"),
            {title, body, kj::visibilityName(visibility), server.revision, kj::nowUtc().toMSecsSinceEpoch(), groupList,
             server.title, server.body, server.id});
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no diary %1").arg(server.id));
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return {};
    });
}

Result<QString> DiaryRepository::detach(const QString &id)
{
    const QString newId = kj::newItemId();
    Status status = m_store.transaction([&]() -> Status {
        std::optional<Row> row = findRow(id);
        if (!row)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no diary %1").arg(id));
        kj::Diary copy = row->local.diary;
        copy.id = newId;
        copy.revision = 0;
        copy.createdAt = kj::nowUtc();
        copy.updatedAt = copy.createdAt;
        if (Status written = done(runSql(m_store.database(), kWriteLocal, columns(copy, false))); !written)
            return written;
        if (Status removed = done(runSql(m_store.database(), QStringLiteral("DELETE FROM diaries WHERE id = ?"), {id}));
            !removed)
            return removed;
        if (Status dropped = m_store.outbox().removeItem(kKind, id); !dropped)
            return dropped;
        m_store.noteChanged(ClientStore::Topic::Diaries);
        return m_store.outbox().enqueue(kKind, newId, OutboxEntry::Op::Upsert);
    });
    if (!status)
        return status.error();
    return newId;
}

} // namespace kj::store
