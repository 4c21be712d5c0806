#include "ui/social/avatarbadge.h"

#include <QPainter>
#include <QPalette>

namespace kj::ui {

QColor avatarColour(const QString &username, const QPalette &palette)
{
    size_t hash = 0;
    for (const QChar c : username)
        hash = hash * 31 + c.unicode();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // A hue per person; saturation and lightness keep the white initial readable on either skin.
    return QColor::fromHsl(int(hash % 360), dark ? 90 : 120, dark ? 95 : 135);
}

void paintAvatar(QPainter &painter, const QRect &rect, const QString &displayName, const QString &username,
                 const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(avatarColour(username, palette));
    painter.drawEllipse(rect);
    QFont font = painter.font();
    font.setWeight(QFont::DemiBold);
    font.setPixelSize(std::max(9, rect.height() * 2 / 5));
    painter.setFont(font);
    painter.setPen(QColor(Qt::white));
    const QString name = displayName.isEmpty() ? username : displayName;
    const qsizetype length = !name.isEmpty() && name.at(0).isHighSurrogate() ? 2 : 1;
    painter.drawText(rect, Qt::AlignCenter, name.left(length).toUpper());
    painter.restore();
}

} // namespace kj::ui
