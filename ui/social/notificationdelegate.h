#pragma once

#include <QStyledItemDelegate>

namespace kj::ui {

//! Paints a notification: the actor's badge, what happened (bold and marked with a dot while unread), an
//! excerpt of what they wrote, and when.
class NotificationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kj::ui
