#pragma once

#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "app/services/photoimport.h"
#include "models/domain/album.h"
#include "models/domain/audience.h"
#include "models/domain/comment.h"
#include "models/domain/photo.h"
#include "models/domain/result.h"
#include "models/domain/upload.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace kj::store {
class MediaCache;
}

namespace kj::app {

class ClientSession;
class MediaFetcher;

//! Albums and photos for the window, offline first: my albums and captions saved here with their outbox entry
//! (saveMyItem), photos imported from files and folders (checked off the GUI thread, then queued for upload),
//! the upload queue held back, resumed and cancelled per file or all at once, pictures read through the media
//! cache, a friend's albums and an album's photos refreshed from the server into the local cache, and the
//! comments and likes of a photo.
class PhotoService : public QObject
{
    Q_OBJECT

public:
    //! A comment as this device knows it.
    struct PhotoComment {
        kj::Comment comment;
        bool pending = false; // not on the server yet
    };
    //! A photo's likes as this device knows them.
    struct Likes {
        int count = 0;
        bool likedByMe = false;
        bool pending = false; // my like or unlike is not on the server yet
    };
    using MediaCallback = std::function<void(kj::Result<QByteArray>)>;

    //! `session` must outlive the service.
    explicit PhotoService(ClientSession &session, QObject *parent = nullptr);
    ~PhotoService() override;

    [[nodiscard]] QString myUsername() const;

    // --- albums and photos of mine ---
    //! Creates (empty id: a new one) or changes one of my albums; the album as saved.
    [[nodiscard]] kj::Result<kj::Album> saveAlbum(kj::Album album);
    //! Whether an album of mine can be deleted: only one the server never saw (the server has no album delete).
    [[nodiscard]] bool canDeleteAlbum(const QString &albumId) const;
    [[nodiscard]] kj::Status deleteAlbum(const QString &albumId);
    //! The album as cached here, if any.
    [[nodiscard]] std::optional<kj::Album> album(const QString &albumId) const;
    //! Changes the caption of one of my photos.
    [[nodiscard]] kj::Status setCaption(const QString &photoId, const QString &caption);

    // --- uploads ---
    //! Looks through files and folders (recursively) off the GUI thread and queues the pictures among them for
    //! my album `albumId`, each photo with `audience`; anything else is refused. importFinished() follows.
    void importPaths(const QStringList &paths, const QString &albumId, const kj::Audience &audience);
    //! Imports whose files are still being checked.
    [[nodiscard]] int importsRunning() const { return m_importsRunning; }
    [[nodiscard]] QList<UploadQueue::Entry> uploads() const;
    [[nodiscard]] kj::Status pauseUpload(const QString &itemId);
    [[nodiscard]] kj::Status resumeUpload(const QString &itemId);
    [[nodiscard]] kj::Status cancelUpload(const QString &itemId);
    [[nodiscard]] kj::Status pauseAll();
    [[nodiscard]] kj::Status resumeAll();
    [[nodiscard]] kj::Status cancelAll();

    // --- reading ---
    //! A picture's bytes (thumb or large through the cache); `done` comes asynchronously, not after `context` is gone.
    void fetchMedia(const QString &mediaId, kj::MediaSize size, const QObject *context, MediaCallback done);
    //! Fetches `username`'s albums I may see from the server into the cache; itemsChanged() follows.
    void refreshAlbums(const QString &username);
    //! Fetches the photos of an album from the server into the cache; itemsChanged() follows.
    void refreshAlbumPhotos(const QString &albumId);

    // --- comments and likes ---
    [[nodiscard]] QList<PhotoComment> comments(const QString &photoId) const;
    //! Fetches a photo's comments from the server; commentsChanged() follows.
    void refreshComments(const QString &photoId);
    [[nodiscard]] kj::Status addComment(const QString &photoId, const QString &text);
    [[nodiscard]] Likes likes(const QString &photoId) const;
    [[nodiscard]] kj::Status setLiked(const QString &photoId, bool liked);

Q_SIGNALS:
    //! Albums or photos changed here (a write of mine, a sync, a refresh from the server).
    void itemsChanged();
    //! The upload queue changed (queued, paused, resumed, cancelled, sent).
    void uploadsChanged();
    void fileProgress(const QString &itemId, qint64 sent, qint64 total);
    void overallProgress(qint64 sent, qint64 total);
    //! An import is done: what was queued and what was refused, with why.
    void importFinished(const kj::app::PhotoImportReport &report);
    void commentsChanged(const QString &photoId);
    //! A refresh from the server failed (the cache stays as it was).
    void refreshFailed(const kj::Error &error);

private:
    void changed();
    void fetchAlbumsPage(const QString &username, const QString &cursor);
    void fetchPhotosPage(const QString &albumId, const QString &cursor);

    ClientSession &m_session;
    std::unique_ptr<kj::store::MediaCache> m_cache;
    std::unique_ptr<MediaFetcher> m_fetcher;
    int m_importsRunning = 0;
    QThreadPool m_pool; // checks imported files off the GUI thread
};

} // namespace kj::app
