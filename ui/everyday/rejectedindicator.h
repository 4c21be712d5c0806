#pragma once

#include <QToolButton>

class QAbstractItemModel;

namespace kj::ui {

//! "2 refused" in the status bar while the server has refused changes for good; clicking it shows them
//! (Settings › Refused changes). Hidden when there are none.
class RejectedIndicator : public QToolButton
{
    Q_OBJECT

public:
    //! `rejected`: the refused changes, one row each (kj::models::RejectedChangeModel); must outlive the button.
    explicit RejectedIndicator(QAbstractItemModel &rejected, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QAbstractItemModel &m_rejected;
};

} // namespace kj::ui
