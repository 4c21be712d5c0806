#include "ui/space/skinpreview.h"

#include <QPainter>
#include <QPainterPath>

namespace kj::ui {

QPixmap skinPreview(const Skin &skin, QSize size, qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF all(0, 0, size.width(), size.height());
    const qreal w = all.width();
    const qreal h = all.height();
    const QColor background = skin.color(QStringLiteral("background"));
    const QColor header = skin.color(QStringLiteral("header"));
    const QColor panel = skin.color(QStringLiteral("panel"));
    const QColor accent = skin.color(QStringLiteral("accent"));
    const QColor text = skin.color(QStringLiteral("text"));
    QColor line = text;
    line.setAlphaF(0.25f);

    QPainterPath frame;
    frame.addRoundedRect(all.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.setClipPath(frame);
    painter.fillRect(all, background);
    // The navigation on the left, one row picked.
    painter.fillRect(QRectF(0, 0, w * 0.22, h), header);
    painter.setPen(Qt::NoPen);
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(w * 0.03, h * 0.12, w * 0.16, h * 0.1), 2, 2);
    painter.setBrush(line);
    for (int row = 0; row < 3; ++row)
        painter.drawRoundedRect(QRectF(w * 0.05, h * (0.3 + row * 0.13), w * 0.12, h * 0.05), 1, 1);
    // The profile card: the header colour, an avatar and an accent title.
    painter.setBrush(header);
    painter.drawRoundedRect(QRectF(w * 0.27, h * 0.08, w * 0.68, h * 0.3), 4, 4);
    painter.setBrush(accent.lighter(140));
    painter.drawEllipse(QRectF(w * 0.31, h * 0.13, h * 0.2, h * 0.2));
    painter.setBrush(text);
    painter.drawRoundedRect(QRectF(w * 0.31 + h * 0.26, h * 0.15, w * 0.3, h * 0.06), 1, 1);
    painter.setBrush(line);
    painter.drawRoundedRect(QRectF(w * 0.31 + h * 0.26, h * 0.25, w * 0.22, h * 0.04), 1, 1);
    // Two module cards.
    for (int card = 0; card < 2; ++card) {
        const QRectF box(w * (0.27 + card * 0.35), h * 0.45, w * 0.33, h * 0.47);
        painter.setBrush(panel);
        painter.setPen(QPen(line, 0.8));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(QRectF(box.left() + 4, box.top() + 5, box.width() * 0.45, h * 0.06), 1, 1);
        painter.setBrush(line);
        for (int row = 0; row < 3; ++row)
            painter.drawRoundedRect(QRectF(box.left() + 4, box.top() + h * (0.17 + row * 0.09), box.width() * (0.8 - row * 0.15), h * 0.04), 1, 1);
    }
    painter.setClipping(false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(line, 1));
    painter.drawPath(frame);
    return pixmap;
}

} // namespace kj::ui
