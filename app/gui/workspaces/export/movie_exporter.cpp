#include "workspaces/export/movie_exporter.h"

#include "kernel/step_registry.h"
#include "work_progress.h"

#include <QMessageBox>
#include <QProgressDialog>

namespace hb::app {

MovieExporter::MovieExporter(QWidget* dialogParent, QObject* parent) : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_job, &Job::finished, this, &MovieExporter::onFinished);
}

MovieExporter::~MovieExporter() = default;

void MovieExporter::start(const steps::Pipeline& pipeline, FrameSequence sequence, exporting::MovieOptions options)
{
    if (m_job.isRunning())
        return;
    auto report = std::make_shared<exporting::MovieReport>();
    const int frames = static_cast<int>(sequence.frames.size());
    const QString output = QString::fromStdString(options.output);
    m_job.start([pipeline, sequence = std::move(sequence), options, report](const steps::RunContext& context) mutable {
        *report = exporting::exportMovie(pipeline, sequence, steps::builtinSteps(), options, context);
    });
    m_report = std::move(report);
    m_progress = showJobProgress(m_job, m_dialogParent, tr("Making %1 ...").arg(output), QStringLiteral("movieProgress"), frames);
}

void MovieExporter::onFinished(const QString& problem)
{
    struct {
        const exporting::MovieReport& report;
        const QString& problem;
    } outcome{*m_report, problem};
    if (m_progress)
        m_progress->close();
    if (m_interactive) {
        using S = exporting::FrameRecord::Status;
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
                                                                   QString::fromLatin1(exporting::frameStatusName(f.status).data()),
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
