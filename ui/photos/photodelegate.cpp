#include "ui/photos/photodelegate.h"

#include "models/photos/photolistmodel.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/skin.h"

#include <QPainter>
#include <QPainterPath>

namespace kj::ui {

namespace {
using Model = kj::models::PhotoListModel;
constexpr int kMargin = 5;
} // namespace

PhotoDelegate::PhotoDelegate(ThumbnailLoader &thumbnails, QObject *parent) : QStyledItemDelegate(parent), m_thumbnails(thumbnails) {}

QSize PhotoDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {kThumbSize + 2 * kMargin, kThumbSize + 2 * kMargin};
}

void PhotoDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect cell = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QPainterPath clip;
    clip.addRoundedRect(cell, 4, 4);
    painter->setClipPath(clip);
    painter->fillRect(cell, palette.color(QPalette::AlternateBase));

    const QString mediaId = index.data(Model::MediaIdRole).toString();
    const QString localPath = index.data(Model::LocalPathRole).toString();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = m_thumbnails.thumbnail(mediaId, localPath, QSize(kThumbSize, kThumbSize) * dpr);
    if (!pixmap.isNull()) {
        const QSizeF logical = QSizeF(pixmap.size()) / dpr;
        const qreal scale = std::max(cell.width() / logical.width(), cell.height() / logical.height());
        const QSizeF drawn = logical * scale;
        const QRectF target(cell.center().x() - drawn.width() / 2 + 0.5, cell.center().y() - drawn.height() / 2 + 0.5,
                            drawn.width(), drawn.height());
        painter->drawPixmap(target, pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    } else {
        const QString name = m_thumbnails.failed(mediaId, localPath) ? QStringLiteral("warning") : QStringLiteral("album");
        icon(name).paint(painter, cell.adjusted(cell.width() * 3 / 8, cell.height() * 3 / 8, -cell.width() * 3 / 8,
                                                -cell.height() * 3 / 8));
    }

    if (index.data(Model::QueuedRole).toBool()) {
        // A veil over a file not on the server yet, with its progress along the bottom.
        QColor veil = palette.color(QPalette::Base);
        veil.setAlpha(120);
        painter->fillRect(cell, veil);
        const double progress = index.data(Model::ProgressRole).toDouble();
        const QRect track(cell.left() + 8, cell.bottom() - 12, cell.width() - 16, 5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Mid));
        painter->drawRoundedRect(track, 2, 2);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(QRect(track.left(), track.top(), int(track.width() * progress), track.height()), 2, 2);
        if (index.data(Model::PausedRole).toBool())
            icon(QStringLiteral("pause")).paint(painter, QRect(cell.center().x() - 12, cell.center().y() - 12, 24, 24));
        else
            icon(QStringLiteral("upload")).paint(painter, QRect(cell.center().x() - 12, cell.center().y() - 12, 24, 24));
    } else if (index.data(Model::PendingRole).toBool()) {
        QColor back = palette.color(QPalette::Base);
        back.setAlpha(220);
        const QRect mark(cell.right() - 22, cell.top() + 4, 18, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawEllipse(mark);
        icon(QStringLiteral("pending")).paint(painter, mark.adjusted(2, 2, -2, -2));
    }
    painter->setClipping(false);
    if (option.state.testFlag(QStyle::State_Selected)) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4);
    }
    painter->restore();
}

} // namespace kj::ui
