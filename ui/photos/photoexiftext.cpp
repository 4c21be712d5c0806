#include "ui/photos/photoexiftext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace kj::ui {

namespace {
class PhotoExifText
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::PhotoExifText)

public:
    static QString separator()
    {
        //: Between the facts on one line of a photo's details: "f/4 · 1/250 s · ISO 400"
        return tr(" · ");
    }
    static QString fNumber(const QString &number) { return tr("f/%1").arg(number); }
    static QString fraction(const QString &denominator)
    {
        //: An exposure time under a second: 1/250 s
        return tr("1/%1 s").arg(denominator);
    }
    static QString seconds(const QString &number)
    {
        //: An exposure time in seconds: 2.5 s
        return tr("%1 s").arg(number);
    }
    static QString iso(const QString &number) { return tr("ISO %1").arg(number); }
    static QString focalLength(const QString &number)
    {
        //: A lens's focal length in millimetres: 50 mm
        return tr("%1 mm").arg(number);
    }
};

// Photographers write ISO 12800 and 1/8000 without a group separator.
QLocale plain(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

// At most one decimal, none when it would be zero: 4, 5.6, 4.2.
QString shortNumber(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded == std::trunc(rounded))
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', 1);
}

// "NIKON CORPORATION" + "NIKON D850" is a NIKON D850; "Apple" + "iPhone 15 Pro" an Apple iPhone 15 Pro.
QString cameraName(const QString &make, const QString &model)
{
    if (model.isEmpty())
        return make;
    if (make.isEmpty())
        return model;
    const QString brand = make.section(u' ', 0, 0);
    if (model.startsWith(make, Qt::CaseInsensitive) || model.startsWith(brand, Qt::CaseInsensitive))
        return model;
    return make + u' ' + model;
}
} // namespace

QString cameraText(const kj::PhotoExif &exif)
{
    QStringList parts;
    if (const QString camera = cameraName(exif.make, exif.model); !camera.isEmpty())
        parts.append(camera);
    if (!exif.lens.isEmpty())
        parts.append(exif.lens);
    return parts.join(PhotoExifText::separator());
}

QString exposureText(const kj::PhotoExif &exif, const QLocale &locale)
{
    const QLocale numbers = plain(locale);
    QStringList parts;
    if (exif.fNumber)
        parts.append(PhotoExifText::fNumber(shortNumber(*exif.fNumber, numbers)));
    if (exif.exposureTime)
        parts.append(exposureTimeText(*exif.exposureTime, locale));
    if (exif.iso)
        parts.append(PhotoExifText::iso(numbers.toString(*exif.iso)));
    if (exif.focalLength)
        parts.append(PhotoExifText::focalLength(shortNumber(*exif.focalLength, numbers)));
    return parts.join(PhotoExifText::separator());
}

QString exposureTimeText(double seconds, const QLocale &locale)
{
    const QLocale numbers = plain(locale);
    if (seconds < 1 && seconds > 0) {
        // 1/250 stored as 0.004 and 1/60 as 0.016667 both read back as fractions; 0.3 (3/10) stays a decimal.
        const double denominator = 1 / seconds;
        if (seconds < 0.1 || std::abs(denominator - std::round(denominator)) <= 0.02 * denominator)
            return PhotoExifText::fraction(numbers.toString(qint64(std::round(denominator))));
    }
    return PhotoExifText::seconds(seconds >= 10 ? numbers.toString(qint64(std::round(seconds))) : shortNumber(seconds, numbers));
}

} // namespace kj::ui
