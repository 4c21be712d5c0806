#pragma once

#include <QColor>
#include <QRect>
#include <QString>

class QPainter;
class QPalette;

namespace kj::ui {

//! A person's round badge in the social lists: their initial on a colour of their own (the same for a
//! username on every run), drawn from the palette's lightness so it reads in light and dark skins.
[[nodiscard]] QColor avatarColour(const QString &username, const QPalette &palette);
void paintAvatar(QPainter &painter, const QRect &rect, const QString &displayName, const QString &username,
                 const QPalette &palette);

} // namespace kj::ui
