#include "image_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hb::widgets {

namespace {
constexpr double kMinZoom = 1.0 / 64.0;
constexpr double kMaxZoom = 64.0;
constexpr double kWheelStep = 1.25;  // one notch
} // namespace

ImageView::ImageView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 200);
    setAutoFillBackground(false);
}

void ImageView::showPlaceholder(const QString& title, const QString& detail)
{
    m_placeholderTitle = title;
    m_placeholderDetail = detail;
    m_picture = QImage();
    m_circles.clear();
    m_overlay = {};
    update();
}

QString ImageView::placeholderText() const
{
    return m_placeholderTitle.isEmpty() ? QString() : m_placeholderTitle + QLatin1Char('\n') + m_placeholderDetail;
}

void ImageView::setPicture(const QImage& picture)
{
    m_placeholderTitle.clear();
    m_placeholderDetail.clear();
    const bool sizeChanged = picture.size() != m_picture.size();
    m_picture = picture;
    if (sizeChanged && m_fit)
        zoomToFit();
    else
        update();
}

void ImageView::setViewState(const ViewState& state)
{
    m_zoom = state.zoom;
    m_offset = state.offset;
    m_fit = state.fit;
    update();
}

void ImageView::setCircles(QList<Circle> circles)
{
    m_circles = std::move(circles);
    update();
}

void ImageView::setOverlay(Overlay overlay)
{
    m_overlay = std::move(overlay);
    update();
}

void ImageView::setBadge(const QString& text, const QColor& colour)
{
    if (text == m_badgeText && colour == m_badgeColour)
        return;
    m_badgeText = text;
    m_badgeColour = colour;
    update();
}

double ImageView::fitZoom() const
{
    if (m_picture.isNull())
        return 1.0;
    return std::min(width() / static_cast<double>(m_picture.width()), height() / static_cast<double>(m_picture.height()));
}

void ImageView::zoomToFit()
{
    m_fit = true;
    m_zoom = fitZoom();
    m_offset = QPointF((width() - m_picture.width() * m_zoom) / 2.0, (height() - m_picture.height() * m_zoom) / 2.0);
    emit zoomChanged(m_zoom);
    emit viewChanged();
    update();
}

void ImageView::setZoom(double zoom, std::optional<QPointF> anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF a = anchor.value_or(QPointF(width() / 2.0, height() / 2.0));
    // Keep the picture point under the anchor where it is.
    const QPointF pictureAt = (a - m_offset) / m_zoom;
    m_zoom = zoom;
    m_fit = false;
    m_offset = a - pictureAt * m_zoom;
    clampOffset();
    emit zoomChanged(m_zoom);
    emit viewChanged();
    update();
}

void ImageView::clampOffset()
{
    // A zoomed picture may be dragged, but never entirely out of the window.
    const double w = m_picture.width() * m_zoom, h = m_picture.height() * m_zoom;
    const double margin = 40.0;
    m_offset.setX(std::clamp(m_offset.x(), margin - w, width() - margin));
    m_offset.setY(std::clamp(m_offset.y(), margin - h, height() - margin));
}

QPointF ImageView::imageAt(const QPointF& widgetPos) const
{
    const QPointF p = (widgetPos - m_offset) / m_zoom;  // picture coordinates, y down
    return {p.x() - 0.5, m_picture.height() - p.y() - 0.5};
}

