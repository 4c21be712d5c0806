#include "ui/photos/albumdelegate.h"

#include "models/domain/visibility.h"
#include "models/photos/albumlistmodel.h"
#include "ui/audience.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/skin.h"

#include <QPainter>
#include <QPainterPath>

namespace kj::ui {

namespace {
using Model = kj::models::AlbumListModel;
constexpr int kMargin = 8;
constexpr int kIcon = 16;
} // namespace

AlbumDelegate::AlbumDelegate(ThumbnailLoader &thumbnails, QObject *parent) : QStyledItemDelegate(parent), m_thumbnails(thumbnails) {}

QSize AlbumDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {kCoverSize + 2 * kMargin, kCoverSize + 2 * kMargin + 2 * metrics.height() + 6};
}

void AlbumDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect tile = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool dropTarget = index.row() == m_dropRow;
    if (selected || hovered || dropTarget) {
        QColor back = palette.color(QPalette::Highlight);
        back.setAlpha(dropTarget ? 90 : selected ? 55 : 25);
        painter->setPen(dropTarget ? QPen(palette.color(QPalette::Highlight), 2, Qt::DashLine) : Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(tile, 8, 8);
    }

    // The cover: the newest photo, or the album drawing on a quiet background.
    const QRect cover(tile.left() + kMargin - 2, tile.top() + kMargin - 2, kCoverSize, kCoverSize);
    QPainterPath clip;
    clip.addRoundedRect(cover, 6, 6);
    painter->setClipPath(clip);
    painter->fillRect(cover, palette.color(QPalette::AlternateBase));
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = m_thumbnails.thumbnail(index.data(Model::CoverMediaIdRole).toString(), {},
                                                  QSize(kCoverSize, kCoverSize) * dpr);
    if (!pixmap.isNull()) {
        // Cropped to a square, centred.
        const QSizeF logical = QSizeF(pixmap.size()) / dpr;
        const qreal scale = std::max(cover.width() / logical.width(), cover.height() / logical.height());
        const QSizeF drawn = logical * scale;
        const QRectF target(cover.center().x() - drawn.width() / 2 + 0.5, cover.center().y() - drawn.height() / 2 + 0.5,
                            drawn.width(), drawn.height());
        painter->drawPixmap(target, pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    } else {
        icon(QStringLiteral("album")).paint(painter, cover.adjusted(cover.width() / 3, cover.height() / 3,
                                                                    -cover.width() / 3, -cover.height() / 3));
    }
    painter->setClipping(false);

    const int uploading = index.data(Model::UploadingRole).toInt();
    if (uploading > 0) {
        // A badge on the cover: photos on their way into this album.
        const QString text = tr("%n uploading", nullptr, uploading);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(font);
        const QRect badge(cover.left() + 6, cover.bottom() - metrics.height() - 10, metrics.horizontalAdvance(text) + 26,
                          metrics.height() + 6);
        QColor back = palette.color(QPalette::Window);
        back.setAlpha(225);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(badge, 4, 4);
        icon(QStringLiteral("upload")).paint(painter, QRect(badge.left() + 4, badge.top() + (badge.height() - 14) / 2, 14, 14));
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::WindowText));
        painter->drawText(badge.adjusted(22, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }

    // Title, then "n photos" with the audience and the pending mark on the right.
    const QFontMetrics metrics(option.font);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QRect titleRect(cover.left(), cover.bottom() + 6, cover.width(), metrics.height());
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(Model::TitleRole).toString(), Qt::ElideRight, titleRect.width()));

    const QRect lineRect(cover.left(), titleRect.bottom() + 2, cover.width(), metrics.height());
    int right = lineRect.right();
    const auto visibility = kj::Visibility(index.data(Model::VisibilityRole).toInt());
    audienceIcon(visibility).paint(painter, QRect(right - kIcon + 1, lineRect.top() + (lineRect.height() - kIcon) / 2, kIcon, kIcon));
    right -= kIcon + 4;
    if (index.data(Model::PendingRole).toBool()) {
        icon(QStringLiteral("pending")).paint(painter, QRect(right - kIcon + 1, lineRect.top() + (lineRect.height() - kIcon) / 2, kIcon, kIcon));
        right -= kIcon + 4;
    }
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(lineRect.left(), lineRect.top(), right - lineRect.left(), lineRect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("%n photo(s)", nullptr, index.data(Model::PhotoCountRole).toInt()));
    painter->restore();
}

} // namespace kj::ui
