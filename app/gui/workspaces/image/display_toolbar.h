#pragma once

#include "render/display_scaling.h"

#include <QPointF>
#include <QToolBar>

#include <optional>
#include <string>

class QComboBox;

namespace hb::app {

// How frames are drawn: colour map, stretch, limits (percentiles of each frame, or fixed by
// dragging them in the histogram) and the mask overlay. Every choice is remembered per detector
// in QSettings ("display/<detector>/..."), so COR2 comes back as it was left while C3 keeps its own.
class DisplayToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit DisplayToolBar(QWidget* parent = nullptr);

    // Switches to the remembered settings of `detector` (its defaults the first time).
    void setDetector(const std::string& detector);
    const std::string& detector() const noexcept { return m_detector; }

    render::DisplaySettings settings() const;  // colour map and stretch; the range is the caller's
    QPointF percentiles() const;                // low, high in percent
    bool maskOverlay() const;
    const std::optional<render::DisplayRange>& manualRange() const noexcept { return m_manualRange; }
    void setManualRange(const render::DisplayRange& range);
    void clearManualRange();

signals:
    void changed();

private:
    QString key(const char* name) const;
    void remember();

    QComboBox* m_colormap;
    QComboBox* m_stretch;
    QComboBox* m_limits;
    QAction* m_mask;
    std::optional<render::DisplayRange> m_manualRange;
    std::string m_detector;
};

} // namespace hb::app
