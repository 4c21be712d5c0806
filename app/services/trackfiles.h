#pragma once

#include "models/domain/result.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace kj {
struct Track;
}
namespace kj::store {
class ClientStore;
class MediaCache;
} // namespace kj::store

namespace kj::app {

class ApiClient;
class MediaFetcher;

//! A track's audio and cover art as files on this machine, for a media player that opens files (it cannot
//! send our Authorization header). Audio fetched once (GET /media/{id}) is kept in a folder of the profile,
//! one file per media id, within a byte budget (least recently played go first); cover art goes through the
//! media cache (MediaFetcher) and is written beside the audio so others (MPRIS) can show it by file:// URL.
class TrackFiles
{
public:
    static constexpr qint64 kDefaultBudgetBytes = qint64(512) * 1024 * 1024;

    using Done = std::function<void(kj::Result<QString>)>;

    //! `folder`: where the files go (made when first written to); `store` and `api` must outlive this.
    TrackFiles(kj::store::ClientStore &store, ApiClient &api, QString folder, qint64 budgetBytes = kDefaultBudgetBytes);
    ~TrackFiles();

    //! The audio folder of an account's store: next to its file; for an in-memory store, one under the
    //! system's temporary folder.
    [[nodiscard]] static QString defaultFolder(const kj::store::ClientStore &store);

    [[nodiscard]] QString folder() const { return m_folder; }

    //! The path of the track's audio; `done` comes asynchronously (also when the file is here already) and not
    //! at all once `context` is gone.
    void audioFile(const kj::Track &track, const QObject *context, Done done);
    //! The path of the track's cover art (its thumb rendition); NotFound when the track has none.
    void coverFile(const kj::Track &track, const QObject *context, Done done);
    //! Whether the track's audio is here, so it plays without the server.
    [[nodiscard]] bool hasAudio(const kj::Track &track) const;

private:
    [[nodiscard]] QString keptFile(const QString &prefix) const;
    [[nodiscard]] kj::Result<QString> keep(const QString &name, const QByteArray &bytes);
    void evict(const QString &keepPath);

    QString m_folder;
    qint64 m_budget;
    std::unique_ptr<kj::store::MediaCache> m_cache;
    std::unique_ptr<MediaFetcher> m_fetcher;
    ApiClient &m_api;
};

} // namespace kj::app
