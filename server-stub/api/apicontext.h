#pragma once

#include <QByteArray>
#include <QSqlDatabase>

namespace kj::server {
class PasswordHasher;
namespace store {
class Database;
}
namespace media {
class MediaStore;
}
namespace metrics {
class ServerMetrics;
}
} // namespace kj::server

namespace kj::server::api {
class FeedPageCache;

//! What the handlers share: the store, the password hasher and the media files. Owned by Server; passed in, never global.
struct ApiContext {
    store::Database *database = nullptr;
    const PasswordHasher *passwords = nullptr;
    media::MediaStore *media = nullptr; // uploads and media files under the data directory
    FeedPageCache *feedPages = nullptr; // the feed's pages kept until the next write; null: none kept
    metrics::ServerMetrics *metrics = nullptr; // what GET /metrics serves; null: nothing counted, /metrics is 404
    QByteArray metricsToken; // "Authorization: Bearer <it>" lets any address read /metrics; empty: loopback only

    //! The calling thread's store connection.
    [[nodiscard]] QSqlDatabase db() const;
};

} // namespace kj::server::api
