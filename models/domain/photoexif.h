#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kj {

//! The camera facts of a photo, read by the server from its EXIF: camera, lens and exposure, each one
//! optional. Never the location. On the wire, inside a photo: "exif": {"make"?, "model"?, "lens"?,
//! "fNumber"?, "exposureTime"?, "iso"?, "focalLength"?}, the facts not known left out and the whole
//! object left out when none is (docs/api.md, "Albums and photos").
struct PhotoExif {
    static constexpr int kMaxTextLength = 64;
    static constexpr double kMinFNumber = 0.5;
    static constexpr double kMaxFNumber = 1024;
    static constexpr double kMinExposureTime = 1e-6; // seconds
    static constexpr double kMaxExposureTime = 86'400;
    static constexpr int kMaxIso = 1'000'000;
    static constexpr double kMaxFocalLength = 10'000; // millimetres

    QString make;                       // "Canon"
    QString model;                      // "Canon EOS R6"
    QString lens;                       // "RF24-105mm F4 L IS USM"
    std::optional<double> fNumber;      // 4 for f/4
    std::optional<double> exposureTime; // seconds: 0.004 for 1/250 s
    std::optional<int> iso;             // 400
    std::optional<double> focalLength;  // millimetres, as on the lens (not the 35 mm equivalent)

    [[nodiscard]] bool isEmpty() const;
    //! Only the facts known.
    [[nodiscard]] QJsonObject toJson() const;
    //! Lenient, as answers are read: a fact of the wrong type or out of range is left out, never an error;
    //! texts go through cleanText().
    [[nodiscard]] static PhotoExif fromJson(const QJsonObject &json);

    //! `text` fit to show: control and format characters (bidi overrides too) dropped, runs of white space
    //! made one space, trimmed, at most kMaxTextLength characters (never cutting a surrogate pair).
    [[nodiscard]] static QString cleanText(const QString &text);
    //! The value when it lies in the fact's range (finite, above zero, under its maximum), else nullopt.
    [[nodiscard]] static std::optional<double> checkedFNumber(double value);
    [[nodiscard]] static std::optional<double> checkedExposureTime(double seconds);
    [[nodiscard]] static std::optional<int> checkedIso(qint64 value);
    [[nodiscard]] static std::optional<double> checkedFocalLength(double millimetres);

    friend bool operator==(const PhotoExif &, const PhotoExif &) = default;
};

} // namespace kj
