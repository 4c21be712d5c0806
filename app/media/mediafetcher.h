#pragma once

#include "app/network/apiclient.h"

#include <QObject>
#include <QString>

namespace kj::store {
class ClientStore;
class MediaCache;
} // namespace kj::store

namespace kj::app {

//! Media bytes and where they came from.
struct FetchedMedia {
    MediaBytes media;
    bool fromCache = false;
};

//! Pictures through the media cache: a thumbnail or a large rendition seen once is read from the cache,
//! also offline; otherwise it is fetched (GET /media) and kept. Originals pass through uncached (they
//! can be large, and are asked for rarely).
class MediaFetcher
{
public:
    //! Both must outlive the fetcher.
    MediaFetcher(kj::store::MediaCache &cache, ApiClient &api);

    //! The cache folder of an account's store: next to its file (empty for an in-memory store).
    [[nodiscard]] static QString cacheFolder(const kj::store::ClientStore &store);
    //! Whether this size is kept in the cache.
    [[nodiscard]] static bool isCached(kj::MediaSize size) { return size != kj::MediaSize::Original; }

    //! The bytes; `done` comes asynchronously, also for a cache hit, and not at all once `context` is gone.
    void fetch(const QString &mediaId, kj::MediaSize size, const QObject *context, ApiClient::Callback<FetchedMedia> done);

private:
    kj::store::MediaCache &m_cache;
    ApiClient &m_api;
};

} // namespace kj::app
