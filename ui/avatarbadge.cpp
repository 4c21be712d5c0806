#include "ui/avatarbadge.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace kj::ui {

QColor avatarColour(const QString &username, const QPalette &palette)
{
    // A fixed 32-bit hash: qHash is seeded per process and size_t differs between machines.
    quint32 hash = 0;
    for (const QChar c : username)
        hash = hash * 31 + c.unicode();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(int(hash % 360), dark ? 90 : 120, dark ? 95 : 135);
}

QString avatarInitial(const QString &displayName, const QString &username)
{
    const QString name = displayName.trimmed().isEmpty() ? username.trimmed() : displayName.trimmed();
    if (name.isEmpty())
        return QStringLiteral("?");
    // A letter outside the BMP (many CJK names, emoji) is two UTF-16 units.
    const qsizetype length = name.at(0).isHighSurrogate() && name.size() > 1 ? 2 : 1;
    return name.left(length).toUpper();
}

void paintAvatar(QPainter &painter, const QRect &rect, const QString &displayName, const QString &username,
                 const QPalette &palette, const QPixmap &picture, int ring)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setPen(Qt::NoPen);
    if (ring > 0) {
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawEllipse(rect);
    }
    const QRect face = rect.adjusted(ring, ring, -ring, -ring);
    if (!picture.isNull()) {
        QPainterPath circle;
        circle.addEllipse(QRectF(face));
        painter.setClipPath(circle);
        // Fill the circle: the middle of a picture of another shape.
        const QSizeF source = QSizeF(face.size()).scaled(picture.size(), Qt::KeepAspectRatio);
        const QRectF from((picture.width() - source.width()) / 2, (picture.height() - source.height()) / 2,
                          source.width(), source.height());
        painter.drawPixmap(QRectF(face), picture, from);
    } else {
        painter.setBrush(avatarColour(username, palette));
        painter.drawEllipse(face);
        QFont font = painter.font();
        font.setWeight(QFont::DemiBold);
        font.setPixelSize(std::max(9, face.height() * 2 / 5));
        painter.setFont(font);
        painter.setPen(QColor(Qt::white));
        painter.drawText(face, Qt::AlignCenter, avatarInitial(displayName, username));
    }
    painter.restore();
}

AvatarBadge::AvatarBadge(int side, int ring, QWidget *parent)
    : QWidget(parent)
    , m_ring(ring)
{
    setFixedSize(side, side);
}

void AvatarBadge::setPerson(const QString &displayName, const QString &username)
{
    m_displayName = displayName;
    m_username = username;
    update();
}

void AvatarBadge::setPicture(const QPixmap &picture)
{
    m_picture = picture;
    update();
}

void AvatarBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintAvatar(painter, rect(), m_displayName, m_username, palette(), m_picture, m_ring);
}

} // namespace kj::ui
