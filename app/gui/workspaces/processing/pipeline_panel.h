#pragma once

#include "kernel/pipeline.h"

#include <QWidget>

#include <map>

class QAction;
class QCheckBox;
class QLabel;
class QComboBox;
class QListWidget;
class QMenu;
class QToolButton;
class QUndoGroup;

namespace hb::widgets {
class ParameterForm;
}

namespace hb::app {

class PipelineDocument;

// The pipeline dock: which pipeline runs on the current instrument, its steps (enable,
// add, remove, reorder), the chosen step's parameters in a form generated from its schema,
// undo/redo, open/save, and "apply to" the frame, its day or the catalog. Shipped pipelines
// come from the resources; each keeps its edits and undo history while the program runs.
class PipelinePanel : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Frame, Day, Catalog };

    explicit PipelinePanel(const steps::StepRegistry& registry, QWidget* parent = nullptr);
    ~PipelinePanel() override;

    // The detector on screen: picks the pipeline last used for it, else the shipped default.
    void setDetector(const QString& detector);
    const QString& detector() const noexcept { return m_detector; }
    const steps::Pipeline& pipeline() const;
    PipelineDocument& document() const;
    // The step whose input and output the preview shows; -1 for none.
    std::ptrdiff_t currentStep() const;
    void setCurrentStep(std::ptrdiff_t step);
    bool livePreview() const;
    widgets::ParameterForm* form() const noexcept { return m_form; }

    // Loads a pipeline file as an undoable change of the current pipeline; false (with a
    // message box) when it cannot be read. `ask` = false for tests and scripted use.
    bool loadFile(const QString& path, bool ask = true);
    bool saveFile(const QString& path);
    // Names of the pipelines edited since they were shipped, opened or last saved.
    QStringList unsavedPipelines() const;

signals:
    void pipelineChanged();  // steps, order or parameters: the preview must be redone
    void currentStepChanged(std::ptrdiff_t step);
    void livePreviewChanged(bool on);
    void applyRequested(hb::app::PipelinePanel::Scope scope);

private:
    void addShipped(const QString& resource);
    void showDocument(const QString& key);
    void rebuildStepList(std::ptrdiff_t select);
    void refreshInPlace();
    std::vector<std::string> stepIds() const;
    void showStep(std::ptrdiff_t step);
    void rebuildAddMenu();
    void onEdited(const QString& key, const steps::ParamValue& value, bool final);
    void updateActions();
    void showOrderProblems();

    const steps::StepRegistry& m_registry;
    std::map<QString, PipelineDocument*> m_documents;  // by resource path or file path
    std::map<QString, QString> m_choiceByDetector;
    QString m_currentKey;
    QString m_detector;
    QComboBox* m_choice;
    QListWidget* m_steps;
    widgets::ParameterForm* m_form;
    QCheckBox* m_live;
    QLabel* m_orderWarning;
    QMenu* m_addMenu;
    QUndoGroup* m_undoGroup;
    QAction* m_remove;
    QAction* m_up;
    QAction* m_down;
    std::vector<std::string> m_shownIds;  // the steps the list shows, in order
    bool m_rebuilding = false;
};

} // namespace hb::app
