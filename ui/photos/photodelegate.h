#pragma once

#include <QStyledItemDelegate>

namespace kj::ui {

class ThumbnailLoader;

//! A photo's tile in an album's grid: a square thumbnail (off the GUI thread), and for a file still queued
//! its upload progress (or that it is paused); a caption not synced yet is marked.
class PhotoDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kThumbSize = 150;

    PhotoDelegate(ThumbnailLoader &thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ThumbnailLoader &m_thumbnails;
};

} // namespace kj::ui
