#pragma once

#include "models/domain/photoexif.h"

#include <QLocale>
#include <QString>

namespace kj::ui {

//! The camera and lens of a photo in words, "Canon EOS R6 · RF24-105mm F4 L IS USM" (the make left out when
//! the model already names it); empty when neither is known.
[[nodiscard]] QString cameraText(const kj::PhotoExif &exif);
//! The exposure of a photo in words, "f/4 · 1/250 s · ISO 400 · 50 mm", with only the facts known; empty
//! when none is.
[[nodiscard]] QString exposureText(const kj::PhotoExif &exif, const QLocale &locale = QLocale());
//! An exposure time as photographers write it: "1/250 s" under a second (when it is one over a whole
//! number, or shorter than a tenth), else "0.3 s", "2.5 s", "30 s".
[[nodiscard]] QString exposureTimeText(double seconds, const QLocale &locale = QLocale());

} // namespace kj::ui
