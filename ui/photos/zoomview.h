#pragma once

#include <QImage>
#include <QPixmap>
#include <QScrollArea>

class QLabel;

namespace kj::ui {

//! A picture that fits the view or is shown at a zoom factor (Ctrl+wheel, zoomIn()/zoomOut(), 100%), scrolled
//! when larger than the view.
class ZoomView : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 8.0;

    explicit ZoomView(QWidget *parent = nullptr);

    //! A new picture, shown fitted (a null image: nothing, with `message` instead).
    void setImage(const QImage &image, const QString &message = {});
    [[nodiscard]] const QImage &image() const { return m_image; }
    //! The factor from the picture's pixels to the screen's (device-independent) pixels.
    [[nodiscard]] double zoom() const { return m_zoom; }
    [[nodiscard]] bool isFitted() const { return m_fit; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();
    void actualSize();
    void setZoom(double factor);

Q_SIGNALS:
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] double fittedZoom() const;
    void render();

    QLabel *m_label = nullptr;
    QImage m_image;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace kj::ui
