#pragma once

#include "models/feed/feedentry.h"

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>

namespace kj::app {
class FeedService;
}

namespace kj::ui {

//! The pictures of the feed, square-cropped to the size a cell shows: a thumbnail from the media cache or
//! the server (FeedService::fetchPicture), or a file of mine still waiting for upload. Bytes are decoded off
//! the GUI thread (QImageReader::setScaledSize in the thread pool) and the pixmaps kept in QPixmapCache;
//! ready() tells when a picture asked for arrived, so the rows showing it can be painted again.
class FeedPictures : public QObject
{
    Q_OBJECT

public:
    explicit FeedPictures(kj::app::FeedService &service, QObject *parent = nullptr);
    ~FeedPictures() override;

    //! The picture cropped to `size` (device pixels) if it is ready; otherwise a null pixmap, and it is loaded.
    [[nodiscard]] QPixmap picture(const kj::models::FeedPicture &picture, QSize size);
    //! An avatar (a media id) cropped to a square of `side` device pixels, as picture().
    [[nodiscard]] QPixmap avatar(const QString &mediaId, int side);
    //! Asks again for the pictures that could not be had (after the server was away).
    void retryFailed() { m_failed.clear(); }
    //! Pictures being fetched or decoded now.
    [[nodiscard]] int loadingCount() const { return int(m_loading.size()); }

Q_SIGNALS:
    //! A picture asked for is ready (or failed for good; it is not asked again).
    void ready(const QString &source);

private:
    [[nodiscard]] QPixmap load(const QString &mediaId, const QString &localPath, QSize size);
    void decode(const QString &key, const QString &source, const QByteArray &bytes, const QString &path, QSize size);

    kj::app::FeedService &m_service;
    QSet<QString> m_loading; // cache keys
    QSet<QString> m_failed;
};

} // namespace kj::ui
