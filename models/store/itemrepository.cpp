#include "models/store/itemrepository.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/sqlquery.h"

#include <QJsonDocument>

namespace kj::store {

namespace {
// Writes a copy the server sent: it is also the merge base. The parent stays what it was when none is given
// (a pushed write is answered without knowing it).
const QString kWriteServerCopy = QStringLiteral(
    "INSERT INTO items (kind, id, owner, parent_kind, parent_id, json, revision, created_at, updated_at, pending,"
    " deleted, base_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)"
    " ON CONFLICT (kind, id) DO UPDATE SET owner = excluded.owner,"
    " parent_kind = CASE WHEN excluded.parent_kind = '' THEN items.parent_kind ELSE excluded.parent_kind END,"
    " parent_id = CASE WHEN excluded.parent_id = '' THEN items.parent_id ELSE excluded.parent_id END,"
    " json = excluded.json, revision = excluded.revision, created_at = excluded.created_at,"
    " updated_at = excluded.updated_at, pending = 0, deleted = 0, base_json = excluded.base_json");

// My own change: the content, not the revision nor the merge base, which stay what the server last had.
const QString kWriteMine = QStringLiteral(
    "INSERT INTO items (kind, id, owner, parent_kind, parent_id, json, revision, created_at, updated_at, pending,"
    " deleted) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 1, 0)"
    " ON CONFLICT (kind, id) DO UPDATE SET owner = excluded.owner, parent_kind = excluded.parent_kind,"
    " parent_id = excluded.parent_id, json = excluded.json, updated_at = excluded.updated_at, pending = 1, deleted = 0");

QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

//! The username of whoever wrote the item: "author" (说说, reposts, comments) or "owner" (albums, photos, tracks).
QString ownerOf(const QJsonObject &json)
{
    for (const QString &key : {QStringLiteral("author"), QStringLiteral("owner")}) {
        const QString username = json.value(key).toObject().value(QStringLiteral("username")).toString();
        if (!username.isEmpty())
            return username;
    }
    return {};
}

qint64 msOf(const QJsonObject &json, const QString &key, const QDateTime &fallback)
{
    const std::optional<QDateTime> time = kj::fromRfc3339(json.value(key).toString());
    return (time && time->isValid() ? *time : fallback).toMSecsSinceEpoch();
}

qint64 revisionOf(const QJsonObject &json)
{
    return json.value(QStringLiteral("revision")).toInteger();
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u", ");
}

QVariantList values(const QStringList &strings)
{
    QVariantList list;
    for (const QString &string : strings)
        list.append(string);
    return list;
}

// LIMIT -1 means no limit in SQLite.
QVariantList page(QVariantList list, int limit, int offset)
{
    list << (limit < 0 ? -1 : limit) << qMax(0, offset);
    return list;
}

//! The content of an item without what the store and the server fill in, to tell whether an edit changed it.
QJsonObject content(QJsonObject json)
{
    for (const QString &key : {QStringLiteral("revision"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")})
        json.remove(key);
    return json;
}
//! Notes a successful write of the items table, so ClientStore::itemsChanged follows the commit.
Status noted(ClientStore &store, Status status)
{
    if (status)
        store.noteChanged(ClientStore::Topic::Items);
    return status;
}

} // namespace

ItemRepository::ItemRepository(ClientStore &store) : m_store(store), m_table(store) {}

Result<CachedItem> ItemRepository::saveMine(const QString &kind, const QJsonObject &json, const QString &parentKind,
                                            const QString &parentId)
{
    const QString id = json.value(QStringLiteral("id")).toString();
    if (!kj::isValidItemId(id))
        return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not an item id").arg(id));
    const QString me = m_store.owner().username;
    if (ownerOf(json) != me)
        return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("only my own items can be written here"));
    Status status = m_store.transaction([&]() -> Status {
        const std::optional<CachedItem> existing = findRow(kind, id);
        if (existing) {
            if (existing->owner != me)
                return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("this %1 belongs to someone else").arg(kind));
            if (existing->deleted)
                return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("this %1 was deleted").arg(kind));
            if (content(existing->json) == content(json) && existing->parentKind == parentKind
                && existing->parentId == parentId) {
                return {}; // nothing changed: nothing to push
            }
        }
        const QDateTime now = kj::nowUtc();
        const QDateTime created = existing ? existing->createdAt : now;
        QJsonObject stored = json;
        stored.insert(QStringLiteral("revision"), existing ? existing->revision : 0);
        stored.insert(QStringLiteral("createdAt"), kj::toRfc3339(created));
        stored.insert(QStringLiteral("updatedAt"), kj::toRfc3339(now));
        if (Status written = done(runSql(m_store.database(), kWriteMine,
                                         {kind, id, me, parentKind, parentId, jsonText(stored), created.toMSecsSinceEpoch(),
                                          now.toMSecsSinceEpoch()}));
            !written) {
            return written;
        }
        m_store.noteChanged(ClientStore::Topic::Items);
        return m_store.outbox().enqueue(kind, id, OutboxEntry::Op::Upsert, stored);
    });
    if (!status)
        return status.error();
    std::optional<CachedItem> saved = findRow(kind, id);
    if (!saved)
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("the saved %1 could not be read back").arg(kind));
    return *saved;
}

