#include "app/services/trackfiles.h"

#include "app/media/mediafetcher.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/domain/track.h"
#include "models/store/clientstore.h"
#include "models/store/mediacache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace kj::app {

namespace {
QString extensionFor(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type == "audio/mpeg")
        return QStringLiteral("mp3");
    if (type == "audio/ogg")
        return QStringLiteral("ogg");
    if (type == "audio/flac")
        return QStringLiteral("flac");
    if (type == "audio/mp4")
        return QStringLiteral("m4a");
    if (type == "audio/wav" || type == "audio/x-wav" || type == "audio/wave")
        return QStringLiteral("wav");
    return QStringLiteral("audio");
}

//! Calls `done` from the event loop, unless `context` is gone by then.
void later(const QObject *context, const TrackFiles::Done &done, kj::Result<QString> result)
{
    QTimer::singleShot(0, [guard = QPointer<const QObject>(context), guarded = context != nullptr, done, result] {
        if (!guarded || guard)
            done(result);
    });
}
} // namespace

TrackFiles::TrackFiles(kj::store::ClientStore &store, ApiClient &api, QString folder, qint64 budgetBytes)
    : m_folder(std::move(folder))
    , m_budget(budgetBytes)
    , m_cache(std::make_unique<kj::store::MediaCache>(store, MediaFetcher::cacheFolder(store)))
    , m_fetcher(std::make_unique<MediaFetcher>(*m_cache, api))
    , m_api(api)
{
}

TrackFiles::~TrackFiles() = default;

QString TrackFiles::defaultFolder(const kj::store::ClientStore &store)
{
    if (store.path().isEmpty())
        return QDir::temp().filePath(QStringLiteral("kongjian-audio-%1").arg(store.owner().username));
    return QFileInfo(store.path()).dir().filePath(QStringLiteral("audio-cache"));
}

QString TrackFiles::keptFile(const QString &prefix) const
{
    const QFileInfoList found = QDir(m_folder).entryInfoList({prefix + QStringLiteral(".*")}, QDir::Files);
    for (const QFileInfo &file : found) {
        if (file.size() > 0)
            return file.absoluteFilePath();
    }
    return {};
}

bool TrackFiles::hasAudio(const kj::Track &track) const
{
    return kj::isValidItemId(track.mediaId) && !keptFile(track.mediaId).isEmpty();
}

kj::Result<QString> TrackFiles::keep(const QString &name, const QByteArray &bytes)
{
    if (!QDir().mkpath(m_folder))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot make the folder %1").arg(m_folder));
    QSaveFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    evict(file.fileName());
    return file.fileName();
}

void TrackFiles::evict(const QString &keepPath)
{
    QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files);
    qint64 total = 0;
    for (const QFileInfo &file : std::as_const(files))
        total += file.size();
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo &file : std::as_const(files)) {
        if (total <= m_budget)
            break;
        if (file.absoluteFilePath() == QFileInfo(keepPath).absoluteFilePath())
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            total -= file.size();
    }
}

void TrackFiles::audioFile(const kj::Track &track, const QObject *context, Done done)
{
    // The id names a file: only a well-formed one, never a path.
    if (!kj::isValidItemId(track.mediaId)) {
        later(context, done, kj::fail(kj::ErrorCode::NotFound, QStringLiteral("the track has no audio yet")));
        return;
    }
    if (const QString kept = keptFile(track.mediaId); !kept.isEmpty()) {
        // Marked as just played, so the budget evicts others first.
        QFile file(kept);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        later(context, done, kept);
        return;
    }
    const QString mediaId = track.mediaId;
    m_api.media(mediaId, kj::MediaSize::Original, context, [this, mediaId, done](kj::Result<MediaBytes> media) {
        if (!media) {
            done(media.error());
            return;
        }
        done(keep(mediaId + u'.' + extensionFor(media->contentType), media->bytes));
    });
}

void TrackFiles::coverFile(const kj::Track &track, const QObject *context, Done done)
{
    if (!track.hasCover || !kj::isValidItemId(track.mediaId)) {
        later(context, done, kj::fail(kj::ErrorCode::NotFound, QStringLiteral("the track has no cover art")));
        return;
    }
    const QString name = track.mediaId + QStringLiteral("-cover");
    if (const QString kept = keptFile(name); !kept.isEmpty()) {
        later(context, done, kept);
        return;
    }
    m_fetcher->fetch(track.mediaId, kj::MediaSize::Thumb, context, [this, name, done](kj::Result<FetchedMedia> media) {
        if (!media) {
            done(media.error());
            return;
        }
        done(keep(name + QStringLiteral(".jpg"), media->media.bytes));
    });
}

} // namespace kj::app
