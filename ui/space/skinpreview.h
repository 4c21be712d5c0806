#pragma once

#include "ui/skin.h"

#include <QPixmap>
#include <QSize>

namespace kj::ui {

//! A small picture of a space in `skin` (navigation, header, two cards), for the skin picker's tiles.
[[nodiscard]] QPixmap skinPreview(const Skin &skin, QSize size, qreal devicePixelRatio);

} // namespace kj::ui
