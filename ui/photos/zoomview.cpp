#include "ui/photos/zoomview.h"

#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace kj::ui {

namespace {
constexpr double kStep = 1.25;
} // namespace

ZoomView::ZoomView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("zoomView"));
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus);
    m_label = new QLabel(this);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setBackgroundRole(QPalette::Dark);
    setWidget(m_label);
    setWidgetResizable(false);
}

void ZoomView::setImage(const QImage &image, const QString &message)
{
    m_image = image;
    m_fit = true;
    if (image.isNull()) {
        m_label->setPixmap({});
        m_label->setText(message);
        m_label->adjustSize();
        m_label->resize(viewport()->size());
        return;
    }
    m_label->setText({});
    render();
}

double ZoomView::fittedZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const QSize room = viewport()->size() - QSize(8, 8);
    const double scale = std::min(double(room.width()) / m_image.width(), double(room.height()) / m_image.height());
    // A small picture is not blown up to fill the view.
    return std::clamp(std::min(scale, 1.0), kMinZoom, kMaxZoom);
}

void ZoomView::setZoom(double factor)
{
    m_fit = false;
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    if (std::abs(factor - m_zoom) < 1e-9)
        return;
    m_zoom = factor;
    render();
}

void ZoomView::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void ZoomView::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void ZoomView::fitToView()
{
    m_fit = true;
    render();
}

void ZoomView::actualSize()
{
    setZoom(1.0);
}

void ZoomView::render()
{
    if (m_image.isNull())
        return;
    if (m_fit)
        m_zoom = fittedZoom();
    const qreal dpr = devicePixelRatioF();
    const QSize logical(std::max(1, int(std::lround(m_image.width() * m_zoom))), std::max(1, int(std::lround(m_image.height() * m_zoom))));
    // Scaled from the decoded picture (at most the 1600 px rendition), smoothly, once per zoom step.
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(logical * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_label->setPixmap(pixmap);
    m_label->resize(logical.expandedTo(viewport()->size()));
    Q_EMIT zoomChanged(m_zoom);
}

void ZoomView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const int steps = event->angleDelta().y() / 120;
        if (steps > 0)
            setZoom(m_zoom * std::pow(kStep, steps));
        else if (steps < 0)
            setZoom(m_zoom / std::pow(kStep, -steps));
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

void ZoomView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        render();
    else if (!m_image.isNull())
        m_label->resize(m_label->size().expandedTo(viewport()->size()));
}

} // namespace kj::ui
