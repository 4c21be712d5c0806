#include "ui/feed/feedpictures.h"

#include "app/services/feedservice.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPixmapCache>
#include <QtConcurrent/QtConcurrentRun>

namespace kj::ui {

namespace {

//! Decodes only the pixels needed to cover `size`, then crops the middle: no full-size picture in memory.
QImage decodeCovering(QImageReader &reader, QSize size)
{
    reader.setAutoTransform(true);
    QSize full = reader.size();
    if (full.isValid() && !full.isEmpty()) {
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            full.transpose();
        const QSize scaled = full.scaled(size, Qt::KeepAspectRatioByExpanding);
        // The reader scales before it rotates.
        reader.setScaledSize((reader.transformation() & QImageIOHandler::TransformationRotate90) ? scaled.transposed() : scaled);
    }
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (image.size() != size) {
        image = image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        image = image.copy(QRect(QPoint((image.width() - size.width()) / 2, (image.height() - size.height()) / 2), size));
    }
    return image;
}

} // namespace

FeedPictures::FeedPictures(kj::app::FeedService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    // Nine thumbnails a row and a screenful of rows, with room to scroll back.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 48 * 1024));
}

FeedPictures::~FeedPictures() = default;

QPixmap FeedPictures::picture(const kj::models::FeedPicture &picture, QSize size)
{
    return load(picture.mediaId, picture.mediaId.isEmpty() ? picture.localPath : QString(), size);
}

QPixmap FeedPictures::avatar(const QString &mediaId, int side)
{
    return load(mediaId, {}, QSize(side, side));
}

QPixmap FeedPictures::load(const QString &mediaId, const QString &localPath, QSize size)
{
    const QString source = mediaId.isEmpty() ? localPath : mediaId;
    if (source.isEmpty() || size.isEmpty())
        return {};
    const QString key = QStringLiteral("kj-feed/%1/%2x%3").arg(source).arg(size.width()).arg(size.height());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    if (m_loading.contains(key) || m_failed.contains(key))
        return {};
    m_loading.insert(key);
    if (mediaId.isEmpty()) {
        decode(key, source, {}, localPath, size);
        return {};
    }
    m_service.fetchPicture(mediaId, kj::MediaSize::Thumb, this, [this, key, source, size](kj::Result<QByteArray> bytes) {
        if (!bytes) {
            // Offline or gone: asked again when the loader is made anew (the page is shown again).
            m_loading.remove(key);
            m_failed.insert(key);
            Q_EMIT ready(source);
            return;
        }
        decode(key, source, *bytes, {}, size);
    });
    return {};
}

void FeedPictures::decode(const QString &key, const QString &source, const QByteArray &bytes, const QString &path, QSize size)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key, source] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        m_loading.remove(key);
        if (image.isNull())
            m_failed.insert(key);
        else
            QPixmapCache::insert(key, QPixmap::fromImage(image));
        Q_EMIT ready(source);
    });
    watcher->setFuture(QtConcurrent::run([bytes, path, size] {
        if (!path.isEmpty()) {
            QImageReader reader(path);
            return decodeCovering(reader, size);
        }
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        return decodeCovering(reader, size);
    }));
}

} // namespace kj::ui
