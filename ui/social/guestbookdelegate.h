#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace kj::ui {

//! Paints a guestbook message as a card: the author's badge, name and time, private and "not sent yet"
//! marks, the message, and the owner's reply in a bubble under it. Heights follow the view's width.
class GuestbookDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit GuestbookDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout;
    [[nodiscard]] Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &rect) const;

    QAbstractItemView *m_view;
};

} // namespace kj::ui
