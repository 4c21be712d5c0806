#include "models/domain/photoexif.h"

#include <QJsonValue>
#include <QStringView>

#include <cmath>

namespace kj {

namespace {
const QString kMake = QStringLiteral("make");
const QString kModel = QStringLiteral("model");
const QString kLens = QStringLiteral("lens");
const QString kFNumber = QStringLiteral("fNumber");
const QString kExposureTime = QStringLiteral("exposureTime");
const QString kIso = QStringLiteral("iso");
const QString kFocalLength = QStringLiteral("focalLength");

std::optional<double> inRange(double value, double min, double max)
{
    if (!std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> number(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QString text(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? PhotoExif::cleanText(value.toString()) : QString();
}
} // namespace

bool PhotoExif::isEmpty() const
{
    return make.isEmpty() && model.isEmpty() && lens.isEmpty() && !fNumber && !exposureTime && !iso && !focalLength;
}

QJsonObject PhotoExif::toJson() const
{
    QJsonObject json;
    if (!make.isEmpty())
        json.insert(kMake, make);
    if (!model.isEmpty())
        json.insert(kModel, model);
    if (!lens.isEmpty())
        json.insert(kLens, lens);
    if (fNumber)
        json.insert(kFNumber, *fNumber);
    if (exposureTime)
        json.insert(kExposureTime, *exposureTime);
    if (iso)
        json.insert(kIso, *iso);
    if (focalLength)
        json.insert(kFocalLength, *focalLength);
    return json;
}

PhotoExif PhotoExif::fromJson(const QJsonObject &json)
{
    PhotoExif exif;
    exif.make = text(json, kMake);
    exif.model = text(json, kModel);
    exif.lens = text(json, kLens);
    if (const std::optional<double> value = number(json, kFNumber))
        exif.fNumber = checkedFNumber(*value);
    if (const std::optional<double> value = number(json, kExposureTime))
        exif.exposureTime = checkedExposureTime(*value);
    if (const std::optional<double> value = number(json, kIso); value && std::trunc(*value) == *value && std::abs(*value) <= kMaxIso)
        exif.iso = checkedIso(qint64(*value));
    if (const std::optional<double> value = number(json, kFocalLength))
        exif.focalLength = checkedFocalLength(*value);
    return exif;
}

QString PhotoExif::cleanText(const QString &text)
{
    QString clean;
    bool spaceBefore = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar unit = text.at(i);
        qsizetype width = 1;
        char32_t code = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(unit, text.at(i + 1));
            width = 2;
        }
        const qsizetype at = i;
        i += width;
        if (QChar::isSpace(code)) {
            spaceBefore = !clean.isEmpty(); // runs become one space; none leading or trailing
            continue;
        }
        switch (QChar::category(code)) {
        case QChar::Other_Control:
        case QChar::Other_Format:    // bidi overrides and invisible joiners: nothing a camera's name needs
        case QChar::Other_Surrogate: // half of a pair
            continue;
        default:
            break;
        }
        if (clean.size() + (spaceBefore ? 1 : 0) + width > kMaxTextLength)
            break;
        if (spaceBefore)
            clean += u' ';
        spaceBefore = false;
        clean += QStringView(text).mid(at, width);
    }
    return clean;
}

std::optional<double> PhotoExif::checkedFNumber(double value)
{
    return inRange(value, kMinFNumber, kMaxFNumber);
}

std::optional<double> PhotoExif::checkedExposureTime(double seconds)
{
    return inRange(seconds, kMinExposureTime, kMaxExposureTime);
}

std::optional<int> PhotoExif::checkedIso(qint64 value)
{
    if (value < 1 || value > kMaxIso)
        return std::nullopt;
    return int(value);
}

std::optional<double> PhotoExif::checkedFocalLength(double millimetres)
{
    if (!std::isfinite(millimetres) || millimetres <= 0)
        return std::nullopt;
    return inRange(millimetres, 0, kMaxFocalLength);
}

} // namespace kj
