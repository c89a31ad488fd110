#include "run/step_chain.h"

#include "kernel/step_registry.h"

#include <chrono>

namespace hb::steps {

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

void StepChain::setInput(std::shared_ptr<const Frame> input)
{
    m_input = std::move(input);
    m_stages.clear();
}

void StepChain::setSequence(SequenceSlot slot)
{
    if (slot == m_sequence)
        return;
    m_sequence = std::move(slot);
    // Sequence steps, and every step after the first of them, saw other frames.
    for (std::size_t k = 0; k < m_stages.size(); ++k) {
        const Step* step = m_registry.find(std::string_view(m_stages[k].key).substr(0, m_stages[k].key.find(' ')));
        if (step && step->has(StepTrait::Sequence)) {
            m_stages.resize(k);
            break;
        }
    }
}

StepChain::Update StepChain::update(const Pipeline& pipeline, const RunContext& context)
{
    const auto start = std::chrono::steady_clock::now();
    Update done;
    const std::size_t n = pipeline.steps.size();
    std::size_t reuse = 0;
    while (reuse < n && reuse < m_stages.size() && m_stages[reuse].key == stepKey(pipeline.steps[reuse]) &&
           (m_stages[reuse].output || !m_stages[reuse].problem.empty()))
        ++reuse;
    m_stages.resize(n);
    done.firstRun = reuse;
    for (std::size_t k = reuse; k < n; ++k) {
        Stage& stage = m_stages[k];
        stage = Stage{stepKey(pipeline.steps[k]), nullptr, {}, false, 0};
        const std::shared_ptr<const Frame> in = before(k);
        if (!in)
            continue;  // an earlier step failed: nothing to run on
        if (!pipeline.steps[k].enabled) {
            stage.output = in;
            continue;
        }
        const auto stepStart = std::chrono::steady_clock::now();
        try {
            SequenceEngine::StepInputs inputs;
            inputs.context = context;
            if (m_sequence.engine) {
                inputs = m_sequence.engine->inputsFor(pipeline, k, m_sequence.index, context.cancel);
                inputs.context.neighbours = context.neighbours;
            }
            stage.output = std::make_shared<const Frame>(
                runPipelineStep(pipeline.steps[k], *in, m_registry, pipeline.name, inputs.context));
        } catch (const Cancelled&) {
            stage.key.clear();  // not computed: run again next time
            throw;
        } catch (const FrameRejected& e) {
            stage.problem = e.what();
            stage.rejected = true;
        } catch (const Error& e) {
            stage.problem = e.what();
        } catch (const std::exception& e) {
            // A bug in a step must not take the workbench down with the preview.
            stage.problem = pipeline.steps[k].id + ": " + e.what();
        }
        stage.milliseconds = millisecondsSince(stepStart);
        ++done.stepsRun;
    }
    done.milliseconds = millisecondsSince(start);
    return done;
}

std::shared_ptr<const Frame> StepChain::before(std::size_t index) const
{
    return index == 0 ? m_input : after(index - 1);
}

std::shared_ptr<const Frame> StepChain::after(std::size_t index) const
{
    return index < m_stages.size() ? m_stages[index].output : nullptr;
}

std::shared_ptr<const Frame> StepChain::result() const
{
    return m_stages.empty() ? m_input : m_stages.back().output;
}

} // namespace hb::steps