Status ItemRepository::deleteMine(const QString &kind, const QString &id)
{
    return m_store.transaction([&]() -> Status {
        const std::optional<CachedItem> existing = findRow(kind, id);
        if (!existing || existing->deleted)
            return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no %1 %2 here").arg(kind, id));
        if (existing->owner != m_store.owner().username)
            return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("this %1 belongs to someone else").arg(kind));
        // An item the server never saw, and whose create is not on its way, can simply vanish.
        const bool maybeOnServer =
            existing->revision > 0
            || scalar(m_store.database(),
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE kind = ? AND item_id = ? AND in_flight = 1)"),
                      {kind, id}) != 0;
        if (!maybeOnServer) {
            if (Status removed = done(runSql(m_store.database(), QStringLiteral("DELETE FROM items WHERE kind = ? AND id = ?"),
                                             {kind, id}));
                !removed) {
                return removed;
            }
            m_store.noteChanged(ClientStore::Topic::Items);
            return m_store.outbox().removeItem(kind, id);
        }
        if (Status marked = done(runSql(m_store.database(),
                                        QStringLiteral("UPDATE items SET deleted = 1, pending = 1, updated_at = ?"
                                                       " WHERE kind = ? AND id = ?"),
                                        {kj::nowUtc().toMSecsSinceEpoch(), kind, id}));
            !marked) {
            return marked;
        }
        m_store.noteChanged(ClientStore::Topic::Items);
        // The payload keeps what is deleted, so a refused delete still shows what it was about.
        return m_store.outbox().enqueue(kind, id, OutboxEntry::Op::Delete, existing->json);
    });
}

std::optional<CachedItem> ItemRepository::find(const QString &kind, const QString &id) const
{
    std::optional<CachedItem> row = findRow(kind, id);
    if (!row || row->deleted)
        return std::nullopt;
    return row;
}

std::optional<CachedItem> ItemRepository::findRow(const QString &kind, const QString &id) const
{
    return m_table.find(kind, id);
}

QList<CachedItem> ItemRepository::listByOwner(const QString &kind, const QString &owner, int limit, int offset) const
{
    return m_table.select(QStringLiteral("WHERE kind = ? AND owner = ? AND deleted = 0"
                                         " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"),
                          page({kind, owner}, limit, offset));
}

