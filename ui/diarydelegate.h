#pragma once

#include <QStyledItemDelegate>

namespace kj::ui {

//! Paints one of my diaries in the list: title, a two-line excerpt, the date, the audience icon and a
//! "not yet synced" mark. Reads the roles of kj::models::PagedDiaryModel.
class DiaryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kj::ui
