#include "ui/music/trackdelegate.h"

#include "models/music/trackrow.h"
#include "ui/music/playerbar.h"
#include "ui/skin.h"

#include <QApplication>
#include <QPainter>

namespace kj::ui {

namespace {
constexpr int kMargin = 8;
constexpr int kIconSize = 20;
} // namespace

TrackDelegate::TrackDelegate(CurrentTrack current, UploadProgress progress, QObject *parent)
    : QStyledItemDelegate(parent), m_current(std::move(current)), m_progress(std::move(progress))
{
}

QString TrackDelegate::stateText(const QModelIndex &index) const
{
    if (index.data(kj::models::UploadingRole).toBool()) {
        const double done = m_progress ? m_progress(index.data(kj::models::TrackIdRole).toString()) : -1.0;
        if (done < 0)
            return tr("Waiting to upload");
        return tr("Uploading %1%").arg(qRound(done * 100));
    }
    if (index.data(kj::models::PendingRole).toBool())
        return tr("Not synced yet");
    return {};
}

QSize TrackDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() * 2 + 2 * kMargin + 2};
}

void TrackDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background and selection as the style draws them, without the text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor hint = text;
    hint.setAlphaF(0.62f);

    const QString id = index.data(kj::models::TrackIdRole).toString();
    const bool playing = m_current && !id.isEmpty() && m_current() == id;
    const QRect rect = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect iconRect(rect.left(), rect.center().y() - kIconSize / 2, kIconSize, kIconSize);
    icon(playing ? QStringLiteral("play") : QStringLiteral("music")).paint(painter, iconRect);

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(playing);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);

    const qint64 duration = index.data(kj::models::DurationRole).toLongLong();
    const QString length = duration > 0 ? PlayerBar::formatTime(duration) : QString();
    const QString state = stateText(index);
    const int lengthWidth = metrics.horizontalAdvance(length);
    const int stateWidth = state.isEmpty() ? 0 : metrics.horizontalAdvance(state) + kIconSize;
    const int right = std::max(lengthWidth, stateWidth);

    const QRect textRect(iconRect.right() + kMargin + 2, rect.top(), rect.width() - kIconSize - 3 * kMargin - right, rect.height());
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString artist = index.data(kj::models::ArtistRole).toString();
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(textRect.adjusted(0, 0, 0, -textRect.height() / 2), Qt::AlignLeft | Qt::AlignBottom,
                      titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    painter->setFont(opt.font);
    painter->setPen(hint);
    painter->drawText(textRect.adjusted(0, textRect.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                      metrics.elidedText(artist.isEmpty() ? tr("Unknown artist") : artist, Qt::ElideRight, textRect.width()));

    const QRect rightRect(rect.right() - right, rect.top(), right, rect.height());
    painter->drawText(rightRect.adjusted(0, 0, 0, -rect.height() / 2), Qt::AlignRight | Qt::AlignBottom, length);
    if (!state.isEmpty()) {
        const QRect stateRect = rightRect.adjusted(0, rect.height() / 2, 0, 0);
        painter->drawText(stateRect, Qt::AlignRight | Qt::AlignTop, state);
        const int iconSide = metrics.height() - 2;
        icon(QStringLiteral("pending"))
            .paint(painter, QRect(stateRect.right() - metrics.horizontalAdvance(state) - iconSide - 4, stateRect.top() + 1, iconSide, iconSide));
    }
    painter->restore();
}

} // namespace kj::ui
