#include "models/store/uploadrepository.h"

#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

namespace kj::store {

namespace {
const QString kColumns = QStringLiteral("id, path, kind, filename, size, sha256, upload_id, sent, media_id, created_at");

QueuedUpload readUpload(const QSqlQuery &query)
{
    QueuedUpload upload;
    upload.id = query.value(0).toString();
    upload.path = query.value(1).toString();
    upload.kind = kj::mediaKindFromName(query.value(2).toString()).value_or(kj::MediaKind::Photo);
    upload.filename = query.value(3).toString();
    upload.size = query.value(4).toLongLong();
    upload.sha256 = query.value(5).toString();
    upload.uploadId = query.value(6).toString();
    upload.sent = query.value(7).toLongLong();
    upload.mediaId = query.value(8).toString();
    upload.createdAt = fromMs(query.value(9));
    return upload;
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}
} // namespace

UploadRepository::UploadRepository(ClientStore &store) : m_store(store) {}

Status UploadRepository::add(const QueuedUpload &upload)
{
    if (upload.id.isEmpty() || upload.size <= 0 || !kj::isSha256Hex(upload.sha256))
        return kj::fail(kj::ErrorCode::Internal, QStringLiteral("a queued upload needs an id, a size and a SHA-256"));
    const QDateTime created = upload.createdAt.isValid() ? upload.createdAt : kj::nowUtc();
    return done(runSql(m_store.database(),
                       QStringLiteral("INSERT INTO uploads (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                       {upload.id, upload.path, kj::mediaKindName(upload.kind), upload.filename, upload.size, upload.sha256,
                        upload.uploadId, upload.sent, upload.mediaId, created.toMSecsSinceEpoch()}));
}

std::optional<QueuedUpload> UploadRepository::find(const QString &id) const
{
    Result<QSqlQuery> query =
        runSql(m_store.database(), QStringLiteral("SELECT %1 FROM uploads WHERE id = ?").arg(kColumns), {id});
    if (!query || !query->next())
        return std::nullopt;
    return readUpload(*query);
}

QList<QueuedUpload> UploadRepository::all() const
{
    QList<QueuedUpload> result;
    Result<QSqlQuery> query =
        runSql(m_store.database(), QStringLiteral("SELECT %1 FROM uploads ORDER BY created_at, id").arg(kColumns));
    if (!query)
        return result;
    while (query->next())
        result.append(readUpload(*query));
    return result;
}

Status UploadRepository::recordStarted(const QString &id, const QString &uploadId)
{
    return done(runSql(m_store.database(), QStringLiteral("UPDATE uploads SET upload_id = ?, sent = 0 WHERE id = ?"),
                       {uploadId, id}));
}

Status UploadRepository::recordOffset(const QString &id, qint64 offset)
{
    return done(runSql(m_store.database(), QStringLiteral("UPDATE uploads SET sent = ? WHERE id = ?"), {offset, id}));
}

Status UploadRepository::recordMedia(const QString &id, const QString &mediaId)
{
    return done(runSql(m_store.database(), QStringLiteral("UPDATE uploads SET media_id = ?, sent = size WHERE id = ?"),
                       {mediaId, id}));
}

Status UploadRepository::remove(const QString &id)
{
    return done(runSql(m_store.database(), QStringLiteral("DELETE FROM uploads WHERE id = ?"), {id}));
}

UploadRepository::Totals UploadRepository::totals() const
{
    Totals totals;
    Result<QSqlQuery> query = runSql(m_store.database(),
                                     QStringLiteral("SELECT COALESCE(SUM(sent), 0), COALESCE(SUM(size), 0), COUNT(*) FROM uploads"));
    if (query && query->next()) {
        totals.sent = query->value(0).toLongLong();
        totals.total = query->value(1).toLongLong();
        totals.files = query->value(2).toInt();
    }
    return totals;
}

} // namespace kj::store
