#include "models/store/unansweredwrites.h"

#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

#include <QJsonDocument>

namespace kj::store {

UnansweredWrites::UnansweredWrites(ClientStore &store) : m_store(store) {}

Status UnansweredWrites::record(const QString &kind, const QString &itemId, const QJsonObject &write)
{
    const QString json = QString::fromUtf8(QJsonDocument(write).toJson(QJsonDocument::Compact));
    return m_store.transaction([&]() -> Status {
        const QSqlDatabase db = m_store.database();
        // The same body sent again (a retry) moves to the front instead of taking a second place.
        Result<QSqlQuery> written = runSql(db,
            QStringLiteral("INSERT INTO unanswered_writes (kind, item_id, body, sent_at) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (kind, item_id, body) DO UPDATE SET sent_at = excluded.sent_at"),
            {kind, itemId, json, kj::nowUtc().toMSecsSinceEpoch()});
        if (!written)
            return written.error();
        Result<QSqlQuery> trimmed = runSql(db,
            QStringLiteral("DELETE FROM unanswered_writes WHERE kind = ? AND item_id = ? AND rowid NOT IN"
                           " (SELECT rowid FROM unanswered_writes WHERE kind = ? AND item_id = ?"
                           "  ORDER BY sent_at DESC, rowid DESC LIMIT ?)"),
            {kind, itemId, kind, itemId, kKeptPerItem});
        if (!trimmed)
            return trimmed.error();
        return {};
    });
}

QList<QJsonObject> UnansweredWrites::writes(const QString &kind, const QString &itemId) const
{
    QList<QJsonObject> result;
    Result<QSqlQuery> query = runSql(m_store.database(),
        QStringLiteral("SELECT body FROM unanswered_writes WHERE kind = ? AND item_id = ? ORDER BY sent_at DESC, rowid DESC"),
        {kind, itemId});
    if (!query)
        return result;
    while (query->next()) {
        if (Result<QJsonObject> json = kj::parseJsonObject(query->value(0).toString().toUtf8()))
            result.append(*json);
    }
    return result;
}

Status UnansweredWrites::clear(const QString &kind, const QString &itemId)
{
    Result<QSqlQuery> removed =
        runSql(m_store.database(), QStringLiteral("DELETE FROM unanswered_writes WHERE kind = ? AND item_id = ?"), {kind, itemId});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace kj::store
