#pragma once

#include "app/network/apiclient.h"
#include "app/services/photoimport.h"
#include "models/domain/audience.h"
#include "models/domain/comment.h"
#include "models/domain/itemkind.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace kj::store {
class MediaCache;
}

namespace kj::app {

class ClientSession;
class MediaFetcher;

//! What the window does in the friends' feed, offline first: likes, comments and reposts of any entry, new
//! 说说 with up to nine photos, and the pictures the feed shows. Every write goes into the local store with its
//! outbox entry (the sync sends it, and it shows at once as pending); reading comments and pictures asks the
//! server when it can be reached and uses what is kept here otherwise.
class FeedService : public QObject
{
    Q_OBJECT

public:
    //! The album my 说说 photos go into (made the first time one is posted with photos), as Qzone's 说说相册.
    static inline const QString kStatusAlbumTitle = QStringLiteral("说说相册");

    //! `session` must outlive the service.
    explicit FeedService(ClientSession &session, QObject *parent = nullptr);
    ~FeedService() override;

    //! Likes (or takes back my like of) an item. The cached item shows the new count at once.
    [[nodiscard]] kj::Status setLiked(kj::ItemKind kind, const QString &itemId, bool liked);
    //! My comment on an item, or my reply to one of its comments (`replyTo`).
    [[nodiscard]] kj::Result<kj::Comment> addComment(kj::ItemKind kind, const QString &itemId, const QString &text,
                                                     const std::optional<QString> &replyTo = std::nullopt);
    //! Reposts (转发) an item to `audience` with a comment (may be empty). The new repost's id.
    [[nodiscard]] kj::Result<QString> repost(kj::ItemKind kind, const QString &itemId, const QString &comment,
                                             const kj::Audience &audience);
    //! Posts a 说说 with the files at `photoPaths` (at most nine): the photos are queued for upload into
    //! my 说说 album, then the 说说 that shows them, in one transaction, so the sync sends the photos first.
    //! The new 说说's id. Reads and hashes the files: not on the GUI thread (there, preparePhotos() first).
    [[nodiscard]] kj::Result<QString> postStatus(const QString &text, const kj::Audience &audience,
                                                 const QStringList &photoPaths);
    //! Like postStatus(text, audience, paths) with the photos read before by preparePhotos(): nothing is read here.
    [[nodiscard]] kj::Result<QString> postStatus(const QString &text, const kj::Audience &audience,
                                                 const QList<PhotoImportFile> &photos);
    //! Checks the files are pictures the server takes and hashes them (scanPhotoFiles) on a worker thread;
    //! `done` comes on the GUI thread, and not at all once `context` is gone.
    void preparePhotos(const QStringList &paths, const QObject *context, std::function<void(const PhotoImportScan &)> done);

    //! Asks the server for an item's comments and keeps them here (nothing happens offline: the comments
    //! kept here stay). `done` gets the outcome.
    void refreshComments(kj::ItemKind kind, const QString &itemId, std::function<void(const kj::Status &)> done = {});
    //! A picture's bytes, from the media cache or the server. `done` comes asynchronously, and not at all once
    //! `context` is gone.
    void fetchPicture(const QString &mediaId, kj::MediaSize size, const QObject *context,
                      std::function<void(kj::Result<QByteArray>)> done);

private:
    [[nodiscard]] kj::Result<QString> statusAlbumId(const kj::Audience &audience);
    //! Adjusts the reactions of the cached item (`change` applied to its JSON) so they stay right after the
    //! queued like or comment is sent.
    void adjustCachedReactions(kj::ItemKind kind, const QString &itemId, const std::function<void(QJsonObject &)> &change);

    ClientSession &m_session;
    std::unique_ptr<kj::store::MediaCache> m_cache;
    std::unique_ptr<MediaFetcher> m_fetcher;
    QThreadPool m_pool; // preparePhotos(); the destructor waits for it
};

} // namespace kj::app
