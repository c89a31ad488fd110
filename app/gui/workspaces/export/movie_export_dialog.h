#pragma once

#include "export/movie_export.h"

#include <QDialog>

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
        bool leaveOutFlagged = true;
        bool usePipeline = true;
    };
    // `dayFrames`, `allFrames`, `flagged`: counts shown next to the choices. `display`: the
    // colour map, stretch and percentiles on screen, the defaults.
    MovieExportDialog(const QString& pipelineName, int dayFrames, int allFrames, int flaggedFrames,
                      const render::DisplaySettings& display, double lowPercent, double highPercent, QWidget* parent = nullptr);

    Choice choice() const;
    void setOutput(const QString& path);  // for tests and scripted use

    void accept() override;  // asks before replacing an existing movie

private:
    void browse();
    void formatChanged();
    void remember() const;

    QComboBox* m_frames;
    QCheckBox* m_leaveOutFlagged;
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
