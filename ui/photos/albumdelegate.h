#pragma once

#include <QStyledItemDelegate>

namespace kj::ui {

class ThumbnailLoader;

//! An album's tile in the album grid: its cover photo (loaded off the GUI thread), title, photo count,
//! audience, and marks for a change not synced yet and photos still uploading. The tile under a drag of files
//! is highlighted (setDropRow()).
class AlbumDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kCoverSize = 168;

    AlbumDelegate(ThumbnailLoader &thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The row files are dragged over (-1: none).
    void setDropRow(int row) { m_dropRow = row; }

private:
    ThumbnailLoader &m_thumbnails;
    int m_dropRow = -1;
};

} // namespace kj::ui
