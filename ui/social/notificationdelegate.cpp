#include "ui/social/notificationdelegate.h"

#include "models/social/notificationlistmodel.h"
#include "ui/avatarbadge.h"
#include "ui/relativetime.h"
#include "ui/social/notificationtext.h"

#include <QPainter>
#include <QPainterPath>

namespace kj::ui {

namespace {
using Model = kj::models::NotificationListModel;
constexpr int kAvatar = 36;
constexpr int kPadding = 10;
constexpr int kDot = 8;
} // namespace

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int lines = index.data(Model::TextRole).toString().isEmpty() ? 2 : 3;
    return {320, std::max(kAvatar, lines * (metrics.height() + 2)) + 2 * kPadding};
}

void NotificationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const Model *>(index.model());
    if (!model)
        return;
    const kj::Notification &n = model->notificationAt(index.row());
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
    if (!n.read) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Link));
        painter->drawEllipse(QRect(rect.left() + 4, rect.center().y() - kDot / 2, kDot, kDot));
    }
    const QRect avatar(rect.left() + 4 + kDot + 8, rect.top() + kPadding, kAvatar, kAvatar);
    paintAvatar(*painter, avatar, NotificationText::actorName(n), n.actor.username, palette);

    const QFontMetrics metrics(option.font);
    QFont headFont = option.font;
    headFont.setWeight(n.read ? QFont::Normal : QFont::Bold);
    const QFontMetrics head(headFont);
    const int left = avatar.right() + 12;
    const int width = std::max(0, rect.right() - kPadding - left);
    int top = rect.top() + kPadding;
    painter->setFont(headFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(left, top, width, head.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      head.elidedText(NotificationText::sentence(n), Qt::ElideRight, width));
    top += head.height() + 2;
    painter->setFont(option.font);
    if (!n.text.isEmpty()) {
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRect(left, top, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(tr("“%1”").arg(n.text.simplified()), Qt::ElideRight, width));
        top += metrics.height() + 2;
    }
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(left, top, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      relativeTime(n.createdAt, QDateTime::currentDateTimeUtc()));
    painter->restore();
}

} // namespace kj::ui
