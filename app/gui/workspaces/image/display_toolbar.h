#pragma once

#include "render/display_scaling.h"

#include <QPointF>
#include <QToolBar>

#include <optional>
#include <string>

class QComboBox;
class QLineEdit;

namespace hb::app {

// How frames are drawn: colour map, stretch, limits (percentiles of each frame, or fixed by
// dragging them in the histogram or typing them) and the mask overlay. Every choice is
// remembered per detector in QSettings ("display/<detector>/..."), so COR2 comes back as it was
// left while C3 keeps its own. Fixed limits are remembered per detector AND per kind of data
// ("display/<detector>/<kind>/low"): limits dragged on raw DN must not turn a ratio view black.
class DisplayToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit DisplayToolBar(QWidget* parent = nullptr);

    // Switches to the remembered settings of `detector` (its defaults the first time).
    void setDetector(const std::string& detector);
    const std::string& detector() const noexcept { return m_detector; }
    // What the values on screen are: "file" (as read), or a data unit's key ("ratio", "dn_s",
    // see steps::dataUnitKey); `label` says it to the user. Switches to that kind's fixed limits.
    void setDataKind(const std::string& kind, const QString& label);
    const std::string& dataKind() const noexcept { return m_kind; }
    // The limits of the frame on screen, shown in the typed fields while they are automatic.
    void showRange(const render::DisplayRange& range);

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
    QString limitKey(const char* name) const;
    void loadManualRange();
    void remember();
    void showManualState();
    void takeTypedLimits();

    QComboBox* m_colormap;
    QComboBox* m_stretch;
    QComboBox* m_limits;
    QLineEdit* m_low;
    QLineEdit* m_high;
    QAction* m_mask;
    std::optional<render::DisplayRange> m_manualRange;
    std::string m_detector;
    std::string m_kind = "file";
    int m_percentItem = 0;  // the percentiles last chosen, also while "manual" shows
    QString m_kindLabel;
};

} // namespace hb::app
