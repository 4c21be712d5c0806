#include "ui/photos/thumbnailloader.h"

#include "app/services/photoservice.h"

#include <QBuffer>
#include <QImageReader>
#include <QPixmapCache>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace kj::ui {

namespace {
QString cacheKey(const QString &source, const QSize &box)
{
    return u"kj-thumb/"_s + source + u'/' + QString::number(box.width()) + u'x' + QString::number(box.height());
}
} // namespace

ThumbnailLoader::ThumbnailLoader(kj::app::PhotoService &service, QObject *parent) : QObject(parent), m_service(service)
{
    // Two decoders: the grid fills quickly without taking every core from the rest of the machine.
    m_pool.setMaxThreadCount(2);
}

ThumbnailLoader::~ThumbnailLoader()
{
    // Decoders post their results to this object: none may still run once it is gone.
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailLoader::sourceOf(const QString &mediaId, const QString &localPath)
{
    return mediaId.isEmpty() ? u"file:"_s + localPath : u"media:"_s + mediaId;
}

bool ThumbnailLoader::failed(const QString &mediaId, const QString &localPath) const
{
    return m_failed.contains(sourceOf(mediaId, localPath));
}

QPixmap ThumbnailLoader::thumbnail(const QString &mediaId, const QString &localPath, const QSize &box)
{
    if (mediaId.isEmpty() && localPath.isEmpty())
        return {};
    const QString source = sourceOf(mediaId, localPath);
    const QString key = cacheKey(source, box);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    if (m_loading.contains(key) || m_failed.contains(source))
        return {};
    m_loading.insert(key);
    if (mediaId.isEmpty()) {
        decodeLater(key, source, {}, localPath, box);
        return {};
    }
    m_service.fetchMedia(mediaId, kj::MediaSize::Thumb, this, [this, key, source, box](kj::Result<QByteArray> bytes) {
        if (!bytes) {
            m_loading.remove(key);
            m_failed.insert(source);
            Q_EMIT thumbnailReady(source);
            return;
        }
        decodeLater(key, source, *bytes, {}, box);
    });
    return {};
}

void ThumbnailLoader::decodeLater(const QString &key, const QString &source, const QByteArray &bytes, const QString &path,
                                  const QSize &box)
{
    m_pool.start([this, key, source, bytes, path, box] {
        const QImage image = decode(bytes, path, box);
        QMetaObject::invokeMethod(this, [this, key, source, image] {
            m_loading.remove(key);
            if (image.isNull())
                m_failed.insert(source);
            else
                QPixmapCache::insert(key, QPixmap::fromImage(image));
            Q_EMIT thumbnailReady(source);
        }, Qt::QueuedConnection);
    });
}

void ThumbnailLoader::loadLarge(const QString &mediaId, const QString &localPath, const QSize &box, const QObject *context,
                                std::function<void(const QImage &)> done)
{
    QPointer<const QObject> guard(context);
    auto decodeAndAnswer = [this, guard, box, done](const QByteArray &bytes, const QString &path) {
        m_pool.start([this, guard, box, done, bytes, path] {
            const QImage image = decode(bytes, path, box);
            QMetaObject::invokeMethod(this, [guard, done, image] {
                if (guard)
                    done(image);
            }, Qt::QueuedConnection);
        });
    };
    if (mediaId.isEmpty()) {
        decodeAndAnswer({}, localPath);
        return;
    }
    m_service.fetchMedia(mediaId, kj::MediaSize::Large, context, [decodeAndAnswer, done](kj::Result<QByteArray> bytes) {
        if (!bytes) {
            done(QImage());
            return;
        }
        decodeAndAnswer(*bytes, {});
    });
}

QImage ThumbnailLoader::decode(const QByteArray &bytes, const QString &path, const QSize &box)
{
    QBuffer buffer;
    QImageReader reader;
    if (bytes.isEmpty()) {
        reader.setFileName(path);
    } else {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
    }
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    // Bound what a hostile header may ask for before any pixel is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > qint64(100) * 1000 * 1000)
        return {};
    if (box.isValid() && !box.isEmpty() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    return reader.read();
}

} // namespace kj::ui
