#include "app/services/photoimport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace kj::app {

namespace {
// The server's limits (docs/api.md, uploads): what it would refuse is refused here, before anything is sent.
constexpr qint64 kMaxPhotoBytes = qint64(50) * 1024 * 1024;
constexpr qint64 kMaxPixels = qint64(100) * 1000 * 1000;

bool isAcceptedFormat(const QByteArray &format)
{
    return format == "jpeg" || format == "jpg" || format == "png" || format == "webp" || format == "gif";
}

void checkFile(const QString &path, PhotoImportScan &scan)
{
    const QFileInfo info(path);
    const qint64 modifiedAt = info.lastModified().toMSecsSinceEpoch();
    if (!info.isReadable() || info.size() == 0) {
        scan.refused.append({path, RefusedFile::Reason::Unreadable});
        return;
    }
    if (info.size() > kMaxPhotoBytes) {
        scan.refused.append({path, RefusedFile::Reason::TooLarge});
        return;
    }
    {
        QImageReader reader(path);
        reader.setDecideFormatFromContent(true);
        reader.setAutoTransform(false);
        if (!reader.canRead() || !isAcceptedFormat(reader.format())) {
            scan.refused.append({path, RefusedFile::Reason::NotAPicture});
            return;
        }
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > kMaxPixels) {
            scan.refused.append({path, RefusedFile::Reason::TooLarge});
            return;
        }
        if (!size.isValid() || size.isEmpty()) {
            scan.refused.append({path, RefusedFile::Reason::Damaged});
            return;
        }
        // Decoded small: cheap for JPEG (scaled in the decoder), and a truncated or hostile file shows here.
        reader.setScaledSize(size.scaled(QSize(64, 64), Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        if (reader.read().isNull()) {
            scan.refused.append({path, RefusedFile::Reason::Damaged});
            return;
        }
    }
    kj::Result<FileDigest> digest = digestFile(path);
    if (!digest) {
        scan.refused.append({path, RefusedFile::Reason::Unreadable});
        return;
    }
    scan.files.append({info.absoluteFilePath(), *digest, modifiedAt});
}
} // namespace

PhotoImportScan scanPhotoFiles(const QStringList &paths)
{
    PhotoImportScan scan;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            checkFile(path, scan);
            continue;
        }
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort(Qt::CaseInsensitive);
        for (const QString &file : std::as_const(files))
            checkFile(file, scan);
    }
    return scan;
}

} // namespace kj::app
