#include "workspaces/processing/pipeline_document.h"

#include "parameter_editors.h"
#include "kernel/step_registry.h"

#include <QUndoCommand>

namespace hb::app {

namespace {

// One change of the pipeline, kept as the whole pipeline before and after: pipelines are a few
// hundred bytes, and restoring them whole cannot drift.
class PipelineEdit final : public QUndoCommand {
public:
    PipelineEdit(PipelineDocument& document, steps::Pipeline before, steps::Pipeline after, const QString& text,
                 std::ptrdiff_t changedStep, QString mergeKey, bool open)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_changedStep(changedStep)
        , m_mergeKey(std::move(mergeKey))
        , m_open(open)
    {
    }
    void undo() override { m_document.assign(m_before, m_changedStep); }
    void redo() override { m_document.assign(m_after, m_changedStep); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        // Only into an edit still open (a drag in progress) of the same parameter.
        const auto* next = static_cast<const PipelineEdit*>(other);
        if (!m_open || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_open = next->m_open;
        return true;
    }

private:
    PipelineDocument& m_document;
    steps::Pipeline m_before, m_after;
    std::ptrdiff_t m_changedStep;
    QString m_mergeKey;
    bool m_open;
};

QString titleOf(const steps::StepRegistry& registry, const steps::PipelineStep& step, const steps::Pipeline& pipeline)
{
    return widgets::stepText(registry.get(step.id, pipeline.name).descriptor().title);
}

std::ptrdiff_t signedIndex(std::size_t index)
{
    return static_cast<std::ptrdiff_t>(index);
}

} // namespace

PipelineDocument::PipelineDocument(steps::Pipeline pipeline, const steps::StepRegistry& registry, QObject* parent)
    : QObject(parent), m_pipeline(std::move(pipeline)), m_registry(registry)
{
}

void PipelineDocument::assign(const steps::Pipeline& pipeline, std::ptrdiff_t changedStep)
{
    m_pipeline = pipeline;
    emit changed(changedStep);
}

void PipelineDocument::push(steps::Pipeline after, const QString& text, std::ptrdiff_t changedStep, QString mergeKey, bool open)
{
    m_undo.push(new PipelineEdit(*this, m_pipeline, std::move(after), text, changedStep, std::move(mergeKey), open));
}

void PipelineDocument::setParameter(std::size_t step, const std::string& key, const steps::ParamValue& value, bool final)
{
    steps::Pipeline after = m_pipeline;
    steps::PipelineStep& s = after.steps.at(step);
    steps::ParamValues values = s.parameters;
    values[key] = value;
    s.parameters = m_registry.get(s.id, m_pipeline.name).normalise(values);
    const QString mergeKey = QStringLiteral("%1/%2").arg(step).arg(QString::fromStdString(key));
    // An edit that changes nothing makes no undo step, unless it ends a drag in progress.
    if (s.parameters == m_pipeline.steps[step].parameters && !(final && m_openEdit == mergeKey))
        return;
    m_openEdit = final ? QString() : mergeKey;
    const QString title = titleOf(m_registry, s, m_pipeline);
    push(std::move(after), tr("Change %1 of %2").arg(QString::fromStdString(key), title), signedIndex(step), mergeKey, !final);
}

void PipelineDocument::setEnabled(std::size_t step, bool enabled)
{
    steps::Pipeline after = m_pipeline;
    if (after.steps.at(step).enabled == enabled)
        return;
    after.steps[step].enabled = enabled;
    const QString title = titleOf(m_registry, after.steps[step], m_pipeline);
    push(std::move(after), (enabled ? tr("Enable %1") : tr("Disable %1")).arg(title), signedIndex(step));
}

void PipelineDocument::insertStep(std::size_t position, const std::string& id)
{
    const steps::Step& step = m_registry.get(id, m_pipeline.name);
    steps::Pipeline after = m_pipeline;
    position = std::min(position, after.steps.size());
    after.steps.insert(after.steps.begin() + signedIndex(position), {id, step.defaults(), true});
    push(std::move(after), tr("Add %1").arg(widgets::stepText(step.descriptor().title)), signedIndex(position));
}

void PipelineDocument::removeStep(std::size_t step)
{
    steps::Pipeline after = m_pipeline;
    const QString title = titleOf(m_registry, after.steps.at(step), m_pipeline);
    after.steps.erase(after.steps.begin() + signedIndex(step));
    push(std::move(after), tr("Remove %1").arg(title), signedIndex(step));
}

void PipelineDocument::moveStep(std::size_t from, std::size_t to)
{
    if (from == to || from >= m_pipeline.steps.size() || to >= m_pipeline.steps.size())
        return;
    steps::Pipeline after = m_pipeline;
    steps::PipelineStep moved = after.steps[from];
    after.steps.erase(after.steps.begin() + signedIndex(from));
    after.steps.insert(after.steps.begin() + signedIndex(to), std::move(moved));
    const QString title = titleOf(m_registry, after.steps[to], m_pipeline);
    push(std::move(after), tr("Move %1").arg(title), signedIndex(to));
}

void PipelineDocument::replace(steps::Pipeline pipeline, const QString& what)
{
    push(std::move(pipeline), tr("Load %1").arg(what), 0);
}

} // namespace hb::app
