#pragma once

#include "server-stub/http/response.h"
#include "server-stub/store/database.h"

#include <QCache>
#include <QMutex>
#include <QString>
#include <optional>

namespace kj::server::api {

//! The feed's answers, kept per viewer and query until the store's next commit (store::Database::writeGeneration),
//! so a client asking for the same page again (a refresh, a poll, several devices of one account) costs a lookup
//! instead of five item queries, the reactions and the JSON. Any commit, whatever it changed, makes every kept page
//! stale: a page shows items of many authors, their counts and names, and the viewer's friendships and groups.
//! Thread-safe; bounded in bytes, the least recently used page going first.
class FeedPageCache
{
public:
    explicit FeedPageCache(qsizetype maxBytes = 16 * 1024 * 1024);

    //! The page kept for (viewer, query) if it was computed at `generation`; a page of an older one is dropped.
    [[nodiscard]] std::optional<http::Response> find(qint64 viewer, const QString &query,
                                                     const store::WriteGeneration &generation);
    //! Keeps `page`, computed from what the store held at `generation` (read before the page's first query).
    void keep(qint64 viewer, const QString &query, const store::WriteGeneration &generation, const http::Response &page);

private:
    struct Kept {
        store::WriteGeneration generation;
        http::Response page;
    };
    static QString keyOf(qint64 viewer, const QString &query);

    QMutex m_mutex;
    QCache<QString, Kept> m_pages; // cost: the body's bytes
};

} // namespace kj::server::api
