#include "ui/space/picturedecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace kj::ui {

void decodePicture(const QByteArray &bytes, QSize box, bool cover, QObject *context, std::function<void(QImage)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([bytes, box, cover, guard, done = std::move(done)] {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && !box.isEmpty() && (size.width() > box.width() || size.height() > box.height()))
            reader.setScaledSize(size.scaled(box, cover ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio));
        QImage image = reader.read();
        // The application object outlives the worker; `guard` is looked at on the GUI thread only.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, image = std::move(image), done] {
                if (guard)
                    done(image);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kj::ui
