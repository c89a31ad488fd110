#pragma once

#include "steps/sequence/background_model.h"
#include "steps/sequence/background_plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace hb::app {

// Asks how to compute backgrounds of the sequence on screen: the per-pixel statistic, the window
// of days each background covers, the least number of frames a pixel needs, the folder they go
// to, and whether the frames go through the pipeline first and the pipeline then uses them.
class BackgroundDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        steps::BackgroundOptions model;
        steps::BackgroundWindow window;
        QString folder;
        bool usePipeline = true;   // frames through the steps before the pipeline's background step
        bool useInPipeline = true; // the pipeline's background step takes the folder afterwards
    };

    // `what`: the sequence ("LASCO C2 1024x1024, 7 days"); `frames` and `flagged` are counted
    // for the summary line; `pipelineSteps` names what the frames go through first.
    BackgroundDialog(const QString& what, int frames, int flagged, const QString& pipelineSteps, const QString& folder,
                     QWidget* parent = nullptr);
    Choice choice() const;
    void setFolder(const QString& folder);

private:
    void updateEnabled();

    QComboBox* m_statistic;
    QSpinBox* m_percentile;
    QSpinBox* m_minFrames;
    QComboBox* m_window;
    QSpinBox* m_days;
    QLineEdit* m_folder;
    QCheckBox* m_usePipeline;
    QCheckBox* m_useInPipeline;
};

} // namespace hb::app
