#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QRect>
#include <QPointF>
#include <QWidget>

#include <optional>

class QPainter;

namespace hb::widgets {

// Shows a rendered frame with zoom (wheel about the cursor, +/- keys, 0 = fit, Ctrl+1 = 1:1) and pan
// (drag). It paints a ready QImage: decoding and scaling of frames happen on
// worker threads elsewhere. Image coordinates follow the data: x along NAXIS1, y = 0 at the
// FITS first row (the bottom of the picture). Optional circles (solar limb, occulter) and an
// overlay of found shapes (a detector's blobs, lines and blocks) are drawn in image
// coordinates; a badge (the frame's flag) sits in the top-left corner of the window.
class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);

    // A picture ends any placeholder.
    void setPicture(const QImage& picture);
    const QImage& picture() const noexcept { return m_picture; }
    // Instead of a picture: why the frame named in `title` is not shown (cannot be read, refused
    // by the pipeline) or that it is being made. The picture, circles and overlay go, so that no
    // old pixels stay on screen under a new name; the badge stays (a refused frame may be flagged).
    void showPlaceholder(const QString& title, const QString& detail);
    // "title\ndetail" while a placeholder is shown, else empty.
    QString placeholderText() const;

    struct Circle {
        QPointF centre;  // image coordinates
        double radius;   // pixels
        QColor colour;
    };
    void setCircles(QList<Circle> circles);

    // Shapes in image coordinates; boxes span whole pixels (x, y of the lower-left pixel).
    struct Overlay {
        QList<QLineF> lines;
        QList<QRect> boxes;
        QList<Circle> circles;
        QColor colour;
        bool isEmpty() const { return lines.isEmpty() && boxes.isEmpty() && circles.isEmpty(); }
    };
    void setOverlay(Overlay overlay);
    const Overlay& overlay() const noexcept { return m_overlay; }
    // Empty text: no badge.
    void setBadge(const QString& text, const QColor& colour);
    const QString& badgeText() const noexcept { return m_badgeText; }
    // Lines naming the frame on the picture (time, detector, number in the sequence), drawn in
    // the bottom-left corner while shown, so that a frame seen in a movie can be named.
    void setCaption(const QString& text);
    const QString& caption() const noexcept { return m_caption; }
    void setCaptionShown(bool shown);
    bool captionShown() const noexcept { return m_captionShown; }

    // Zoom and pan, to link several views: setting it emits nothing.
    struct ViewState {
        double zoom;
        QPointF offset;
        bool fit;
    };
    ViewState viewState() const { return {m_zoom, m_offset, m_fit}; }
    void setViewState(const ViewState& state);

    double zoom() const noexcept { return m_zoom; }
    void setZoom(double zoom, std::optional<QPointF> anchorWidget = std::nullopt);
    void zoomToFit();
    bool fitsWindow() const noexcept { return m_fit; }
    // Image coordinates under a widget position (may lie outside the image).
    QPointF imageAt(const QPointF& widgetPos) const;
    QPointF widgetAt(const QPointF& imagePos) const;

signals:
    void hovered(double x, double y);  // image coordinates
    void zoomChanged(double zoom);
    void viewChanged();  // zoom or pan changed by the user or the program

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    double fitZoom() const;
    void clampOffset();
    void paintOverlay(QPainter& painter) const;
    void paintBadge(QPainter& painter) const;
    void paintCaption(QPainter& painter) const;
    void paintPlaceholder(QPainter& painter) const;

    QImage m_picture;
    QList<Circle> m_circles;
    Overlay m_overlay;
    QString m_badgeText;
    QString m_caption;
    bool m_captionShown = true;
    QString m_placeholderTitle, m_placeholderDetail;
    QColor m_badgeColour;
    double m_zoom = 1.0;
    bool m_fit = true;
    QPointF m_offset;  // widget position of the picture's top-left corner
    std::optional<QPointF> m_dragStart;
    QPointF m_offsetAtDragStart;
};

} // namespace hb::widgets
