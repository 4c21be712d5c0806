#include "server-stub/api/feedpagecache.h"

#include <QMutexLocker>

namespace kj::server::api {

FeedPageCache::FeedPageCache(qsizetype maxBytes) : m_pages(maxBytes) {}

QString FeedPageCache::keyOf(qint64 viewer, const QString &query)
{
    return QString::number(viewer) + u'?' + query;
}

std::optional<http::Response> FeedPageCache::find(qint64 viewer, const QString &query,
                                                  const store::WriteGeneration &generation)
{
    const QString key = keyOf(viewer, query);
    QMutexLocker locker(&m_mutex);
    const Kept *kept = m_pages.object(key);
    if (!kept)
        return std::nullopt;
    if (kept->generation != generation) {
        m_pages.remove(key);
        return std::nullopt;
    }
    return kept->page;
}

void FeedPageCache::keep(qint64 viewer, const QString &query, const store::WriteGeneration &generation,
                         const http::Response &page)
{
    auto kept = std::make_unique<Kept>(Kept{generation, page});
    const qsizetype cost = page.body.size() + query.size() * 2 + 64;
    QMutexLocker locker(&m_mutex);
    m_pages.insert(keyOf(viewer, query), kept.release(), cost); // takes it, or deletes it when over the bound
}

} // namespace kj::server::api
