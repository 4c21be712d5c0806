#include "app/media/mediafetcher.h"

#include "models/store/clientstore.h"
#include "models/store/mediacache.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace kj::app {

MediaFetcher::MediaFetcher(kj::store::MediaCache &cache, ApiClient &api) : m_cache(cache), m_api(api) {}

QString MediaFetcher::cacheFolder(const kj::store::ClientStore &store)
{
    if (store.path().isEmpty())
        return {}; // an in-memory store (tests): nothing is kept
    return QFileInfo(store.path()).dir().filePath(QStringLiteral("media-cache"));
}

void MediaFetcher::fetch(const QString &mediaId, kj::MediaSize size, const QObject *context, ApiClient::Callback<FetchedMedia> done)
{
    if (isCached(size)) {
        if (std::optional<kj::store::CachedMedia> cached = m_cache.get(mediaId, size)) {
            FetchedMedia hit{MediaBytes{std::move(cached->bytes), std::move(cached->contentType)}, true};
            const bool guarded = context != nullptr;
            QTimer::singleShot(0, &m_api, [guard = QPointer<const QObject>(context), guarded, hit = std::move(hit), done] {
                if (!guarded || guard)
                    done(hit);
            });
            return;
        }
    }
    m_api.media(mediaId, size, context, [this, mediaId, size, done](kj::Result<MediaBytes> media) {
        if (!media) {
            done(media.error());
            return;
        }
        if (isCached(size)) {
            // A cache that cannot be written is no reason to withhold the picture.
            (void)m_cache.put(mediaId, size, media->bytes, media->contentType);
        }
        done(FetchedMedia{std::move(*media), false});
    });
}

} // namespace kj::app
