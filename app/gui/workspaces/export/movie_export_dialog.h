#pragma once

#include "export/movie_export.h"

#include "review/flag_reason.h"

#include <QDialog>

#include <map>
#include <set>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace hb::app {

// What a movie is made of and how it looks: frames (the day or every day of the instrument,
// flagged ones left out), format, rate, size, one display range for the whole movie,
// annotations, and the cleaned FITS products and frame list that go with it. Choices are
// remembered between sessions.
class MovieExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        exporting::MovieOptions options;  // without the flag lookup and cancel flag
        bool allDays = false;
        // Frames flagged for these reasons are left out; the others go in (a comet is science
        // to one reviewer and a defect to another).
        std::set<review::FlagReason> leftOutReasons;
        bool usePipeline = true;
    };
    // What the movie can be made of: counts shown next to the choices.
    struct Frames {
        int day = 0;                 // of the shown frame's day
        int all = 0;                 // of every day of its sequence
        bool allDaysOnScreen = false;  // the sequence on screen spans days: the default then
        std::map<review::FlagReason, int> flagged;  // flagged frames of all days, by reason
    };
    // `display`: the colour map, stretch and percentiles on screen, the defaults.
    MovieExportDialog(const QString& pipelineName, const Frames& frames, const render::DisplaySettings& display, double lowPercent,
                      double highPercent, QWidget* parent = nullptr);

    Choice choice() const;
    void setOutput(const QString& path);  // for tests and scripted use

    void accept() override;  // asks before replacing an existing movie

private:
    void browse();
    void formatChanged();
    void remember() const;

    QComboBox* m_frames;
    QCheckBox* m_leaveOutFlagged;
    std::map<review::FlagReason, QCheckBox*> m_reasons;  // only reasons some frame is flagged for
    QCheckBox* m_usePipeline;
    QLineEdit* m_output;
    QComboBox* m_format;
    QSpinBox* m_fps;
    QSpinBox* m_width;
    QComboBox* m_limits;
    QDoubleSpinBox* m_low;
    QDoubleSpinBox* m_high;
    QComboBox* m_colormap;
    QComboBox* m_stretch;
    QCheckBox* m_time;
    QCheckBox* m_instrument;
    QCheckBox* m_number;
    QCheckBox* m_colourBar;
    QCheckBox* m_scaleBar;
    QLineEdit* m_title;
    QCheckBox* m_frameList;
    QLineEdit* m_products;
    bool m_overwrite = false;
};

} // namespace hb::app