QList<CachedItem> ItemRepository::feed(const QStringList &kinds, int limit, int offset) const
{
    if (kinds.isEmpty())
        return {};
    return m_table.select(QStringLiteral("WHERE kind IN (%1) AND deleted = 0"
                                         " AND (owner = ? OR owner IN (SELECT username FROM friends))"
                                         " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                              .arg(placeholders(kinds.size())),
                          page(values(kinds) << m_store.owner().username, limit, offset));
}

QList<CachedItem> ItemRepository::feedAfter(const QStringList &kinds, const QDateTime &createdAt, const QString &id,
                                           int limit) const
{
    // One ordered walk of items_by_time per kind, each stopping at `limit`, merged: "kind IN (...)" with this
    // ORDER BY read and sorted every remaining item of those kinds for each page (30-80 ms at 100,000).
    const bool after = createdAt.isValid();
    const QString oneKind = QStringLiteral("SELECT rowid FROM (SELECT rowid FROM items WHERE kind = ?")
        + (after ? QStringLiteral(" AND created_at <= ? AND (created_at < ? OR id < ?)") : QString())
        + QStringLiteral(" AND deleted = 0 AND (owner = ? OR owner IN (SELECT username FROM friends))"
                         " ORDER BY created_at DESC, id DESC LIMIT ?)");
    const qint64 ms = createdAt.toMSecsSinceEpoch();
    const int rows = limit < 0 ? -1 : limit;
    QStringList walks;
    QVariantList bound;
    for (const QString &kind : kinds) {
        walks.append(oneKind);
        bound << kind;
        if (after)
            bound << ms << ms << id;
        bound << m_store.owner().username << rows;
    }
    if (walks.isEmpty())
        return {};
    bound << rows;
    return m_table.select(QStringLiteral("WHERE rowid IN (%1) ORDER BY created_at DESC, id DESC LIMIT ?")
                              .arg(walks.join(QStringLiteral(" UNION ALL "))),
                          bound);
}

QList<CachedItem> ItemRepository::children(const QString &parentKind, const QString &parentId, const QString &kind) const
{
    return m_table.select(QStringLiteral("WHERE parent_kind = ? AND parent_id = ? AND kind = ? AND deleted = 0"
                                         " ORDER BY created_at, id"),
                          {parentKind, parentId, kind});
}

Result<bool> ItemRepository::applyServerItem(const QString &kind, const QJsonObject &json, const QString &parentKind,
                                             const QString &parentId)
{
    const QString id = json.value(QStringLiteral("id")).toString();
    if (!kj::isValidItemId(id))
        return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a %1 from the server has no valid id").arg(kind));
    bool written = false;
    Status status = m_store.transaction([&]() -> Status {
        // My unsynced change wins locally until its push meets this revision and merges.
        if (m_store.outbox().hasPending(kind, id))
            return {};
        const std::optional<CachedItem> existing = findRow(kind, id);
        const qint64 revision = revisionOf(json);
        if (existing && existing->revision > revision)
            return {}; // an older copy (a backfill page that raced a change)
        if (existing && !existing->deleted && !existing->pending && existing->json == json && existing->base == json
            && (parentKind.isEmpty() || (existing->parentKind == parentKind && existing->parentId == parentId))) {
            return {};
        }
        const QDateTime now = kj::nowUtc();
        const QString text = jsonText(json);
        if (Status replaced = done(runSql(m_store.database(), kWriteServerCopy,
                                          {kind, id, ownerOf(json), parentKind, parentId, text, revision,
                                           msOf(json, QStringLiteral("createdAt"), now),
                                           msOf(json, QStringLiteral("updatedAt"), now), text}));
            !replaced) {
            return replaced;
        }
        written = true;
        m_store.noteChanged(ClientStore::Topic::Items);
        return {};
    });
    if (!status)
        return status.error();
    return written;
}

Result<bool> ItemRepository::removeItem(const QString &kind, const QString &id)
{
    bool removed = false;
    Status status = m_store.transaction([&]() -> Status {
        if (m_store.outbox().hasPending(kind, id))
            return {};
        Result<QSqlQuery> query = runSql(m_store.database(), QStringLiteral("DELETE FROM items WHERE kind = ? AND id = ?"),
                                         {kind, id});
        if (!query)
            return query.error();
        removed = query->numRowsAffected() > 0;
        if (removed)
            m_store.noteChanged(ClientStore::Topic::Items);
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

Status ItemRepository::removeByOwner(const QString &owner, const QStringList &kinds)
{
    if (owner == m_store.owner().username || kinds.isEmpty())
        return {};
    return noted(m_store, done(runSql(m_store.database(),
                       QStringLiteral("DELETE FROM items WHERE owner = ? AND kind IN (%1) AND NOT EXISTS"
                                      " (SELECT 1 FROM outbox o WHERE o.kind = items.kind AND o.item_id = items.id)")
                           .arg(placeholders(kinds.size())),
                       QVariantList{owner} + values(kinds))));
}

Status ItemRepository::recordPushed(qint64 seq, const QString &kind, const QJsonObject &server)
{
    const QString id = server.value(QStringLiteral("id")).toString();
    return m_store.transaction([&]() -> Status {
        if (Status removed = m_store.outbox().remove(seq); !removed)
            return removed;
        const QDateTime now = kj::nowUtc();
        const QString text = jsonText(server);
        if (m_store.outbox().hasPending(kind, id)) {
            // A later change is queued: keep its content, but it now builds on the revision just made.
            return noted(m_store, done(runSql(m_store.database(),
                               QStringLiteral("UPDATE items SET revision = ?, base_json = ?, created_at = ?"
                                              " WHERE kind = ? AND id = ?"),
                               {revisionOf(server), text, msOf(server, QStringLiteral("createdAt"), now), kind, id})));
        }
        return noted(m_store, done(runSql(m_store.database(), kWriteServerCopy,
                           {kind, id, ownerOf(server), QString(), QString(), text, revisionOf(server),
                            msOf(server, QStringLiteral("createdAt"), now), msOf(server, QStringLiteral("updatedAt"), now),
                            text})));
    });
}

Status ItemRepository::recordDeletePushed(qint64 seq, const QString &kind, const QString &id)
{
    return m_store.transaction([&]() -> Status {
        if (Status removed = m_store.outbox().remove(seq); !removed)
            return removed;
        if (m_store.outbox().hasPending(kind, id))
            return {};
        return noted(m_store, done(runSql(m_store.database(), QStringLiteral("DELETE FROM items WHERE kind = ? AND id = ?"), {kind, id})));
    });
}

Status ItemRepository::rebaseOnto(const QString &kind, const QJsonObject &server, const QJsonObject &merged)
{
    const QString id = server.value(QStringLiteral("id")).toString();
    QJsonObject stored = merged;
    stored.insert(QStringLiteral("revision"), revisionOf(server));
    Result<QSqlQuery> query = runSql(m_store.database(),
        QStringLiteral("UPDATE items SET json = ?, revision = ?, base_json = ?, updated_at = ?, pending = 1"
                       " WHERE kind = ? AND id = ?"),
        {jsonText(stored), revisionOf(server), jsonText(server), kj::nowUtc().toMSecsSinceEpoch(), kind, id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no %1 %2 here").arg(kind, id));
    m_store.noteChanged(ClientStore::Topic::Items);
    return {};
}

Status ItemRepository::rebaseOnTombstone(const QString &kind, const QString &id, qint64 revision)
{
    Result<QSqlQuery> query = runSql(m_store.database(),
        QStringLiteral("UPDATE items SET revision = ?, base_json = NULL, pending = 1 WHERE kind = ? AND id = ?"),
        {revision, kind, id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no %1 %2 here").arg(kind, id));
    m_store.noteChanged(ClientStore::Topic::Items);
    return {};
}

Status ItemRepository::revertRefused(const QString &kind, const QString &id)
{
    return m_store.transaction([&]() -> Status {
        if (m_store.outbox().hasPending(kind, id))
            return {};
        const std::optional<CachedItem> row = findRow(kind, id);
        if (!row)
            return {};
        if (row->revision == 0) {
            return noted(m_store, done(runSql(m_store.database(), QStringLiteral("DELETE FROM items WHERE kind = ? AND id = ?"), {kind, id})));
        }
        if (row->base) {
            return noted(m_store, done(runSql(m_store.database(),
                               QStringLiteral("UPDATE items SET json = ?, pending = 0, deleted = 0 WHERE kind = ? AND id = ?"),
                               {jsonText(*row->base), kind, id})));
        }
        return noted(m_store, done(runSql(m_store.database(),
                           QStringLiteral("UPDATE items SET pending = 0, deleted = 0 WHERE kind = ? AND id = ?"), {kind, id})));
    });
}

} // namespace kj::store
