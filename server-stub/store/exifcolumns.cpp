#include "server-stub/store/exifcolumns.h"

#include "server-stub/store/query.h"

#include <QStringList>

namespace kj::server::store {

namespace {
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template<typename T>
QVariant valueOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template<typename T>
std::optional<T> optionalValue(const Query &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).value<T>();
}
} // namespace

QString exifColumns(const QString &prefix)
{
    static const QStringList names{QStringLiteral("camera_make"), QStringLiteral("camera_model"), QStringLiteral("lens_model"),
                                   QStringLiteral("f_number"),    QStringLiteral("exposure_s"),   QStringLiteral("iso"),
                                   QStringLiteral("focal_length_mm")};
    QStringList prefixed;
    for (const QString &name : names)
        prefixed.append(prefix + name);
    return prefixed.join(QStringLiteral(", "));
}

PhotoExif readExifColumns(const Query &query, int first)
{
    // Written only through PhotoExif's checks; read through them again, so a hand-edited row shows nothing odd.
    PhotoExif exif;
    exif.make = PhotoExif::cleanText(query.text(first));
    exif.model = PhotoExif::cleanText(query.text(first + 1));
    exif.lens = PhotoExif::cleanText(query.text(first + 2));
    if (const auto value = optionalValue<double>(query, first + 3))
        exif.fNumber = PhotoExif::checkedFNumber(*value);
    if (const auto value = optionalValue<double>(query, first + 4))
        exif.exposureTime = PhotoExif::checkedExposureTime(*value);
    if (const auto value = optionalValue<qint64>(query, first + 5))
        exif.iso = PhotoExif::checkedIso(*value);
    if (const auto value = optionalValue<double>(query, first + 6))
        exif.focalLength = PhotoExif::checkedFocalLength(*value);
    return exif;
}

QVariantList exifValues(const PhotoExif &exif)
{
    return {textOrNull(exif.make),          textOrNull(exif.model),       textOrNull(exif.lens),
            valueOrNull(exif.fNumber),      valueOrNull(exif.exposureTime), valueOrNull(exif.iso),
            valueOrNull(exif.focalLength)};
}

} // namespace kj::server::store
