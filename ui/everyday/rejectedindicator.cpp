#include "ui/everyday/rejectedindicator.h"

#include "ui/skin.h"

#include <QAbstractItemModel>
#include <QEvent>

namespace kj::ui {

RejectedIndicator::RejectedIndicator(QAbstractItemModel &rejected, QWidget *parent)
    : QToolButton(parent)
    , m_rejected(rejected)
{
    setObjectName(QStringLiteral("rejectedIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    setIcon(kj::ui::icon(QStringLiteral("warning")));
    setFocusPolicy(Qt::TabFocus);
    connect(&rejected, &QAbstractItemModel::rowsInserted, this, &RejectedIndicator::refresh);
    connect(&rejected, &QAbstractItemModel::rowsRemoved, this, &RejectedIndicator::refresh);
    connect(&rejected, &QAbstractItemModel::modelReset, this, &RejectedIndicator::refresh);
    refresh();
}

void RejectedIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

void RejectedIndicator::refresh()
{
    const int count = m_rejected.rowCount();
    setText(tr("%n refused", nullptr, count));
    setToolTip(tr("The server refused %n change(s) for good. Click to see why and what they said, then dismiss them.",
                  nullptr, count));
    setAccessibleName(tr("Refused changes"));
    setAccessibleDescription(text());
    setVisible(count > 0);
}

} // namespace kj::ui
