#pragma once

#include "kernel/pipeline.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace hb::app {

// The pipeline being edited for one instrument family, with its undo history. Every change goes
// through a command on the stack, so undo and redo restore whole pipelines exactly; the edits
// of one slider drag (open edits followed by a final one) merge into one command.
class PipelineDocument : public QObject {
    Q_OBJECT
public:
    PipelineDocument(steps::Pipeline pipeline, const steps::StepRegistry& registry, QObject* parent = nullptr);

    const steps::Pipeline& pipeline() const noexcept { return m_pipeline; }
    const steps::StepRegistry& registry() const noexcept { return m_registry; }
    QUndoStack* undoStack() noexcept { return &m_undo; }

    // Throws hb::Error (naming the step and key) for a value the step refuses; nothing changes.
    void setParameter(std::size_t step, const std::string& key, const steps::ParamValue& value, bool final);
    void setEnabled(std::size_t step, bool enabled);
    void insertStep(std::size_t position, const std::string& id);
    void removeStep(std::size_t step);
    void moveStep(std::size_t from, std::size_t to);
    void replace(steps::Pipeline pipeline, const QString& what);  // a loaded file: one undoable step

    // For the undo commands only.
    void assign(const steps::Pipeline& pipeline, std::ptrdiff_t changedStep);

signals:
    // `changedStep`: the step the change is about (the one to show), or -1.
    void changed(std::ptrdiff_t changedStep);

private:
    void push(steps::Pipeline after, const QString& text, std::ptrdiff_t changedStep, QString mergeKey = {}, bool open = false);

    steps::Pipeline m_pipeline;
    const steps::StepRegistry& m_registry;
    QUndoStack m_undo;
    QString m_openEdit;  // merge key of a drag in progress
};

} // namespace hb::app
