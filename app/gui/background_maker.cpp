#include "background_maker.h"

#include "kernel/step.h"
#include "kernel/step_registry.h"
#include "work_progress.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

BackgroundMaker::BackgroundMaker(QWidget* dialogParent, QObject* parent) : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BackgroundMaker::onFinished);
}

BackgroundMaker::~BackgroundMaker()
{
    cancel();
    m_watcher.waitForFinished();
}

void BackgroundMaker::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void BackgroundMaker::start(FrameSequence sequence, steps::BackgroundRun run)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = openWorkProgress(m_dialogParent, tr("Computing backgrounds of %1 ...").arg(QString::fromStdString(sequence.label)),
                                  QStringLiteral("backgroundProgress"), static_cast<int>(sequence.frames.size()));
    connect(m_progress, &QProgressDialog::canceled, this, &BackgroundMaker::cancel);
    m_watcher.setFuture(QtConcurrent::run([this, sequence = std::move(sequence), run = std::move(run), cancel = m_cancel]() {
        Outcome outcome;
        try {
            outcome.products = steps::makeBackgrounds(
                sequence, run, steps::builtinSteps(), cancel.get(),
                [this, dialog = m_progress](std::size_t done, std::size_t total, const std::string& file) {
                    reportWorkProgress(this, dialog, done, total, tr("Computing %1 ...").arg(QString::fromStdString(file)));
                });
        } catch (const steps::Cancelled&) {
            outcome.problem = tr("Cancelled: the backgrounds finished before stay, the one being made was not written.");
        } catch (const std::exception& e) {
            outcome.problem = QString::fromStdString(e.what());
        }
        return outcome;
    }));
}

void BackgroundMaker::onFinished()
{
    const Outcome outcome = m_watcher.result();
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
