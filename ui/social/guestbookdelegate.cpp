#include "ui/social/guestbookdelegate.h"

#include "models/social/guestbookmodel.h"
#include "ui/avatarbadge.h"
#include "ui/relativetime.h"
#include "ui/skin.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace kj::ui {

namespace {

using Model = kj::models::GuestbookModel;

constexpr int kMargin = 6;   // around a card
constexpr int kPadding = 14; // inside a card
constexpr int kAvatar = 36;
constexpr int kGap = 8;
constexpr int kReplyPadding = 10;
constexpr int kMarkIcon = 14;
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

struct GuestbookDelegate::Layout {
    QRect card;
    QRect avatar;
    QRect name;
    QRect meta;
    QRect text;
    QRect reply;     // the bubble; empty without a reply
    QRect replyHead; // inside the bubble
    QRect replyText;
    QString metaText;
    QString replyHeadText;
};

GuestbookDelegate::GuestbookDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

GuestbookDelegate::Layout GuestbookDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                    const QRect &rect) const
{
    Layout l;
    const QFontMetrics metrics(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    l.card = rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect inner = l.card.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    l.avatar = QRect(inner.left(), inner.top(), kAvatar, kAvatar);
    const int left = l.avatar.right() + 1 + 12;
    const int width = std::max(40, inner.right() - left + 1);
    l.name = QRect(left, inner.top(), width, bold.height());
    QStringList meta{relativeTime(index.data(Model::CreatedAtRole).toDateTime(), now)};
    if (index.data(Model::PrivateRole).toBool())
        meta.append(tr("private"));
    l.metaText = meta.join(QStringLiteral(" · "));
    l.meta = QRect(left, l.name.bottom() + 1 + 2, width, metrics.height());

    const QString text = index.data(Model::TextRole).toString();
    const int textTop = std::max(l.meta.bottom() + 1, l.avatar.bottom() + 1) + kGap;
    l.text = metrics.boundingRect(QRect(left, textTop, width, 100000), kTextFlags, text);
    l.text.setWidth(width);
    int bottom = l.text.bottom();

    const QString replyText = index.data(Model::ReplyTextRole).toString();
    if (!replyText.isEmpty()) {
        const int replyWidth = width - 2 * kReplyPadding;
        const QString when = relativeTime(index.data(Model::ReplyAtRole).toDateTime(), now);
        l.replyHeadText = index.data(Model::CanReplyRole).toBool()
            ? tr("Your reply · %1").arg(when)
            : tr("Reply from %1 · %2").arg(index.data(Model::SpaceOwnerRole).toString(), when);
        l.replyHead = QRect(left + kReplyPadding, bottom + 1 + kGap + kReplyPadding, replyWidth, bold.height());
        l.replyText = metrics.boundingRect(QRect(left + kReplyPadding, l.replyHead.bottom() + 1 + 4, replyWidth, 100000),
                                           kTextFlags, replyText);
        l.replyText.setWidth(replyWidth);
        l.reply = QRect(QPoint(left, bottom + 1 + kGap), QPoint(inner.right(), l.replyText.bottom() + kReplyPadding));
        bottom = l.reply.bottom();
    }
    l.card.setBottom(bottom + kPadding);
    return l;
}

QSize GuestbookDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    const Layout l = layout(option, index, QRect(0, 0, std::max(width, 200), 100000));
    return {width, l.card.bottom() + 1 + kMargin};
}

void GuestbookDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index, option.rect);
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QPainterPath card;
    card.addRoundedRect(QRectF(l.card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillPath(card, palette.color(selected ? QPalette::Highlight : QPalette::Base));
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawPath(card);
    if (option.state & QStyle::State_HasFocus && m_view && m_view->hasFocus()) {
        painter->setPen(QPen(palette.color(QPalette::Dark), 1, Qt::DotLine));
        painter->drawPath(card);
    }

    paintAvatar(*painter, l.avatar, index.data(Model::DisplayNameRole).toString(),
                index.data(Model::UsernameRole).toString(), palette);

    const QFont boldFace = boldFont(option.font);
    const QFontMetrics bold(boldFace);
    const QFontMetrics metrics(option.font);
    const QString name = index.data(Model::DisplayNameRole).toString();
    painter->setFont(boldFace);
    painter->setPen(palette.color(QPalette::Text));
    const QString shownName = bold.elidedText(name, Qt::ElideRight, l.name.width() / 2);
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    painter->setFont(option.font);
    painter->setPen(muted(palette));
    const int handleLeft = l.name.left() + bold.horizontalAdvance(shownName) + 6;
    painter->drawText(QRect(handleLeft, l.name.top(), l.name.right() - handleLeft, l.name.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(QLatin1Char('@') + index.data(Model::UsernameRole).toString(), Qt::ElideRight,
                                         std::max(0, l.name.right() - handleLeft)));

    int metaLeft = l.meta.left();
    if (index.data(Model::PendingRole).toBool()) {
        // Not on the server yet: say so first, where the eye lands.
        const QRect mark(metaLeft, l.meta.center().y() - kMarkIcon / 2, kMarkIcon, kMarkIcon);
        icon(QStringLiteral("pending")).paint(painter, mark);
        const QString words = tr("not sent yet");
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(QRect(mark.right() + 4, l.meta.top(), l.meta.width(), l.meta.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, words);
        metaLeft = mark.right() + 4 + metrics.horizontalAdvance(words) + 8;
        painter->setPen(muted(palette));
    }
    painter->drawText(QRect(metaLeft, l.meta.top(), std::max(0, l.meta.right() - metaLeft), l.meta.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, l.metaText);

    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(l.text, kTextFlags, index.data(Model::TextRole).toString());

    if (!l.reply.isEmpty()) {
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(l.reply), 6, 6);
        painter->fillPath(bubble, palette.color(QPalette::AlternateBase));
        painter->setFont(boldFace);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(l.replyHead, Qt::AlignLeft | Qt::AlignVCenter,
                          bold.elidedText(l.replyHeadText, Qt::ElideRight, l.replyHead.width()));
        painter->setFont(option.font);
        painter->drawText(l.replyText, kTextFlags, index.data(Model::ReplyTextRole).toString());
    }
    painter->restore();
}

} // namespace kj::ui
