#pragma once

#include <QColor>

namespace kj::ui {

//! The colour `amount` of the way from `from` to `to` (0 gives `from`, 1 gives `to`): how delegates derive
//! their card, line and muted colours from the skin's palette, so every skin (the dark one too) reads well.
[[nodiscard]] inline QColor mixColors(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

} // namespace kj::ui
