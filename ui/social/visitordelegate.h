#pragma once

#include <QStyledItemDelegate>

namespace kj::ui {

//! Paints a visitor: their badge, name and @username, and when they last came ("2 hours ago") on the right.
class VisitorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kj::ui
