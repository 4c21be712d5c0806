#pragma once

#include <QStyledItemDelegate>

namespace kj::ui {

//! Paints a person in the friends and request lists: an initial, the display name and "@username".
//! Finds its roles by name ("displayName", "username"), so it serves every people model.
class PersonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kj::ui
