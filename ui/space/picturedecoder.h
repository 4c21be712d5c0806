#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QSize>
#include <functional>

namespace kj::ui {

//! Decodes picture bytes off the GUI thread (QThreadPool), scaled down to fit `box` (or to cover it with
//! `cover`) while reading, and hands the image to `done` on `context`'s thread; dropped when `context` is
//! gone first. A null image when the bytes are not a picture.
void decodePicture(const QByteArray &bytes, QSize box, bool cover, QObject *context, std::function<void(QImage)> done);

} // namespace kj::ui
