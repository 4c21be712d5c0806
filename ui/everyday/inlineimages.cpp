#include "ui/everyday/inlineimages.h"

#include "app/services/diaryphotoservice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QTextDocument>
#include <QTextEdit>
#include <QThreadPool>

namespace kj::ui {

namespace {
QImage readScaled(QImageReader &reader)
{
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > InlineImages::kMaxWidth)
        reader.setScaledSize(size.scaled(InlineImages::kMaxWidth, size.height() * InlineImages::kMaxWidth / size.width(),
                                         Qt::KeepAspectRatio));
    return reader.read();
}
} // namespace

InlineImages::InlineImages(kj::app::DiaryPhotoService &photos, QObject *parent)
    : QObject(parent)
    , m_photos(photos)
{
    // A placeholder and the media it became are the same picture: keep the decoded one under both names.
    connect(&photos, &kj::app::DiaryPhotoService::photoUploaded, this, [this](const QUrl &placeholder, const QUrl &media) {
        if (const auto known = m_images.constFind(placeholder); known != m_images.constEnd())
            m_images.insert(media, *known);
    });
}

bool InlineImages::handles(const QUrl &url)
{
    return url.scheme() == kj::app::DiaryPhotoService::kMediaScheme
        || url.scheme() == kj::app::DiaryPhotoService::kUploadScheme;
}

QImage InlineImages::image(const QUrl &url)
{
    if (const auto known = m_images.constFind(url); known != m_images.constEnd())
        return *known;
    if (!handles(url) || m_loading.contains(url))
        return {};
    m_loading.insert(url);
    if (url.scheme() == kj::app::DiaryPhotoService::kUploadScheme) {
        const QString path = m_photos.localFile(url);
        if (path.isEmpty()) {
            // Uploaded meanwhile (or queued on another device): what it became may be known here.
            m_loading.remove(url);
            const QUrl resolved(m_photos.resolveReferences(url.toString()));
            if (resolved != url) {
                QImage image = this->image(resolved);
                if (!image.isNull())
                    m_images.insert(url, image);
                return image;
            }
            Q_EMIT imageFailed(url);
            return {};
        }
        decode(url, {}, path);
        return {};
    }
    m_photos.fetch(url, this, [this, url](kj::Result<QByteArray> bytes) {
        if (!bytes) {
            m_loading.remove(url);
            Q_EMIT imageFailed(url);
            return;
        }
        decode(url, *bytes, {});
    });
    return {};
}

void InlineImages::decode(const QUrl &url, const QByteArray &bytes, const QString &path)
{
    // Decoding a photo of several megabytes takes long enough to stutter the window: off the GUI thread.
    QPointer<InlineImages> self(this);
    QThreadPool::globalInstance()->start([self, url, bytes, path] {
        QImage image;
        if (path.isEmpty()) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            image = readScaled(reader);
        } else {
            QImageReader reader(path);
            image = readScaled(reader);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, url, image] {
                if (self)
                    self->finish(url, image);
            },
            Qt::QueuedConnection);
    });
}

void InlineImages::finish(const QUrl &url, const QImage &image)
{
    m_loading.remove(url);
    if (image.isNull()) {
        Q_EMIT imageFailed(url);
        return;
    }
    m_images.insert(url, image);
    Q_EMIT imageReady(url);
}

void followInlineImages(InlineImages &images, QTextEdit &view)
{
    QObject::connect(&images, &InlineImages::imageReady, &view, [&images, &view](const QUrl &url) {
        QTextDocument *document = view.document();
        const bool modified = document->isModified();
        document->addResource(QTextDocument::ImageResource, url, images.image(url));
        // Lay the pictures out again at their size; this changes no text (nothing to save).
        document->markContentsDirty(0, document->characterCount());
        document->setModified(modified);
    });
}

} // namespace kj::ui
