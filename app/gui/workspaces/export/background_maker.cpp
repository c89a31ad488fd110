#include "workspaces/export/background_maker.h"

#include "kernel/step.h"
#include "kernel/step_registry.h"
#include "work_progress.h"

#include <QMessageBox>
#include <QProgressDialog>

namespace hb::app {

BackgroundMaker::BackgroundMaker(QWidget* dialogParent, QObject* parent) : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_job, &Job::finished, this, &BackgroundMaker::onFinished);
}

BackgroundMaker::~BackgroundMaker() = default;

void BackgroundMaker::start(FrameSequence sequence, steps::BackgroundRun run)
{
    if (m_job.isRunning())
        return;
    auto products = std::make_shared<std::vector<steps::BackgroundProduct>>();
    const QString label = tr("Computing backgrounds of %1 ...").arg(QString::fromStdString(sequence.label));
    const int frames = static_cast<int>(sequence.frames.size());
    m_job.start([sequence = std::move(sequence), run = std::move(run), products](const steps::RunContext& context) {
        *products = steps::makeBackgrounds(sequence, run, steps::builtinSteps(), context);
    });
    m_products = std::move(products);
    m_progress = showJobProgress(m_job, m_dialogParent, label, QStringLiteral("backgroundProgress"), frames,
                                 [](const QString& file) { return tr("Computing %1 ...").arg(file); });
}

void BackgroundMaker::onFinished(const QString& failure, bool cancelled)
{
    // Cancelled while the last one was written leaves them all: not a stop.
    const bool stopped = cancelled && m_products->empty();
    const QString problem =
        stopped ? tr("Cancelled: the backgrounds finished before stay, the one being made was not written.") : failure;
    struct {
        const std::vector<steps::BackgroundProduct>& products;
        const QString& problem;
    } outcome{*m_products, problem};
    if (m_progress)
        m_progress->close();
    if (m_interactive) {
        if (!outcome.problem.isEmpty()) {
            QMessageBox::warning(m_dialogParent, tr("Compute Background"), outcome.problem);
        } else {
            int written = 0, failedFrames = 0;
            QString details;
            for (const auto& p : outcome.products) {
                written += p.problem.empty() ? 1 : 0;
                details += QString::fromStdString(p.path) + QStringLiteral(": ") +
                           (p.problem.empty() ? tr("%n frame(s)", nullptr, static_cast<int>(p.framesUsed))
                                              : QString::fromStdString(p.problem)) +
                           QLatin1Char('\n');
                for (const auto& [file, why] : p.leftOut) {
                    ++failedFrames;
                    details += QStringLiteral("  ") + tr("left out %1: %2").arg(QString::fromStdString(file), QString::fromStdString(why)) +
                               QLatin1Char('\n');
                }
            }
            const int notWritten = static_cast<int>(outcome.products.size()) - written;
            QMessageBox box(notWritten || failedFrames ? QMessageBox::Warning : QMessageBox::Information, tr("Compute Background"),
                            tr("%n background(s) written", nullptr, written) +
                                (notWritten ? tr(", %n not made", nullptr, notWritten) : QString()) +
                                (failedFrames ? tr(", %n frame(s) left out for errors", nullptr, failedFrames) : QString()),
                            QMessageBox::Ok, m_dialogParent);
            box.setDetailedText(details);
            box.exec();
        }
    }
    emit finished(outcome.products, outcome.problem);
}

} // namespace hb::app
