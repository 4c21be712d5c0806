#include "ui/diarydelegate.h"

#include "ui/colormix.h"

#include "models/pageddiarymodel.h"
#include "ui/audience.h"
#include "ui/relativetime.h"
#include "ui/skin.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace kj::ui {

namespace {

using Model = kj::models::PagedDiaryModel;

constexpr int kPadding = 12;
constexpr int kIconSize = 16;
constexpr int kLineGap = 4;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(base.pointSizeF() * 1.08);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

// Lays `text` out in at most `maxLines` lines of `width`, the last one elided; gives the lines to draw.
QStringList wrapLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QFontMetrics metrics(font);
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const QString piece = text.mid(line.textStart(), line.textLength());
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width));
            break;
        }
        lines.append(piece.trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

QSize DiaryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int height = kPadding + title.height() + kLineGap + 2 * small.lineSpacing() + kLineGap + small.height() + kPadding;
    return {200, height};
}

void DiaryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(6, 3, -6, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    // Every colour from the skin's palette, so the cards read in light and dark skins alike.
    const QPalette &palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    const QColor muted = mixColors(ink, base, 0.45);
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor line = mixColors(palette.color(QPalette::Mid), base, 0.55);

    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(path, selected ? mixColors(base, accent, 0.16) : hovered ? mixColors(base, accent, 0.07) : base);
    painter->setPen(selected ? mixColors(accent, base, 0.4) : line);
    painter->drawPath(path);
    if (selected)
        painter->fillRect(QRect(card.left(), card.top() + 8, 3, card.height() - 16), accent);

    const QRect content = card.adjusted(kPadding, kPadding - 2, -kPadding, -kPadding + 2);
    const QFont tFont = titleFont(option.font);
    const QFont sFont = smallFont(option.font);
    const QFontMetrics tMetrics(tFont);
    const QFontMetrics sMetrics(sFont);

    // Right side of the first line: audience icon, and the pending mark before it.
    const auto visibility = kj::Visibility(index.data(Model::VisibilityRole).toInt());
    const bool pending = index.data(Model::PendingRole).toBool();
    int right = content.right();
    const int iconTop = content.top() + (tMetrics.height() - kIconSize) / 2;
    audienceIcon(visibility).paint(painter, QRect(right - kIconSize + 1, iconTop, kIconSize, kIconSize));
    right -= kIconSize + 6;
    if (pending) {
        icon(QStringLiteral("pending")).paint(painter, QRect(right - kIconSize + 1, iconTop, kIconSize, kIconSize));
        right -= kIconSize + 6;
    }

    QString title = index.data(Model::TitleRole).toString();
    painter->setFont(tFont);
    painter->setPen(title.isEmpty() ? muted : ink);
    if (title.isEmpty())
        title = tr("Untitled");
    const QRect titleRect(content.left(), content.top(), right - content.left(), tMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    int y = titleRect.bottom() + 1 + kLineGap;
    painter->setFont(sFont);
    painter->setPen(mixColors(ink, base, 0.2));
    const QString excerpt = index.data(Model::ExcerptRole).toString();
    const QStringList lines = wrapLines(excerpt.isEmpty() ? tr("No text yet") : excerpt, sFont, content.width(), 2);
    if (excerpt.isEmpty())
        painter->setPen(muted);
    for (const QString &line : lines) {
        painter->drawText(QRect(content.left(), y, content.width(), sMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += sMetrics.lineSpacing();
    }

    y = content.bottom() - sMetrics.height() + 1;
    painter->setPen(muted);
    QString meta = relativeTime(index.data(Model::UpdatedAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    meta += QStringLiteral(" · ") + audienceName(visibility);
    if (pending)
        meta += QStringLiteral(" · ") + tr("not yet synced");
    painter->drawText(QRect(content.left(), y, content.width(), sMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sMetrics.elidedText(meta, Qt::ElideRight, content.width()));

    if (option.state & QStyle::State_HasFocus && option.widget && option.widget->hasFocus()) {
        painter->setPen(QPen(accent, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(card).adjusted(2, 2, -2, -2), 6, 6);
    }
    painter->restore();
}

} // namespace kj::ui
