#include "tests/support/exifjpeg.h"

#include <QFile>
#include <QTemporaryDir>

#include <exiv2/exiv2.hpp>

#include <exception>

QByteArray jpegWithExif(const QImage &image, const QList<ExifTag> &tags)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exif.jpg"));
    if (!dir.isValid() || !image.save(path, "jpeg", 90))
        return {};
    try {
        auto file = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        file->readMetadata();
        Exiv2::ExifData exif;
        for (const ExifTag &tag : tags) {
            const Exiv2::ExifKey key(tag.key.toStdString());
            const Exiv2::TypeId type = tag.type.isEmpty() ? key.defaultTypeId() : Exiv2::TypeInfo::typeId(tag.type.toStdString());
            auto value = Exiv2::Value::create(type);
            if (value->read(tag.value.toStdString()) != 0)
                return {};
            exif.add(key, value.get());
        }
        file->setExifData(exif);
        file->writeMetadata();
    } catch (const std::exception &) {
        return {};
    }
    QFile result(path);
    return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
}