QPointF ImageView::widgetAt(const QPointF& imagePos) const
{
    return m_offset + QPointF(imagePos.x() + 0.5, m_picture.height() - imagePos.y() - 0.5) * m_zoom;
}

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 26, 32));
    if (m_picture.isNull()) {
        paintPlaceholder(painter);
        paintBadge(painter);
        paintCaption(painter);
        return;
    }
    const QRectF target(m_offset, QSizeF(m_picture.width() * m_zoom, m_picture.height() * m_zoom));
    // Nearest neighbour when magnified: scientists must see pixels; smooth when reduced.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
    painter.drawImage(target, m_picture);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Circle& c : m_circles) {
        painter.setPen(QPen(c.colour, 1.2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(widgetAt(c.centre), c.radius * m_zoom, c.radius * m_zoom);
    }
    paintOverlay(painter);
    paintBadge(painter);
    paintCaption(painter);
}

void ImageView::paintOverlay(QPainter& painter) const
{
    if (m_overlay.isEmpty())
        return;
    // Two pens, dark under light: found shapes stay visible on bright corona and dark sky alike.
    const QColor under(0, 0, 0, 160);
    for (const auto& [colour, width] : {std::pair{under, 3.2}, std::pair{m_overlay.colour, 1.4}}) {
        painter.setPen(QPen(colour, width));
        painter.setBrush(Qt::NoBrush);
        for (const QLineF& line : m_overlay.lines)
            painter.drawLine(widgetAt(line.p1()), widgetAt(line.p2()));
        for (const QRect& box : m_overlay.boxes)
            painter.drawRect(QRectF(widgetAt(QPointF(box.x() - 0.5, box.y() + box.height() - 0.5)),
                                    widgetAt(QPointF(box.x() + box.width() - 0.5, box.y() - 0.5))));
        for (const Circle& c : m_overlay.circles) {
            const double r = std::max(3.0, c.radius * m_zoom);  // a one-pixel hit must still be seen
            painter.drawEllipse(widgetAt(c.centre), r, r);
        }
    }
}

void ImageView::paintBadge(QPainter& painter) const
{
    if (m_badgeText.isEmpty())
        return;
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QRect text = metrics.boundingRect(m_badgeText);
    const QRectF badge(10, 10, text.width() + 20, metrics.height() + 10);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_badgeColour);
    painter.drawRoundedRect(badge, 6, 6);
    painter.setPen(m_badgeColour.lightnessF() > 0.6 ? Qt::black : Qt::white);
    painter.drawText(badge, Qt::AlignCenter, m_badgeText);
}

void ImageView::setCaption(const QString& text)
{
    if (text == m_caption)
        return;
    m_caption = text;
    update();
}

void ImageView::setCaptionShown(bool shown)
{
    m_captionShown = shown;
    update();
}

void ImageView::paintCaption(QPainter& painter) const
{
    if (!m_captionShown || m_caption.isEmpty())
        return;
    painter.setFont(font());
    const QFontMetrics metrics(font());
    // One line each, cut short in the middle (the start says which frame, the end its time).
    QStringList lines = m_caption.split(QLatin1Char('\n'));
    int widest = 0;
    for (QString& line : lines) {
        line = metrics.elidedText(line, Qt::ElideMiddle, std::max(40, width() - 40));
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    const int height = metrics.height() * static_cast<int>(lines.size());
    const QRectF box(10, this->height() - height - 18, widest + 16, height + 8);
    // Dark and half clear: readable over bright corona without hiding much of it.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(240, 240, 240));
    painter.drawText(box.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignVCenter, lines.join(QLatin1Char('\n')));
}

void ImageView::paintPlaceholder(QPainter& painter) const
{
    if (m_placeholderTitle.isEmpty())
        return;
    const QRect box = rect().adjusted(40, 0, -40, 0);
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    const QFontMetrics titleMetrics(titleFont);
    const QRect detailBox = QFontMetrics(painter.font()).boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, m_placeholderDetail);
    const int top = box.center().y() - (titleMetrics.height() + 12 + detailBox.height()) / 2;
    painter.setPen(QColor(230, 232, 236));
    painter.setFont(titleFont);
    painter.drawText(QRect(box.left(), top, box.width(), titleMetrics.height()), Qt::AlignCenter, m_placeholderTitle);
    painter.setFont(font());
    painter.setPen(QColor(180, 184, 192));
    painter.drawText(QRect(box.left(), top + titleMetrics.height() + 12, box.width(), detailBox.height()),
                     Qt::AlignHCenter | Qt::TextWordWrap, m_placeholderDetail);
}

void ImageView::resizeEvent(QResizeEvent*)
{
    if (m_fit)
        zoomToFit();
    else
        clampOffset();
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragStart = event->position();
        m_offsetAtDragStart = m_offset;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragStart) {
        m_offset = m_offsetAtDragStart + (event->position() - *m_dragStart);
        m_fit = false;
        clampOffset();
        emit viewChanged();
        update();
    }
    const QPointF p = imageAt(event->position());
    emit hovered(p.x(), p.y());
}

void ImageView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragStart.reset();
    unsetCursor();
}

void ImageView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: setZoom(m_zoom * kWheelStep); break;
    case Qt::Key_Minus: setZoom(m_zoom / kWheelStep); break;
    case Qt::Key_0: zoomToFit(); break;
    case Qt::Key_1:
        // Plain number keys flag frames in the window; 1:1 asks for Ctrl.
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QWidget::keyPressEvent(event);
            return;
        }
        setZoom(1.0);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace hb::widgets
