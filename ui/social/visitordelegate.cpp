#include "ui/social/visitordelegate.h"

#include "models/social/visitorlistmodel.h"
#include "ui/avatarbadge.h"
#include "ui/relativetime.h"

#include <QPainter>
#include <QPainterPath>

namespace kj::ui {

namespace {
using Model = kj::models::VisitorListModel;
constexpr int kAvatar = 36;
constexpr int kPadding = 10;
} // namespace

QSize VisitorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {240, std::max(kAvatar, 2 * metrics.height() + 2) + 2 * kPadding};
}

void VisitorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(4, 2, -4, -2);
    if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
        QPainterPath path;
        path.addRoundedRect(QRectF(rect), 6, 6);
        painter->fillPath(path, palette.color(option.state & QStyle::State_Selected ? QPalette::Highlight
                                                                                     : QPalette::AlternateBase));
    }
    const QString name = index.data(Model::DisplayNameRole).toString();
    const QString username = index.data(Model::UsernameRole).toString();
    const QRect avatar(rect.left() + kPadding, rect.center().y() - kAvatar / 2, kAvatar, kAvatar);
    paintAvatar(*painter, avatar, name, username, palette);

    const QFontMetrics metrics(option.font);
    const QString when = relativeTime(index.data(Model::VisitedAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    const int whenWidth = metrics.horizontalAdvance(when);
    const QRect whenRect(rect.right() - kPadding - whenWidth, rect.top(), whenWidth, rect.height());
    const int textLeft = avatar.right() + 12;
    const int textWidth = std::max(0, whenRect.left() - 12 - textLeft);
    const int top = rect.center().y() - metrics.height();
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(textLeft, top, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, textWidth));
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(textLeft, top + metrics.height() + 2, textWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(QLatin1Char('@') + username, Qt::ElideRight, textWidth));
    painter->drawText(whenRect, Qt::AlignRight | Qt::AlignVCenter, when);
    painter->restore();
}

} // namespace kj::ui
