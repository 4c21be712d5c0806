#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>
#include <functional>

namespace kj::app {
class PhotoService;
}

namespace kj::ui {

//! Pictures for the album and photo grids and the viewer, never decoded on the GUI thread: bytes come through
//! the media cache (PhotoService::fetchMedia) or from a local file (a photo still queued for upload), are
//! decoded scaled (QImageReader::setScaledSize) on a small thread pool of its own, and kept in QPixmapCache.
//! thumbnail() answers at once with what is cached (a null pixmap otherwise) and asks for the rest;
//! thumbnailReady() says when to paint again.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailLoader(kj::app::PhotoService &service, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    //! A thumbnail of a photo on the server (`mediaId`) or of a local file (`localPath`, when mediaId is
    //! empty), fitting `box` (device pixels). Null until it is loaded; failed() tells a picture that will not come.
    [[nodiscard]] QPixmap thumbnail(const QString &mediaId, const QString &localPath, const QSize &box);
    [[nodiscard]] bool failed(const QString &mediaId, const QString &localPath) const;

    //! The large rendition of a photo (or a local file), decoded at most `box` (device pixels; empty: as it
    //! is); `done` comes on the GUI thread, with a null image when it cannot be had, not after `context` is gone.
    void loadLarge(const QString &mediaId, const QString &localPath, const QSize &box, const QObject *context,
                   std::function<void(const QImage &)> done);

    //! Decodes `bytes` (or the file at `path` when bytes is empty) scaled to fit `box`: any thread.
    [[nodiscard]] static QImage decode(const QByteArray &bytes, const QString &path, const QSize &box);

Q_SIGNALS:
    void thumbnailReady(const QString &source);

private:
    [[nodiscard]] static QString sourceOf(const QString &mediaId, const QString &localPath);
    void decodeLater(const QString &key, const QString &source, const QByteArray &bytes, const QString &path, const QSize &box);

    kj::app::PhotoService &m_service;
    QThreadPool m_pool;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
};

} // namespace kj::ui
