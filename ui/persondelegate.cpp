#include "ui/persondelegate.h"

#include "ui/avatarbadge.h"
#include "ui/colormix.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QPainterPath>

namespace kj::ui {

namespace {

constexpr int kAvatar = 30;
constexpr int kPadding = 8;

QVariant roleData(const QModelIndex &index, const QByteArray &name)
{
    const int role = index.model()->roleNames().key(name, -1);
    return role < 0 ? QVariant() : index.data(role);
}

} // namespace

QSize PersonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {160, std::max(kAvatar, 2 * metrics.height()) + 2 * kPadding};
}

void PersonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(4, 2, -4, -2);
    // Every colour from the skin's palette, so the rows read in light and dark skins alike.
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
        QPainterPath path;
        path.addRoundedRect(QRectF(rect), 6, 6);
        painter->fillPath(path, mixColors(base, accent, option.state & QStyle::State_Selected ? 0.16 : 0.07));
    }

    const QString name = roleData(index, "displayName").toString();
    const QString username = roleData(index, "username").toString();
    const QRect avatar(rect.left() + kPadding, rect.center().y() - kAvatar / 2, kAvatar, kAvatar);
    paintAvatar(*painter, avatar, name, username, palette);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);

    const int textLeft = avatar.right() + 10;
    const int textWidth = rect.right() - kPadding - textLeft;
    const QFontMetrics metrics(option.font);
    const int top = rect.center().y() - metrics.height();
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(textLeft, top, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, textWidth));
    painter->setFont(option.font);
    painter->setPen(mixColors(palette.color(QPalette::Text), base, 0.45));
    painter->drawText(QRect(textLeft, top + metrics.height(), textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(QLatin1Char('@') + username, Qt::ElideRight, textWidth));
    painter->restore();
}

} // namespace kj::ui
