#include "ui/space/spacecard.h"

#include "ui/skin.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace kj::ui {

SpaceCard::SpaceCard(const QString &module, const QString &iconName, const QString &title, QWidget *parent)
    : QFrame(parent), m_module(module)
{
    setObjectName(QStringLiteral("spaceCard"));
    setProperty("module", module);
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon(iconName).pixmap(QSize(18, 18), devicePixelRatioF()));
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("cardTitle"));
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("cardMeta"));
    header->addWidget(iconLabel);
    header->addWidget(titleLabel);
    header->addStretch(1);
    header->addWidget(m_meta);
    layout->addLayout(header);

    m_body = new QVBoxLayout;
    m_body->setSpacing(4);
    layout->addLayout(m_body);
}

void SpaceCard::setMeta(const QString &meta)
{
    m_meta->setText(meta);
}

void SpaceCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

QLabel *SpaceCard::addLine(const QString &text, const QString &objectName)
{
    auto *line = new QLabel(text, this);
    line->setObjectName(objectName);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    m_body->addWidget(line);
    return line;
}

void SpaceCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(m_module);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void SpaceCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT activated(m_module);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace kj::ui
