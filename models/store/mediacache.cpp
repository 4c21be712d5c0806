#include "models/store/mediacache.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QList>

namespace kj::store {

namespace {
Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}
} // namespace

MediaCache::MediaCache(ClientStore &store, QString folder, qint64 budgetBytes)
    : m_store(store), m_folder(std::move(folder)), m_budget(std::max<qint64>(budgetBytes, 0))
{
}

Status MediaCache::setBudget(qint64 bytes)
{
    m_budget = std::max<qint64>(bytes, 0);
    return evictTo(m_budget);
}

QString MediaCache::filePath(const QString &fileName) const
{
    return QDir(m_folder).filePath(fileName);
}

std::optional<CachedMedia> MediaCache::get(const QString &mediaId, kj::MediaSize size)
{
    const QSqlDatabase db = m_store.database();
    const QString sizeName = kj::mediaSizeName(size);
    Result<QSqlQuery> row = runSql(db, QStringLiteral("SELECT file, bytes, content_type FROM media_cache WHERE media_id = ? AND size = ?"),
                                   {mediaId, sizeName});
    if (!row || !row->next())
        return std::nullopt;
    const QString fileName = row->value(0).toString();
    const qint64 expected = row->value(1).toLongLong();
    CachedMedia media;
    media.contentType = row->value(2).toString().toLatin1();
    QFile file(filePath(fileName));
    if (file.open(QIODevice::ReadOnly))
        media.bytes = file.readAll();
    if (media.bytes.size() != expected) {
        // Removed or cut short behind my back: forget it, the caller fetches it again.
        (void)remove(mediaId, size);
        return std::nullopt;
    }
    // Strictly increasing, so two uses within one millisecond still have an order.
    (void)runSql(db, QStringLiteral("UPDATE media_cache SET last_used = MAX(?, (SELECT COALESCE(MAX(last_used), 0) + 1 FROM media_cache))"
                                    " WHERE media_id = ? AND size = ?"),
                 {kj::nowUtc().toMSecsSinceEpoch(), mediaId, sizeName});
    return media;
}

bool MediaCache::contains(const QString &mediaId, kj::MediaSize size) const
{
    return scalar(m_store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM media_cache WHERE media_id = ? AND size = ?)"),
                  {mediaId, kj::mediaSizeName(size)}) != 0;
}

Status MediaCache::put(const QString &mediaId, kj::MediaSize size, const QByteArray &bytes, const QByteArray &contentType)
{
    // The id names a file: only a well-formed one, never a path.
    if (!kj::isValidItemId(mediaId))
        return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("a media id is a lower-case UUID"));
    if (bytes.size() > m_budget)
        return evictTo(m_budget); // not kept; the budget still holds for what is

    const QString sizeName = kj::mediaSizeName(size);
    const QString fileName = mediaId + u'.' + sizeName;
    if (!QDir().mkpath(m_folder))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot create the media cache folder %1").arg(m_folder));
    QSaveFile file(filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return kj::fail(kj::ErrorCode::Storage,
                        QStringLiteral("cannot write %1 to the media cache: %2").arg(fileName, file.errorString()));
    }
    Status listed = done(runSql(m_store.database(),
        QStringLiteral("INSERT OR REPLACE INTO media_cache (media_id, size, file, bytes, content_type, last_used)"
                       " VALUES (?, ?, ?, ?, ?, MAX(?, (SELECT COALESCE(MAX(last_used), 0) + 1 FROM media_cache)))"),
        {mediaId, sizeName, fileName, qint64(bytes.size()), QString::fromLatin1(contentType), kj::nowUtc().toMSecsSinceEpoch()}));
    if (!listed) {
        QFile::remove(filePath(fileName));
        return listed;
    }
    return evictTo(m_budget);
}

Status MediaCache::remove(const QString &mediaId, kj::MediaSize size)
{
    const QString sizeName = kj::mediaSizeName(size);
    Result<QSqlQuery> row =
        runSql(m_store.database(), QStringLiteral("SELECT file FROM media_cache WHERE media_id = ? AND size = ?"), {mediaId, sizeName});
    if (!row)
        return row.error();
    if (!row->next())
        return {};
    const QString fileName = row->value(0).toString();
    Status removed = done(runSql(m_store.database(), QStringLiteral("DELETE FROM media_cache WHERE media_id = ? AND size = ?"),
                                 {mediaId, sizeName}));
    if (removed)
        QFile::remove(filePath(fileName));
    return removed;
}

qint64 MediaCache::totalBytes() const
{
    return scalar(m_store.database(), QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM media_cache"));
}

int MediaCache::count() const
{
    return int(scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM media_cache")));
}

Status MediaCache::evictTo(qint64 budget)
{
    qint64 total = totalBytes();
    if (total <= budget)
        return {};
    struct Entry {
        QVariant mediaId, size;
        QString file;
        qint64 bytes;
    };
    QList<Entry> victims;
    {
        Result<QSqlQuery> oldest = runSql(m_store.database(),
            QStringLiteral("SELECT media_id, size, file, bytes FROM media_cache ORDER BY last_used, media_id, size"));
        if (!oldest)
            return oldest.error();
        while (total > budget && oldest->next()) {
            victims.append({oldest->value(0), oldest->value(1), oldest->value(2).toString(), oldest->value(3).toLongLong()});
            total -= victims.last().bytes;
        }
    }
    Status evicted = m_store.transaction([&]() -> Status {
        for (const Entry &victim : std::as_const(victims)) {
            Status status = done(runSql(m_store.database(), QStringLiteral("DELETE FROM media_cache WHERE media_id = ? AND size = ?"),
                                        {victim.mediaId, victim.size}));
            if (!status)
                return status;
        }
        return {};
    });
    if (!evicted)
        return evicted;
    // The rows are gone for good: now the files can go.
    for (const Entry &victim : std::as_const(victims))
        QFile::remove(filePath(victim.file));
    return {};
}

} // namespace kj::store
