#include "movie_exporter.h"

#include "kernel/step_registry.h"
#include "work_progress.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

MovieExporter::MovieExporter(QWidget* dialogParent, QObject* parent) : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MovieExporter::onFinished);
}

MovieExporter::~MovieExporter()
{
    cancel();
    m_watcher.waitForFinished();
}

void MovieExporter::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void MovieExporter::start(const steps::Pipeline& pipeline, FrameSequence sequence, exporting::MovieOptions options)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    options.cancel = m_cancel.get();
    m_progress = openWorkProgress(m_dialogParent, tr("Making %1 ...").arg(QString::fromStdString(options.output)),
                                  QStringLiteral("movieProgress"), static_cast<int>(sequence.frames.size()));
    connect(m_progress, &QProgressDialog::canceled, this, &MovieExporter::cancel);
    m_watcher.setFuture(QtConcurrent::run([this, pipeline, sequence = std::move(sequence), options, cancel = m_cancel]() {
        Outcome outcome;
        try {
            outcome.report = exporting::exportMovie(pipeline, sequence, steps::builtinSteps(), options,
                                                    [this, dialog = m_progress](std::size_t done, std::size_t total) {
                                                        reportWorkProgress(this, dialog, done, total);
                                                    });
        } catch (const std::exception& e) {
            outcome.problem = QString::fromStdString(e.what());
        }
        return outcome;
    }));
}

void MovieExporter::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_progress)
        m_progress->close();
    if (m_interactive) {
        using S = exporting::MovieFrameRecord::Status;
        const auto& r = outcome.report;
        if (!outcome.problem.isEmpty()) {
            QMessageBox::warning(m_dialogParent, tr("Export Movie"), tr("No movie was made: %1").arg(outcome.problem));
        } else if (r.cancelled) {
            QMessageBox::information(m_dialogParent, tr("Export Movie"), tr("Cancelled: nothing was written."));
        } else {
            QString details;
            for (const auto& f : r.frames)
                if (f.status != S::Included)
                    details += QStringLiteral("%1: %2 (%3)\n").arg(QString::fromStdString(f.path),
                                                                   QString::fromLatin1(exporting::movieFrameStatusName(f.status).data()),
                                                                   QString::fromStdString(f.reason));
            QMessageBox box(r.count(S::Failed) ? QMessageBox::Warning : QMessageBox::Information, tr("Export Movie"),
                            tr("%1: %2 frames, %3 x %4, %5 frames/s\n%6 flagged, %7 left out by hand, %8 rejected by a step, "
                               "%9 failed")
                                .arg(QString::fromStdString(r.output))
                                .arg(r.written)
                                .arg(r.size.width)
                                .arg(r.size.height)
                                .arg(r.framesPerSecond)
                                .arg(r.count(S::Flagged))
                                .arg(r.count(S::Skipped))
                                .arg(r.count(S::Rejected))
                                .arg(r.count(S::Failed)),
                            QMessageBox::Ok, m_dialogParent);
            box.setDetailedText(details);
            box.exec();
        }
    }
    emit finished(outcome.report, outcome.problem);
}

} // namespace hb::app
