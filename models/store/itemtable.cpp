#include "models/store/itemtable.h"

#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

#include <QJsonDocument>

namespace kj::store {

namespace {
const QString kColumns = QStringLiteral(
    "kind, id, owner, parent_kind, parent_id, json, revision, created_at, updated_at, pending, deleted, base_json");

QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

CachedItem readItem(const QSqlQuery &query)
{
    CachedItem item;
    item.kind = query.value(0).toString();
    item.id = query.value(1).toString();
    item.owner = query.value(2).toString();
    item.parentKind = query.value(3).toString();
    item.parentId = query.value(4).toString();
    item.json = jsonFromText(query.value(5).toString());
    item.revision = query.value(6).toLongLong();
    item.createdAt = fromMs(query.value(7));
    item.updatedAt = fromMs(query.value(8));
    item.pending = query.value(9).toBool();
    item.deleted = query.value(10).toBool();
    if (!query.value(11).isNull())
        item.base = jsonFromText(query.value(11).toString());
    return item;
}

QList<CachedItem> readAll(Result<QSqlQuery> query)
{
    QList<CachedItem> result;
    if (!query)
        return result;
    while (query->next())
        result.append(readItem(*query));
    return result;
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}
//! Notes a successful write of the table, so ClientStore::itemsChanged follows the commit.
Status noted(ClientStore &store, Status status)
{
    if (status)
        store.noteChanged(ClientStore::Topic::Items);
    return status;
}

} // namespace

ItemTable::ItemTable(ClientStore &store) : m_store(store) {}

std::optional<CachedItem> ItemTable::find(const QString &kind, const QString &id) const
{
    const QList<CachedItem> found = select(QStringLiteral("WHERE kind = ? AND id = ?"), {kind, id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CachedItem> ItemTable::select(const QString &clause, const QVariantList &values) const
{
    return readAll(runSql(m_store.database(), QStringLiteral("SELECT %1 FROM items ").arg(kColumns) + clause, values));
}

QList<CachedItem> ItemTable::children(const QString &kind, const QString &parentKind, const QString &parentId) const
{
    return select(QStringLiteral("WHERE parent_kind = ? AND parent_id = ? AND kind = ? ORDER BY created_at, id"),
                  {parentKind, parentId, kind});
}

QList<CachedItem> ItemTable::ofOwner(const QString &kind, const QString &owner) const
{
    return select(QStringLiteral("WHERE kind = ? AND owner = ? ORDER BY created_at, id"), {kind, owner});
}

Status ItemTable::put(const CachedItem &item)
{
    return noted(m_store, done(runSql(m_store.database(),
                       QStringLiteral("INSERT OR REPLACE INTO items (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                       {item.kind, item.id, item.owner, item.parentKind, item.parentId, jsonText(item.json), item.revision,
                        item.createdAt.toMSecsSinceEpoch(), item.updatedAt.toMSecsSinceEpoch(), item.pending ? 1 : 0,
                        item.deleted ? 1 : 0, item.base ? QVariant(jsonText(*item.base)) : QVariant()})));
}

Status ItemTable::remove(const QString &kind, const QString &id)
{
    return noted(m_store, done(runSql(m_store.database(), QStringLiteral("DELETE FROM items WHERE kind = ? AND id = ?"), {kind, id})));
}

Status ItemTable::removeConfirmedChildren(const QString &kind, const QString &parentKind, const QString &parentId)
{
    return noted(m_store, done(runSql(m_store.database(),
                       QStringLiteral("DELETE FROM items WHERE parent_kind = ? AND parent_id = ? AND kind = ? AND pending = 0"),
                       {parentKind, parentId, kind})));
}

Status ItemTable::removeConfirmedOfOwner(const QString &kind, const QString &owner)
{
    return noted(m_store, done(runSql(m_store.database(), QStringLiteral("DELETE FROM items WHERE kind = ? AND owner = ? AND pending = 0"),
                       {kind, owner})));
}

} // namespace kj::store
