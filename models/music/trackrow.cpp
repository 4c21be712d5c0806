#include "models/music/trackrow.h"

#include "models/domain/upload.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"
#include "models/store/outbox.h"
#include "models/store/uploadrepository.h"

#include <QJsonObject>
#include <QSet>

namespace kj::models {

namespace {
const QString kTrackKind = QStringLiteral("track");
const QString kTrackUploadKind = QStringLiteral("track_upload"); // app::UploadQueue::kTrackKind

std::optional<TrackRow> fromCached(const kj::store::CachedItem &item)
{
    kj::Result<kj::Track> track = kj::Track::fromJson(item.json);
    if (!track)
        return std::nullopt;
    return TrackRow{*track, item.pending, false};
}
} // namespace

TrackLookup::TrackLookup(kj::store::ClientStore &store) : m_store(store) {}

QList<TrackRow> TrackLookup::uploading() const
{
    QHash<QString, QJsonObject> writes;
    for (const kj::store::OutboxEntry &entry : kj::store::Outbox(m_store).entries()) {
        if (entry.kind == kTrackUploadKind)
            writes.insert(entry.itemId, entry.payload.value(QStringLiteral("write")).toObject());
    }
    QList<TrackRow> rows;
    for (const kj::store::QueuedUpload &upload : kj::store::UploadRepository(m_store).all()) {
        if (upload.kind != kj::MediaKind::Track)
            continue;
        const QJsonObject write = writes.value(upload.id);
        TrackRow row;
        row.track.id = upload.id;
        row.track.owner = m_store.owner();
        row.track.title = write.value(QStringLiteral("title")).toString();
        if (row.track.title.isEmpty())
            row.track.title = kj::titleFromFilename(upload.filename);
        row.track.artist = write.value(QStringLiteral("artist")).toString();
        row.track.createdAt = upload.createdAt;
        row.pending = true;
        row.uploading = true;
        rows.append(row);
    }
    return rows;
}

QList<TrackRow> TrackLookup::mine() const
{
    QList<TrackRow> rows = uploading();
    QSet<QString> seen;
    for (const TrackRow &row : std::as_const(rows))
        seen.insert(row.track.id);
    for (const kj::store::CachedItem &item : kj::store::ItemRepository(m_store).listByOwner(kTrackKind, m_store.owner().username)) {
        std::optional<TrackRow> row = fromCached(item);
        if (row && !seen.contains(row->track.id))
            rows.append(*row);
    }
    return rows;
}

std::optional<TrackRow> TrackLookup::find(const QString &id) const
{
    if (std::optional<kj::store::CachedItem> item = kj::store::ItemRepository(m_store).find(kTrackKind, id))
        return fromCached(*item);
    for (const TrackRow &row : uploading()) {
        if (row.track.id == id)
            return row;
    }
    return std::nullopt;
}

} // namespace kj::models
